// Stack liveness (issue 5): dead temps, the outgoing-args area of a finished call and variables of
// a finished block must not keep objects alive, so finalizers run, weak pointers become nil and
// cleanups run in the natural `p = nil; runtime.GC()` pattern, as in Go. Each program also runs
// under GOGC=1 + gccheckmark (every mark phase verified stop-the-world) and gcwbcheck.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';
import { compileFiles } from '../src/driver/compile.js';

const gcDir = join(root, 'testdata/gc');
const envs: Record<string, string>[] = [{}, { GOGC: '1', GODEBUG: 'gccheckmark=1' }, { GOGC: '1', GODEBUG: 'gccheckmark=1,gcwbcheck=1,gcslowmark=1' }];

// liveness.go / liveness_plain.go: outputs of Go 1.23; liveness_weak.go: Go 1.24 API (see there).
for (const name of ['liveness_plain', 'liveness', 'liveness_weak']) {
  for (const env of envs) {
    test(`${name}.go ${JSON.stringify(env)}: dropped objects are collected (Go's output)`, () => {
      const r = gomemlab(['run', join(gcDir, `${name}.go`)], { env });
      assert.doesNotMatch(r.stderr, /missing write barrier|checkmark/, r.stderr.slice(0, 2000));
      assert.equal(r.stdout, readFileSync(join(gcDir, `${name}.out`), 'utf8'), r.stderr.slice(0, 2000));
      assert.equal(r.code, 0);
    });
  }
}

test('emitted code: statement temps cleared at statement end, native callee named in the frame', () => {
  const file = join(gcDir, 'liveness_plain.go');
  const res = compileFiles([{ name: file, text: readFileSync(file, 'utf8') }], {}) as { js?: string };
  const js = res.js!;
  const main = js.slice(js.indexOf('function f'), js.length).split(/\n(?=function )/).find((f) => /main\$main\(/.test(f.split('\n')[0]))!;
  assert.ok(main, 'main.main in the module');
  // The &T{} temp is cleared after `p := &T{}`.
  assert.match(main, /\$rt\.newobject\(\$T\[\d+\]\);\n\s*\$m\.u32\[\(sp \+ \d+\) >>> 2\] = \$m\.u32\[\(sp \+ (\d+)\) >>> 2\];\n\s*\$m\.u32\[\(sp \+ \1\) >>> 2\] = 0;/);
  // The SetFinalizer call names its callee in the callee word and clears it afterwards.
  assert.match(main, /\$m\.u32\[\(sp \+ 4\) >>> 2\] = \d+; \$m\.u32\[\(sp \+ (\d+)\) >>> 2\] = \(\$fb \+ \d+\);\n\s*let \$r\d+ = \$n_runtime_SetFinalizer\(sp, 0\);[^]*?\$rt\.sp = sp; \$m\.u32\[\(sp \+ \1\) >>> 2\] = 0;/);
  // The FuncInfo records the callee word and the native its argument pointer map.
  assert.match(js, /name: "main\.main", [^\n]*calleeOff: \d+/);
  assert.match(js, /name: "runtime\.SetFinalizer", [^\n]*argPtrmap: new Int32Array\(\[8,24\]\)/);
});
