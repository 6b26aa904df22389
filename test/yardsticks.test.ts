// Tests for the yardstick harnesses (scripts/conformance.ts, scripts/bench.ts): recipe and
// build-constraint parsing, output comparison, failure classification, the process runner, and an
// end-to-end conformance run over test/yardsticks-fixtures/ with a fake `gomemlab run`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  classify, compareOutput, diffBaseline, failingConstraint, parseConstraintLine, parseRecipe, parseSkipList, pool,
  runProcess, runTest, selectTests, splitQuoted, topDetails, formatTable, type ProcResult,
} from '../scripts/conformance.js';
import {
  countGCLines, geomean, instrumentMemStats, parseMemNumbers, parseSizes, quickSizes, storedOutput,
  parseGCTrace, medianMax, fidelityTables,
} from '../scripts/bench.js';

// dist/test/yardsticks.test.js → <repo>/test/yardsticks-fixtures/
const fixtures = fileURLToPath(new URL('../../test/yardsticks-fixtures/', import.meta.url));
const fixture = (f: string): string => readFileSync(fixtures + f, 'utf8');
const fakeCli = [process.execPath, fixtures + 'fakecli.mjs', 'run'];

test('splitQuoted follows go/build rules', () => {
  assert.deepEqual(splitQuoted(`a b:"c d" 'e''f'  "g\\""`), ['a', 'b:c d', 'ef', 'g"']);
  assert.deepEqual(splitQuoted('  run  '), ['run']);
  assert.deepEqual(splitQuoted(`x ""`), ['x', '']);
  assert.throws(() => splitQuoted(`a "b`), /unclosed quote/);
});

test('build constraint lines', () => {
  const ok = (line: string): boolean => failingConstraint(`${line}\n\npackage main\n`) === null;
  assert.equal(ok('//go:build linux && amd64'), true);
  assert.equal(ok('//go:build windows'), false);
  assert.equal(ok('//go:build !windows && (amd64 || arm64)'), true);
  assert.equal(ok('//go:build cgo'), false); // gomemlab has no cgo
  assert.equal(ok('//go:build go1.21 && gc'), true);
  assert.equal(ok('//go:build go1.24'), false);
  assert.equal(ok('//go:build goexperiment.regabiargs'), true);
  assert.equal(ok('//go:build goexperiment.newinliner'), false);
  assert.equal(ok('// +build linux,amd64 plan9'), true);
  assert.equal(ok('// +build !linux'), false);
  assert.equal(ok('// +build plan9 windows'), false);
  assert.equal(ok('// +build'), false);
  assert.equal(ok('//go:buildfoo windows'), true); // not a constraint line
  assert.equal(parseConstraintLine('//go:build (linux'), null); // malformed: ignored, as constraint.Parse errors are
  assert.equal(parseConstraintLine('// just a comment'), null);
  // only the header before the package clause counts
  assert.equal(failingConstraint('// run\n\npackage main\n//go:build windows\n'), null);
});

test('recipe detection on fixture files', () => {
  const r = parseRecipe(fixture('hello.go'));
  assert.deepEqual(r, { kind: 'run', flags: [], args: [], env: {}, timeoutSec: 0 });
  assert.deepEqual(parseRecipe(fixture('errcheck.go')), { kind: 'other', action: 'errorcheck' });
  assert.equal(parseRecipe(fixture('windows_only.go')).kind, 'skip');
  assert.equal(parseRecipe(fixture('plan9_plus.go')).kind, 'skip');
  assert.equal(parseRecipe(fixture('linux_amd64.go')).kind, 'run');
  assert.deepEqual(parseRecipe(fixture('args.go')), {
    kind: 'run', flags: ['-gcflags=-l'], args: ['arg1', 'two words'],
    env: { GODEBUG: 'gctrace=0', GOEXPERIMENT: 'rangefunc' }, timeoutSec: 0,
  });
  // exactly the `run` action: no space after //, runoutput/rundir are other actions, -t sets a timeout
  assert.equal(parseRecipe('//run\n\npackage main\n').kind, 'run');
  assert.deepEqual(parseRecipe('// runoutput\n\npackage main\n'), { kind: 'other', action: 'runoutput' });
  assert.deepEqual(parseRecipe('// rundir\n\npackage ignored\n'), { kind: 'other', action: 'rundir' });
  const t = parseRecipe('// run -t 30 cmplx1.go\n\npackage main\n');
  assert.equal(t.kind === 'run' && t.timeoutSec, 30);
  assert.deepEqual(t.kind === 'run' && t.args, ['cmplx1.go']);
  assert.equal(parseRecipe('\n\n').kind, 'skip');
});

test('output comparison', () => {
  assert.equal(compareOutput('a\r\nb\n', 'a\nb\n').match, true);
  assert.deepEqual(compareOutput('a\nB\nc\n', 'a\nb\nc\n'), { match: false, line: 2, want: 'b', got: 'B' });
  const short = compareOutput('a\n', 'a\nb\n');
  assert.equal(short.match, false);
  assert.equal(short.line, 2);
  assert.equal(compareOutput('x', '').match, false); // no .out file: output must be empty
});

const proc = (p: Partial<ProcResult>): ProcResult =>
  ({ code: 0, signal: null, timedOut: false, stdout: '', stderr: '', ms: 5, ...p });

test('failure classification', () => {
  assert.deepEqual(classify(proc({ stdout: 'ok\n' }), 'ok\n'), { cause: 'pass', detail: '' });
  assert.equal(classify(proc({ stdout: 'no\n' }), 'ok\n').cause, 'wrong-output');
  assert.equal(classify(proc({ timedOut: true, code: null, signal: 'SIGKILL' }), '').cause, 'timeout');
  assert.deepEqual(classify(proc({ code: 1, stdout: '# command-line-arguments\n./x.go:3:2: undefined: y\n' }), ''),
    { cause: 'compile-error', detail: './x.go:3:2: undefined: y' });
  assert.deepEqual(classify(proc({ code: 2, stdout: 'before\npanic: boom\n\ngoroutine 1 [running]:\nexit status 2\n' }), ''),
    { cause: 'runtime-error', detail: 'panic: boom' });
  const crash = classify(proc({
    code: 1,
    stderr: 'file:///x/y.js:3\n  throw e\n\nTypeError: Cannot read properties of undefined\n    at f (file:///x/y.js:3:9)\n',
  }), '');
  assert.deepEqual(crash, { cause: 'cli-crash', detail: 'TypeError: Cannot read properties of undefined' });
  assert.equal(classify(proc({ code: null, signal: 'SIGSEGV' }), '').cause, 'cli-crash');
  assert.equal(classify(proc({ code: null, spawnError: 'ENOENT' }), '').cause, 'cli-crash');
});

test('skip list patterns', () => {
  const res = parseSkipList('# comment\nfixedbugs/issue1.go  # why\n\nken/*.go\n');
  assert.equal(res.length, 2);
  assert.ok(res[0].test('fixedbugs/issue1.go'));
  assert.ok(!res[0].test('fixedbugs/issue10.go'));
  assert.ok(res[1].test('ken/chan.go'));
  assert.ok(!res[1].test('ken/sub/chan.go'));
});

test('runProcess merges stdout and stderr in order and kills on timeout', async () => {
  const r = await runProcess(process.execPath, ['-e',
    'process.stdout.write("1\\n"); process.stderr.write("2\\n"); process.stdout.write("3\\n"); process.exitCode = 3'],
  { timeoutMs: 60_000, merge: true });
  assert.equal(r.stdout, '1\n2\n3\n');
  assert.equal(r.code, 3);
  const sep = await runProcess(process.execPath, ['-e', 'console.log("out"); console.error("err")'], { timeoutMs: 60_000 });
  assert.equal(sep.stdout, 'out\n');
  assert.equal(sep.stderr, 'err\n');
  const hang = await runProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 });
  assert.equal(hang.timedOut, true);
  const loud = 'const s = "x".repeat(1 << 16) + "\\n"; const w = () => process.stdout.write(s, w); w()';
  for (const merge of [true, false]) {
    const flood = await runProcess(process.execPath, ['-e', loud], { timeoutMs: 60_000, merge, maxOutputBytes: 1 << 20 });
    assert.equal(flood.outputLimit, true);
    assert.equal(flood.timedOut, false);
    assert.equal(classify(flood, '').cause, 'wrong-output');
  }
  const missing = await runProcess('/nonexistent/gomemlab', [], { timeoutMs: 1000 });
  assert.ok(missing.spawnError !== undefined);
});

test('selection and end-to-end run over fixtures with a fake CLI', async () => {
  const sel = selectTests(fixtures, ['.'], parseSkipList('skipme.go\n'));
  const names = sel.tests.map(t => t.name);
  assert.deepEqual(names, ['args.go', 'badcompile.go', 'hangs.go', 'hello.go', 'linux_amd64.go', 'noout.go', 'panics.go', 'wrong.go']);
  assert.deepEqual(sel.skipped.map(s => s.name).sort(), ['plan9_plus.go', 'skipme.go', 'windows_only.go']);
  assert.deepEqual(selectTests(fixtures, ['.'], [], 'hel').tests.map(t => t.name), ['hello.go']);

  const results = await pool(sel.tests, 2, t => runTest(t, fixtures, fakeCli, t.name === 'hangs.go' ? 1500 : 60_000));
  const by = Object.fromEntries(results.map(r => [r.name, r]));
  assert.equal(by['hello.go'].cause, 'pass');
  assert.equal(by['noout.go'].cause, 'pass');
  assert.equal(by['linux_amd64.go'].cause, 'pass');
  assert.equal(by['wrong.go'].cause, 'wrong-output');
  assert.equal(by['wrong.go'].detail, 'line 2: want "b" got "B"');
  assert.equal(by['panics.go'].cause, 'runtime-error');
  assert.equal(by['panics.go'].detail, 'panic: boom');
  assert.equal(by['badcompile.go'].cause, 'compile-error');
  assert.equal(by['badcompile.go'].detail, './badcompile.go:9:15: undefined: x');
  assert.equal(by['hangs.go'].cause, 'timeout');
  // args.go has no .out, and the fake CLI echoes what it got: flags, file, args, environment
  assert.equal(by['args.go'].cause, 'wrong-output');
  const echoed = JSON.parse(JSON.parse(by['args.go'].detail.replace(/^line 1: want "" got /u, '')) as string) as unknown;
  assert.deepEqual(echoed, { argv: ['-gcflags=-l', 'args.go', 'arg1', 'two words'], GODEBUG: 'gctrace=0', GOEXPERIMENT: 'rangefunc' });
});

test('report helpers', () => {
  const top = topDetails([
    { name: 'a', dir: '.', cause: 'compile-error', detail: 'a.go:1:2: undefined: x', ms: 1 },
    { name: 'b', dir: '.', cause: 'compile-error', detail: 'b.go:7:3: undefined: x', ms: 1 },
    { name: 'c', dir: '.', cause: 'compile-error', detail: 'c.go:1:1: unsupported: goto', ms: 1 },
  ], 5);
  assert.deepEqual(top, [['undefined: x', 2], ['unsupported: goto', 1]]);
  assert.equal(formatTable([['a', '1'], ['bbb', '22']]), 'a     1\nbbb  22');
});

test('bench helpers', () => {
  assert.equal(countGCLines('gc 1 @0.002s 3%: …\nnot gc\ngc 2 @0.010s 4%: …\n'), 2);
  assert.equal(countGCLines('hello\n'), 0);
  assert.deepEqual(parseMemNumbers('memstats: TotalAlloc 1234 Mallocs 56 Frees 7 NumGC 1\n'), { totalAlloc: 1234, mallocs: 56 });
  assert.deepEqual(parseMemNumbers('TotalAlloc=1\nMallocs: 2\nTotalAlloc=3\n'), { totalAlloc: 3, mallocs: 2 });
  assert.deepEqual(parseMemNumbers('nothing'), { totalAlloc: undefined, mallocs: undefined });
  assert.ok(Math.abs(geomean([2, 8]) - 4) < 1e-12);
  assert.ok(Number.isNaN(geomean([Number.NaN])));
  assert.deepEqual(parseSizes('12'), { all: '12', per: {} });
  assert.deepEqual(parseSizes('nbody=10,fannkuch=7'), { per: { nbody: '10', fannkuch: '7' } });
  const inst = instrumentMemStats('package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tfmt.Println(1)\n}\n');
  assert.ok(inst !== null);
  assert.match(inst, /import \(\n\t"runtime"\n\t"fmt"/u);
  assert.match(inst, /func main\(\) \{\n\tdefer gomemlabBenchMemStats\(\)\n\tfmt\.Println\(1\)/u);
  assert.match(inst, /runtime\.ReadMemStats\(&ms\)/u);
  assert.equal(instrumentMemStats('package p\n'), null);
  const trace = 'gc 1 @0.003s 2%: 0.011+0.55+0.002 ms clock, 0.022+0.10/0.18/0.31+0.004 ms cpu, 3->3->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n' +
    'other\ngc 2 @0.010s 5%: 1.5+2+0.5 ms clock, 3+0/1/0+1 ms cpu, 4->7->2 MB, 8 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n';
  const t = parseGCTrace(trace);
  assert.equal(t.cycles, 2);
  assert.equal(t.peakHeapMB, 7);
  assert.equal(t.gcPercent, 5);
  assert.deepEqual(t.pausesMs.map(x => +x.toFixed(3)), [0.013, 2]);
  assert.deepEqual(parseGCTrace('hello'), { cycles: 0, peakHeapMB: undefined, pausesMs: [], gcPercent: undefined });
  assert.deepEqual(medianMax([3, 1, 2]), { median: 2, max: 3 });
  const tables = fidelityTables([{ name: 'p', gcGo: 2, gcOurs: 3, traceGo: t, traceOurs: t, memGo: { totalAlloc: 100, mallocs: 10 }, memOurs: { totalAlloc: 150, mallocs: 10 } }], true);
  assert.match(tables, /^p +2 +3 +1\.50 +7 +7 +1\.00 +100 +150 +1\.50 +10 +10 +1\.00$/mu);
  assert.match(tables, /^p +2\.000 +2\.000 +5 +2\.000 +2\.000 +5$/mu);
});

test('baseline diff', () => {
  const now = [
    { name: 'a.go', dir: '.', cause: 'pass' as const, detail: '', ms: 1 },
    { name: 'b.go', dir: '.', cause: 'timeout' as const, detail: '', ms: 1 },
    { name: 'c.go', dir: '.', cause: 'pass' as const, detail: '', ms: 1 },
  ];
  const d = diffBaseline(['b.go', 'c.go', 'gone.go'], now);
  assert.deepEqual(d.fixed.map(r => r.name), ['a.go']);
  assert.deepEqual(d.broken.map(r => r.name), ['b.go']);
});

test('every bench program has recorded outputs for its default and quick sizes', () => {
  const benchDir = fileURLToPath(new URL('../../bench/', import.meta.url));
  const programs = readdirSync(benchDir).filter(f => f.endsWith('.go')).map(f => f.slice(0, -3)).sort();
  assert.deepEqual(programs, Object.keys(quickSizes).sort());
  for (const p of programs) {
    const def = storedOutput(benchDir, p, undefined);
    const quick = storedOutput(benchDir, p, quickSizes[p]);
    assert.ok(def !== null && def.length > 0, `${p}.default.out`);
    assert.ok(quick !== null && quick.length > 0, `${p}.quick.out`);
    assert.notEqual(def, quick);
    assert.equal(storedOutput(benchDir, p, '12345'), null);
    // only the allowed packages
    const src = readFileSync(`${benchDir}${p}.go`, 'utf8');
    const imports = [...(src.match(/^import \(([^)]*)\)/mu)?.[1] ?? '').matchAll(/"([^"]+)"/gu)].map(m => m[1]);
    for (const i of imports) assert.ok(['fmt', 'strings', 'strconv', 'math', 'os', 'sort', 'sync'].includes(i), `${p} imports ${i}`);
  }
});
