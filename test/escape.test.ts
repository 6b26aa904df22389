// escape.test.ts — escape analysis agrees with real Go: each testdata/escape/*.go program is analysed
// and its -m lines are compared with the `.m` file recorded from `go build -gcflags='-m -l'`
// (Go 1.23). Also checks the result API used by codegen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeFile } from './escape/harness.js';

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try { readFileSync(join(d, 'package.json')); return d; } catch { d = dirname(d); }
  }
  throw new Error('package.json not found');
}

const dir = join(repoRoot(), 'testdata', 'escape');
const programs = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

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
    const src = readFileSync(join(dir, f), 'utf8');
    const want = readFileSync(join(dir, f.replace(/\.go$/, '.m')), 'utf8').split('\n').filter((l) => l !== '');
    const got = escapeFile(f, src).lines;
    matched += lcs(got, want);
    total += want.length;
    assert.deepEqual(got, want);
  });
}

test('escape agreement summary', () => {
  console.log(`escape: ${matched}/${total} -m lines agree with go build -gcflags='-m -l'`);
  assert.ok(total > 0);
});
