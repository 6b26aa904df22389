// Regression programs for compiler crashes and miscompilations (testdata/issues/*.go), most found by
// test/fuzz.test.ts. Each program is compiled and run in-process; its stdout followed by its stderr
// must equal <name>.out, recorded from real Go 1.23 (`go run x.go > x.out 2>&1` for programs whose
// stdout and stderr do not interleave), and it must exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAndRun } from './codegen-util.js';
import { root } from './helpers.js';

const dir = join(root, 'testdata', 'issues');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
  test(`issue ${f}`, async () => {
    const src = readFileSync(join(dir, f), 'utf8');
    const want = readFileSync(join(dir, f.slice(0, -3) + '.out'), 'utf8');
    const r = await compileAndRun(f, src);
    assert.deepEqual(r.compileErrors, [], 'compile errors');
    assert.equal(r.stdout + r.stderr, want);
    assert.equal(r.code, 0, 'exit status; stderr: ' + r.stderr.slice(0, 2000));
  });
}
