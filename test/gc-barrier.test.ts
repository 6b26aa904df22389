// The hybrid write barrier emitted by the compiler and run by the runtime helpers (issue 5): with
// barriers complete (the default) the concurrent marker reads live memory, so a missed barrier loses
// objects. Programs run under GOGC=1 and GODEBUG=gccheckmark=1 (every mark phase re-verified
// stop-the-world), gcwbcheck=1 (every pointer word of an old object that changed during marking
// without a barrier call is reported) and gcslowmark=1 (one object scanned per allocation, so mark
// phases span most of the program and its stores).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { gomemlab, root } from './helpers.js';
import { compileFiles } from '../src/driver/compile.js';
import { execute } from '../src/driver/exec.js';

const strict = { GOGC: '1', GODEBUG: 'gccheckmark=1,gcwbcheck=1,gcslowmark=1' };

/** Compiles a Go file in-process; returns the module text and line map. */
function compile(file: string): { js: string; lineMap: Int32Array } {
  const res = compileFiles([{ name: file, text: readFileSync(file, 'utf8') }], {}) as { js?: string; lineMap: Int32Array; errors?: unknown[] };
  assert.ok(!res.errors?.length && res.js, 'compile errors: ' + JSON.stringify(res.errors));
  return { js: res.js!, lineMap: res.lineMap };
}

const tmp = mkdtempSync(join(tmpdir(), 'gml-wb-'));
let nmod = 0;

/** Runs module text in-process with env; returns stdout, stderr and the exit status. */
async function runJS(js: string, lineMap: Int32Array, env: Record<string, string>, onRuntime?: (rt: unknown) => void): Promise<{ out: string; err: string; code: number }> {
  const f = join(tmp, `m${nmod++}.mjs`);
  writeFileSync(f, js);
  const mod = await import(pathToFileURL(f).href);
  const out: Uint8Array[] = [], err: Uint8Array[] = [];
  const load = (rt: any) => { onRuntime?.(rt); return mod.default(rt); };
  const code = execute(load, {
    write: (fd, b) => (fd === 1 ? out : err).push(b.slice()), args: ['prog'], env, lineMap, moduleURL: pathToFileURL(f).href,
  });
  const s = (l: Uint8Array[]) => Buffer.concat(l).toString('utf8');
  return { out: s(out), err: s(err), code };
}

test('the only reference moves from an unscanned heap object to the stack while marking: the barrier keeps it', async () => {
  const { js, lineMap } = compile(join(root, 'testdata/gc/barrier.go'));
  assert.match(js, /function \$wbp\(a, v\) \{ if \(\$rt\.writeBarrier\) \$rt\.gcWriteBarrier\(a, v\);/);
  const env = { GOGC: '1', GODEBUG: 'gccheckmark=1,gcslowmark=1' };
  const ok = await runJS(js, lineMap, env);
  assert.equal(ok.out, 'corrupted: 0\n', ok.err.slice(0, 2000));
  assert.equal(ok.code, 0);
  // The same program with the single-word barrier taken out of the emitted helper: the object is
  // left white, gccheckmark stops the program at mark termination…
  const noWB = js.replace('function $wbp(a, v) { if ($rt.writeBarrier) $rt.gcWriteBarrier(a, v);', 'function $wbp(a, v) {');
  assert.notEqual(noWB, js);
  const bad = await runJS(noWB, lineMap, env);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /runtime: checkmarks found unexpected unmarked object obj=0xc0[0-9a-f]+/);
  assert.match(bad.err, /fatal error: checkmark found unmarked object/);
  // …gcwbcheck names the store…
  const audit = await runJS(noWB, lineMap, { GOGC: '1', GODEBUG: 'gcwbcheck=1,gcslowmark=1' });
  assert.match(audit.err, /runtime: missing write barrier: \*\(0xc0[0-9a-f]+\+0\) in main\.Holder \(offset 0\) changed 0xc0[0-9a-f]+ -> /);
  // …and without either check the freed object is reused under the program's feet.
  const lost = await runJS(noWB, lineMap, { GOGC: '1', GODEBUG: 'gcslowmark=1' });
  assert.match(lost.out, /^corrupted: [1-9]\d*\n$/);
  // GODEBUG=gcsnapshot=1 (the fallback: the marker reads a heap snapshot) needs no barrier.
  const snap = await runJS(noWB, lineMap, { GOGC: '1', GODEBUG: 'gccheckmark=1,gcslowmark=1,gcsnapshot=1' });
  assert.equal(snap.out, 'corrupted: 0\n', snap.err.slice(0, 2000));
});

// A representative set: pointer graphs rewired by goroutines, maps (assign, grow/evacuate, delete,
// clear), channels and select, generics, closures, interfaces, strings, reflect, sort's swapper.
const programs = [
  'testdata/gc/rewire.go', 'testdata/run/maps.go', 'testdata/run/closures.go', 'testdata/run/generics.go',
  'testdata/run/iface.go', 'testdata/run/slices.go', 'testdata/goroutines/prodcons.go', 'testdata/goroutines/selectmix.go',
  'testdata/std/run/reflect1.go', 'testdata/std/run/reflect3.go', 'testdata/std/run/sortslices.go', 'bench/mapchurn.go',
];

for (const p of programs) {
  test(`${p} under GOGC=1 + gccheckmark + gcwbcheck + gcslowmark prints Go's output, no missed barrier`, () => {
    const bench = p.startsWith('bench/');
    const args = bench ? ['20000'] : [];
    const want = readFileSync(join(root, bench ? 'bench/expected/mapchurn.quick.out' : p.replace(/\.go$/, '.out')), 'utf8');
    const r = gomemlab(['run', join(root, p), ...args], { env: strict, cwd: join(root, p, '..') });
    assert.doesNotMatch(r.stderr, /missing write barrier|checkmark/, r.stderr.slice(0, 2000));
    assert.equal(r.stdout, want, r.stderr.slice(0, 2000));
    assert.equal(r.code, 0);
  });
}

test('barriers are the default: no heap snapshot is taken at mark start; GODEBUG=gcsnapshot=1 brings it back', async () => {
  const prog = join(root, 'testdata/run/binarytrees.go');
  const want = readFileSync(prog.replace(/\.go$/, '.out'), 'utf8');
  const { js, lineMap } = compile(prog);
  for (const [dbg, snapshots] of [['gccheckmark=1', false], ['gccheckmark=1,gcsnapshot=1', true]] as const) {
    let rt: any = null;
    const r = await runJS(js, lineMap, { GOGC: '1', GODEBUG: dbg }, (x) => { rt = x; });
    assert.equal(r.out, want, r.err.slice(0, 1000));
    assert.equal(rt.gcBarriersComplete, !snapshots);
    assert.ok(rt.mstats.numgc >= 2, `${rt.mstats.numgc} cycles`);
    assert.equal(rt.gcstate.snapshotNs > 0, snapshots);
  }
});
