// escape.test.ts — escape analysis agrees with real Go: each testdata/escape/*.go program is analysed
// and its -m lines are compared with the `.m` file recorded from `go build -gcflags='-m -l'`
// (Go 1.23). Also checks the result API used by codegen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeFile } from './escape/harness.js';
import { inspect } from '../src/syntax/walk.js';
import type * as ast from '../src/syntax/ast.js';
import type { Var } from '../src/types/objects.js';

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try { readFileSync(join(d, 'package.json')); return d; } catch { d = dirname(d); }
  }
  throw new Error('package.json not found');
}

// testdata/escape: our programs (every row of the reference's escape table, the talk's programs);
// gotest/: Go's own test/escape*.go; ken/: Go's test/ken programs (both BSD, from Go 1.23).
const root = join(repoRoot(), 'testdata', 'escape');
const programs: string[] = [];
for (const sub of ['', 'gotest', 'ken']) {
  for (const f of readdirSync(join(root, sub)).filter((x) => x.endsWith('.go')).sort()) programs.push(sub ? `${sub}/${f}` : f);
}

/** Lines of the expected output that we match, in order (longest common subsequence). */
function lcs(a: string[], b: string[]): number {
  const dp = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length];
}

let matched = 0;
let total = 0;
for (const f of programs) {
  test(`escape ${f}`, () => {
    const src = readFileSync(join(root, f), 'utf8');
    const want = readFileSync(join(root, f.replace(/\.go$/, '.m')), 'utf8').split('\n').filter((l) => l !== '');
    const got = escapeFile(f.replace(/^.*\//, ''), src).lines;
    matched += lcs(got, want);
    total += want.length;
    assert.deepEqual(got, want);
  });
}

test('escape agreement summary', () => {
  console.log(`escape: ${matched}/${total} -m lines agree with go build -gcflags='-m -l'`);
  assert.ok(total > 0);
});

test('escape result API', () => {
  const src = [
    'package main',
    '',
    'var g *int',
    '',
    'func f() *int {',
    '\tx := 1',
    '\ty := 2',
    '\tp := &y',
    '\t_ = *p',
    '\tq := new(int)',
    '\t_ = q',
    '\tg = new(int)',
    '\tn := 0',
    '\tinc := func() { n++ }',
    '\tinc()',
    '\treturn &x',
    '}',
    '',
    'func main() { f() }',
    '',
  ].join('\n');
  const r = escapeFile('api.go', src);
  assert.deepEqual(r.typeErrors, []);
  assert.deepEqual(r.lines, [
    './api.go:6:2: moved to heap: x',
    './api.go:10:10: new(int) does not escape',
    './api.go:12:9: new(int) escapes to heap',
    './api.go:14:9: func literal does not escape',
  ]);
  const res = r.result;
  const info = r.main.info;
  const file = r.main.files[0];
  const vars = new Map<string, Var>();
  const news: ast.CallExpr[] = [];
  let lit: ast.FuncLit | null = null;
  inspect(file, (n) => {
    if (n.kind === 'Ident') {
      const o = info.defs.get(n);
      if (o && o.kind === 'Var') vars.set(o.name, o);
    }
    if (n.kind === 'CallExpr' && n.fun.kind === 'Ident' && n.fun.name === 'new') news.push(n);
    if (n.kind === 'FuncLit') lit = n;
    return;
  });
  assert.equal(res.heapVar(vars.get('x')!), true);
  assert.equal(res.heapVar(vars.get('y')!), false);
  assert.equal(res.heapVar(vars.get('n')!), false);
  assert.equal(news.length, 2);
  assert.equal(res.heapAlloc(news[0]), false);
  assert.equal(res.heapAlloc(news[1]), true);
  assert.ok(lit);
  assert.equal(res.heapAlloc(lit!), false);
  assert.equal(res.captureByRef(lit!, vars.get('n')!), true);
});
