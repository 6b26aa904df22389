// Code generator end-to-end tests: every testdata/run/*.go program is compiled (parse, check,
// escape, codegen) and run in-process; stdout must equal the recorded real-Go output (<name>.out),
// and for programs that exit non-zero, the exit status and the first stderr line (<name>.exit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileAndRun } from './codegen-util.js';

function repoRoot(): string {
  let d = process.cwd();
  while (!existsSync(join(d, 'package.json'))) d = join(d, '..');
  return d;
}

const dir = join(repoRoot(), 'testdata', 'run');
const files = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

for (const f of files) {
  const base = f.slice(0, -3);
  test(`run ${f}`, async () => {
    const src = readFileSync(join(dir, f), 'utf8');
    const want = readFileSync(join(dir, base + '.out'), 'utf8');
    const exitFile = join(dir, base + '.exit');
    const r = await compileAndRun(f, src);
    assert.deepEqual(r.compileErrors, [], 'compile errors');
    assert.equal(r.stdout, want);
    if (existsSync(exitFile)) {
      const [code, first] = readFileSync(exitFile, 'utf8').split('\n');
      assert.equal(r.code, Number(code), 'exit status; stderr: ' + r.stderr.slice(0, 500));
      assert.equal(r.stderr.split('\n')[0], first);
    } else {
      assert.equal(r.code, 0, 'exit status; stderr: ' + r.stderr.slice(0, 2000));
    }
  });
}
