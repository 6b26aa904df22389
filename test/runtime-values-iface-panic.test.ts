// Tests for iface.ts, panic.ts, error.ts and traceback.ts; expected texts recorded from real Go 1.23.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kind } from '../src/runtime/type.js';
import type { TypeDesc } from '../src/runtime/type.js';
import { GoPanic } from '../src/runtime/panic.js';
import { registerNativeFunc } from '../src/runtime/error.js';
import { formatFrames } from '../src/runtime/traceback.js';
import { MockRuntime, op, basic, stringType, ptrTo, structOf, sliceOf, ifaceOf, funcType, namedOf, putString, getString, i64, setI64 } from './runtime-values-harness.js';

function catchPanic(f: () => void): GoPanic {
  try { f(); } catch (e) {
    assert.ok(e instanceof GoPanic, 'expected a Go panic, got ' + e);
    return e;
  }
  assert.fail('no panic');
}

function panicText(rt: MockRuntime, f: () => void): string {
  const p = catchPanic(f);
  return op(rt, 'printpanicval', p.typeId, p.data);
}

function setup() {
  const rt = new MockRuntime();
  const int = basic(rt, Kind.Int, 'int', 8);
  const str = stringType(rt);
  const any = ifaceOf(rt, 'interface {}', []);
  const fvoid = funcType(rt, 'func()');
  const fstr = funcType(rt, 'func() string');
  const I = ifaceOf(rt, 'main.I', [{ name: 'M', type: fvoid }]);
  I.named = true; I.name = 'I'; I.pkgPath = 'main';
  return { rt, int, str, any, fvoid, fstr, I };
}

test('convT: static small values, zerobase, zeroVal, boxes otherwise', () => {
  const { rt, int, str } = setup();
  const v = rt.scratch(24);
  let m0 = rt.mallocs;
  setI64(rt, v, 100);
  const w = op(rt, 'convT', int, v);
  assert.equal(rt.mallocs, m0);
  assert.equal(i64(rt, w), 100);
  assert.ok(rt.m.toUintptr(w) < 0xc000000000, 'static data');
  setI64(rt, v, 1000);
  const w2 = op(rt, 'convT', int, v);
  assert.equal(rt.mallocs, m0 + 1);
  assert.equal(i64(rt, w2), 1000);
  setI64(rt, v, -1);
  op(rt, 'convT', int, v);
  assert.equal(rt.mallocs, m0 + 2);
  // float64 0.0 has all-zero bits → staticuint64s[0]; 1.5 is boxed
  const f64 = basic(rt, Kind.Float64, 'float64', 8);
  rt.m.f64[v >>> 3] = 0;
  m0 = rt.mallocs;
  op(rt, 'convT', f64, v);
  assert.equal(rt.mallocs, m0);
  rt.m.f64[v >>> 3] = 1.5;
  assert.equal(rt.m.f64[op(rt, 'convT', f64, v) >>> 3], 1.5);
  assert.equal(rt.mallocs, m0 + 1);
  // strings: "" → zeroVal, otherwise a 16-byte box
  putString(rt, v, '');
  m0 = rt.mallocs;
  op(rt, 'convT', str, v);
  assert.equal(rt.mallocs, m0);
  putString(rt, v, 'hey');
  m0 = rt.mallocs;
  const ws = op(rt, 'convT', str, v);
  assert.equal(rt.mallocs, m0 + 1);
  assert.equal(getString(rt, ws), 'hey');
  // pointers are stored directly; zero-size values use zerobase
  const pt = ptrTo(rt, int);
  rt.m.u32[v >>> 2] = 0x12340; rt.m.u32[(v >>> 2) + 1] = 0;
  assert.equal(op(rt, 'convT', pt, v), 0x12340);
  const empty = structOf(rt, 'struct {}', []);
  assert.equal(op(rt, 'convT', empty, v), rt.zerobase);
  // a struct is copied into a fresh box
  const S = structOf(rt, 'struct { a int; b int; c int }', [['a', int], ['b', int], ['c', int]]);
  setI64(rt, v, 1); setI64(rt, v + 8, 2); setI64(rt, v + 16, 3);
  const ws2 = op(rt, 'convT', S, v);
  assert.notEqual(ws2, v);
  assert.deepEqual([i64(rt, ws2), i64(rt, ws2 + 8), i64(rt, ws2 + 16)], [1, 2, 3]);
});

function withMethodM(rt: MockRuntime, t: TypeDesc, fvoid: TypeDesc): number {
  const fn = registerNativeFunc(rt, t.str + '.M', '/x.go', 1, 8, [], () => 7);
  t.methods = [{ name: 'M', type: fvoid, ifn: fn, tfn: fn }];
  return fn;
}

test('getitab and type assertions, with Go 1.23 panic texts', () => {
  const { rt, int, str, any, fvoid, I } = setup();
  const T = namedOf(rt, structOf(rt, 'struct { a int }', [['a', int]]), 'T');
  const fn = withMethodM(rt, T, fvoid);
  const id = op(rt, 'getitab', I, T, false);
  assert.ok(id > 0);
  assert.equal(op(rt, 'getitab', I, T, false), id, 'cached');
  assert.deepEqual(rt.itabs[id].fns, [fn]);
  assert.equal(op(rt, 'getitab', I, str, true), 0);
  assert.equal(panicText(rt, () => op(rt, 'getitab', I, str, false)), 'interface conversion: string is not main.I: missing method M');

  const e = rt.scratch(16), dst = rt.scratch(16);
  const sv = rt.scratch(16);
  putString(rt, sv, 's');
  rt.m.u32[e >>> 2] = str.id; rt.m.u32[(e >>> 2) + 2] = op(rt, 'convT', str, sv);
  assert.equal(panicText(rt, () => op(rt, 'typeAssert', dst, e, any, int, false)), 'interface conversion: interface {} is string, not int');
  assert.equal(op(rt, 'typeAssert', dst, e, any, int, true), false);
  assert.equal(op(rt, 'typeAssert', dst, e, any, str, false), true);
  assert.equal(getString(rt, dst), 's');
  assert.equal(panicText(rt, () => op(rt, 'typeAssert', dst, e, any, I, false)), 'interface conversion: string is not main.I: missing method M');
  const nil = rt.scratch(16);
  assert.equal(panicText(rt, () => op(rt, 'typeAssert', dst, nil, any, int, false)), 'interface conversion: interface {} is nil, not int');
  assert.equal(panicText(rt, () => op(rt, 'typeAssert', dst, nil, any, I, false)), 'interface conversion: interface is nil, not main.I');
  // successful assertion to an interface yields the itab
  const tv = rt.scratch(8);
  rt.m.u32[e >>> 2] = T.id; rt.m.u32[(e >>> 2) + 2] = op(rt, 'convT', T, tv);
  assert.equal(op(rt, 'typeAssert', dst, e, any, I, false), true);
  assert.equal(rt.m.u32[dst >>> 2], id);
  // from a non-empty interface to a concrete type: the message names the interface
  const iv = rt.scratch(16);
  rt.m.u32[iv >>> 2] = id; rt.m.u32[(iv >>> 2) + 2] = rt.m.u32[(e >>> 2) + 2];
  assert.equal(panicText(rt, () => op(rt, 'typeAssert', dst, iv, I, int, false)), 'interface conversion: main.I is main.T, not int');
  assert.equal(op(rt, 'typeAssert', dst, iv, I, any, false), true);
  assert.equal(rt.m.u32[dst >>> 2], T.id);
});

test('ifaceeq/efaceeq compare dynamic values', () => {
  const { rt, int, str } = setup();
  const a = rt.scratch(16), b = rt.scratch(16), v = rt.scratch(16);
  putString(rt, v, 'abc');
  rt.m.u32[a >>> 2] = str.id; rt.m.u32[(a >>> 2) + 2] = op(rt, 'convT', str, v);
  putString(rt, v, 'abc');
  rt.m.u32[b >>> 2] = str.id; rt.m.u32[(b >>> 2) + 2] = op(rt, 'convT', str, v);
  assert.equal(op(rt, 'efaceeq', a, b), true);
  setI64(rt, v, 5);
  rt.m.u32[b >>> 2] = int.id; rt.m.u32[(b >>> 2) + 2] = op(rt, 'convT', int, v);
  assert.equal(op(rt, 'efaceeq', a, b), false);
  const sl = sliceOf(rt, int);
  rt.m.u32[a >>> 2] = sl.id; rt.m.u32[b >>> 2] = sl.id;
  assert.equal(panicText(rt, () => op(rt, 'efaceeq', a, b)), 'runtime error: comparing uncomparable type []int');
});

test('runtime error values: texts of boundsError and friends', () => {
  const { rt } = setup();
  const cases: [() => void, string][] = [
    [() => op(rt, 'panicIndex', 5, 1), 'runtime error: index out of range [5] with length 1'],
    [() => op(rt, 'panicIndex', -1, 1), 'runtime error: index out of range [-1]'],
    [() => op(rt, 'panicIndexU', -1, 1), 'runtime error: index out of range [18446744073709551615] with length 1'],
    [() => op(rt, 'panicSliceB', -1, 0), 'runtime error: slice bounds out of range [-1:]'],
    [() => op(rt, 'panicSliceAcap', 5, 3), 'runtime error: slice bounds out of range [:5] with capacity 3'],
    [() => op(rt, 'panicSliceAlen', 5, 3), 'runtime error: slice bounds out of range [:5] with length 3'],
    [() => op(rt, 'panicSliceB', 1, 0), 'runtime error: slice bounds out of range [1:0]'],
    [() => op(rt, 'panicSlice3Alen', 9, 3), 'runtime error: slice bounds out of range [::9] with length 3'],
    [() => op(rt, 'panicSlice3B', 4, 2), 'runtime error: slice bounds out of range [:4:2]'],
    [() => op(rt, 'panicSlice3C', 3, 1), 'runtime error: slice bounds out of range [3:1:]'],
    [() => op(rt, 'panicSliceConvert', 4, 2), 'runtime error: cannot convert slice with length 2 to array or pointer to array with length 4'],
    [() => op(rt, 'panicdivide'), 'runtime error: integer divide by zero'],
    [() => op(rt, 'panicshift'), 'runtime error: negative shift amount'],
    [() => op(rt, 'panicnil'), 'runtime error: invalid memory address or nil pointer dereference'],
    [() => op(rt, 'panicPlain', 'close of nil channel'), 'close of nil channel'],
    [() => op(rt, 'gopanicValue', 0, 0), 'panic called with nil argument'],
  ];
  for (const [f, want] of cases) assert.equal(panicText(rt, f), want);
});

test('runtime errors are Go values: Error() is a callable native method; they implement error', () => {
  const { rt, fstr } = setup();
  const errorT = ifaceOf(rt, 'error', [{ name: 'Error', type: fstr }]);
  const p = catchPanic(() => op(rt, 'panicIndex', 5, 3));
  const t = rt.types[p.typeId];
  assert.equal(t.str, 'runtime.boundsError');
  const itab = op(rt, 'getitab', errorT, t, false);
  assert.ok(itab > 0, 'runtime.boundsError implements error');
  // Call Error through the itab like emitted code / fmt would: receiver data word at csp+8, result at csp+16.
  const csp = rt.scratch(64);
  rt.m.u32[(csp + 8) >>> 2] = p.data;
  rt.funcs[rt.itabs[itab].fns[0]].fn(csp, 0);
  assert.equal(getString(rt, csp + 16), 'runtime error: index out of range [5] with length 3');
  const p2 = catchPanic(() => op(rt, 'panicnil'));
  assert.ok(p2.sigpanic);
  assert.equal(rt.types[p2.typeId].str, 'runtime.errorString');
  // *runtime.TypeAssertionError (a pointer type: direct interface data word)
  const any = ifaceOf(rt, 'interface {}', []);
  const e = rt.scratch(16);
  const p4 = catchPanic(() => op(rt, 'typeAssert', rt.scratch(16), e, any, errorT, false));
  assert.equal(rt.types[p4.typeId].str, '*runtime.TypeAssertionError');
  const it4 = op(rt, 'getitab', errorT, rt.types[p4.typeId], false);
  rt.m.u32[(csp + 8) >>> 2] = p4.data;
  rt.funcs[rt.itabs[it4].fns[0]].fn(csp, 0);
  assert.equal(getString(rt, csp + 16), 'interface conversion: interface is nil, not error');
  const p3 = catchPanic(() => op(rt, 'panicPlain', 'assignment to entry in nil map'));
  const errItab = op(rt, 'getitab', errorT, rt.types[p3.typeId], true);
  assert.ok(errItab > 0);
});

test('recover protocol: panicking/gorecover/recovered, nested panics', () => {
  const { rt } = setup();
  const dst = rt.scratch(16);
  // no panic: recover() returns nil
  op(rt, 'gorecover', dst);
  assert.equal(rt.m.u32[dst >>> 2], 0);
  // panic, deferred call recovers
  let p: GoPanic | null = null;
  try { op(rt, 'panicdivide'); } catch (e) { p = op(rt, 'panicking', e, null); }
  assert.ok(p);
  op(rt, 'gorecover', dst);
  assert.equal(rt.m.u32[dst >>> 2], p!.typeId);
  assert.equal(rt.m.u32[(dst >>> 2) + 2], p!.data);
  assert.ok(p!.recovered);
  op(rt, 'gorecover', dst); // second recover gets nil
  assert.equal(rt.m.u32[dst >>> 2], 0);
  op(rt, 'recovered', p);
  op(rt, 'gorecover', dst);
  assert.equal(rt.m.u32[dst >>> 2], 0);
  // a deferred call panics again without recovering: the first panic is aborted and printed first
  let p1: GoPanic | null = null;
  try { op(rt, 'panicPlain', 'first'); } catch (e) { p1 = op(rt, 'panicking', e, null); }
  let p2: GoPanic | null = p1;
  try { op(rt, 'panicPlain', 'second'); } catch (e) { p2 = op(rt, 'panicking', e, p2); }
  assert.notEqual(p2, p1);
  assert.ok(p1!.aborted);
  assert.equal(p2!.link, p1);
  const text = op(rt, 'formatPanic', p2);
  assert.ok(text.startsWith('panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n'), text);
  // recovering the second also retires the aborted first
  op(rt, 'gorecover', dst);
  op(rt, 'recovered', p2);
  op(rt, 'gorecover', dst);
  assert.equal(rt.m.u32[dst >>> 2], 0);
  // re-panic after recover: "[recovered]"
  let q1: GoPanic | null = null;
  try { op(rt, 'panicPlain', 'x'); } catch (e) { q1 = op(rt, 'panicking', e, null); }
  op(rt, 'gorecover', dst);
  let q2: GoPanic | null = q1;
  try { op(rt, 'gopanic', dst); } catch (e) { q2 = op(rt, 'panicking', e, q2); }
  assert.ok((op(rt, 'formatPanic', q2) as string).startsWith('panic: x [recovered]\n\tpanic: x\n\n'));
  // non-Go exceptions pass through
  assert.throws(() => op(rt, 'panicking', new RangeError('boom'), null), RangeError);
});

test('printpanicval: basic, named, Stringer, error and other values like Go', () => {
  const { rt, int, str, fstr } = setup();
  const v = rt.scratch(16);
  const val = (t: TypeDesc, set: () => void) => { set(); return op(rt, 'printpanicval', t.id, op(rt, 'convT', t, v)); };
  assert.equal(val(int, () => setI64(rt, v, 42)), '42');
  const MyInt = namedOf(rt, int, 'MyInt');
  assert.equal(val(MyInt, () => setI64(rt, v, 5)), 'main.MyInt(5)');
  const MyStr = namedOf(rt, str, 'MyStr');
  assert.equal(val(MyStr, () => putString(rt, v, 'x\ny')), 'main.MyStr("x\n\ty")');
  assert.equal(val(str, () => putString(rt, v, 'a\nb')), 'a\n\tb');
  const f64 = basic(rt, Kind.Float64, 'float64', 8);
  assert.equal(val(f64, () => { rt.m.f64[v >>> 3] = 1.5; }), '+1.500000e+000');
  const c128 = basic(rt, Kind.Complex128, 'complex128', 16);
  assert.equal(val(c128, () => { rt.m.f64[v >>> 3] = 1; rt.m.f64[(v >>> 3) + 1] = 2; }), '(+1.000000e+000+2.000000e+000i)');
  const T = namedOf(rt, structOf(rt, 'struct { a int }', [['a', int]]), 'T');
  const PT = ptrTo(rt, T);
  const obj = rt.mallocgc(8, T, true);
  rt.m.u32[v >>> 2] = obj;
  assert.equal(op(rt, 'printpanicval', PT.id, obj), '(*main.T) 0x' + rt.m.toUintptr(obj).toString(16));
  // a type with String() string: preprintpanics calls it
  const S = namedOf(rt, structOf(rt, 'struct {}', []), 'S');
  const fn = registerNativeFunc(rt, 'main.S.String', '/x.go', 1, 24, [], (csp: number) => op(rt, 'makeStringFromJS', csp + 16, 'stringer!'));
  S.methods = [{ name: 'String', type: fstr, ifn: fn, tfn: fn }];
  assert.equal(op(rt, 'printpanicval', S.id, rt.zerobase), 'stringer!');
});

test('formatPanic: goroutine header, frames from the JS stack, SIGSEGV line, elision', () => {
  const { rt } = setup();
  const info = (name: string, jsName: string, line: number, argsSize: number, fn: (...a: any[]) => any) => {
    const i = registerNativeFunc(rt, name, '/home/gopher/prog/main.go', line, argsSize, [], fn);
    rt.funcs[i].jsName = jsName;
  };
  function main_f(): void { op(rt, 'panicnil'); }
  function main_main(): void { main_f(); }
  info('main.f', 'main_f', 10, 8, main_f);
  info('main.main', 'main_main', 20, 0, main_main);
  const p = catchPanic(() => main_main());
  const text: string = op(rt, 'formatPanic', p);
  assert.equal(text,
    'panic: runtime error: invalid memory address or nil pointer dereference\n' +
    '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n' +
    'goroutine 1 [running]:\n' +
    'main.f(...)\n\t/home/gopher/prog/main.go:10 +0x0\n' +
    'main.main()\n\t/home/gopher/prog/main.go:20 +0x0\n');
  const frames = Array.from({ length: 130 }, (_, i) => ({ name: 'main.rec', file: '/p/main.go', line: 5, hasArgs: true }));
  frames.push({ name: 'main.main', file: '/p/main.go', line: 9, hasArgs: false });
  const out = formatFrames(frames);
  const lines = out.split('\n');
  assert.equal(lines[100], '...31 frames elided...');
  assert.equal(lines.length, 100 * 2 + 1 + 1);
  assert.ok(out.endsWith('main.main()\n\t/p/main.go:9 +0x0\n'));
});

test('traceback of a panic raised in a deferred call shows Go\'s panic(...) frame', () => {
  const { rt } = setup();
  const info = (name: string, jsName: string, line: number, argsSize: number, fn: (...a: any[]) => any) => {
    const i = registerNativeFunc(rt, name, '/p/main.go', line, argsSize, [], fn);
    rt.funcs[i].jsName = jsName;
  };
  const lm = new Int32Array(100000);
  for (let i = 0; i < lm.length; i++) lm[i] = i;
  rt.lineMap = lm;
  const dst = rt.scratch(16);
  let first: GoPanic | null = null;
  // A simulated goroutine stack with frame headers (function index at sp), like emitted code keeps.
  const lo = rt.scratch(4096);
  rt.stackHi = lo + 4096;
  rt.curg = { goid: 1, top: rt.stackHi } as any;
  const FS = 64;
  const enter = (csp: number, idx: number) => { const sp = csp - FS; rt.m.u32[sp >>> 2] = idx; rt.sp = sp; return sp; };
  const idx: Record<string, number> = {};
  function main_f_func1(csp: number): void {
    const sp = enter(csp, idx.func1);
    op(rt, 'gorecover', dst, sp + FS);
    op(rt, 'gopanic', dst);
  }
  function main_f(csp: number): void {
    const sp = enter(csp, idx.f);
    let p: GoPanic | null = null;
    try { op(rt, 'panicIndex', 5, 0); } catch (e) { p = op(rt, 'panicking', e, null); first = p; }
    rt.sp = sp;
    op(rt, 'deferArgp', p, sp);
    try { main_f_func1(sp); } catch (e) { p = op(rt, 'panicking', e, p); }
    if (p) { if (!p.recovered) throw p; op(rt, 'recovered', p); }
  }
  function main_main(csp: number): void { const sp = enter(csp, idx.main); main_f(sp); }
  info('main.f.func1', 'main_f_func1', 3, 0, main_f_func1);
  info('main.f', 'main_f', 2, 8, main_f);
  info('main.main', 'main_main', 1, 0, main_main);
  for (const f of rt.funcs) if (f) f.frameSize = FS;
  idx.func1 = rt.funcs.findIndex(f => f && f.name === 'main.f.func1');
  idx.f = rt.funcs.findIndex(f => f && f.name === 'main.f');
  idx.main = rt.funcs.findIndex(f => f && f.name === 'main.main');
  const p = catchPanic(() => main_main(rt.stackHi));
  const text: string = op(rt, 'formatPanic', p);
  const lines = text.split('\n');
  assert.equal(lines[0], 'panic: runtime error: index out of range [5] with length 0 [recovered]');
  assert.equal(lines[1], '\tpanic: runtime error: index out of range [5] with length 0');
  assert.equal(lines[2], '');
  assert.equal(lines[3], 'goroutine 1 [running]:');
  assert.equal(lines[4], 'main.f.func1()');
  assert.match(lines[6], /^panic\(\{0x[0-9a-f]+\?, 0x[0-9a-f]+\?\}\)$/);
  assert.equal(lines[7], '\t/usr/lib/go-1.23/src/runtime/panic.go:785 +0x0');
  assert.equal(lines[8], 'main.f(...)');
  // main.f is shown at the line where the first panic happened
  const firstText: string = op(rt, 'formatPanic', first);
  const fl = firstText.split('\n');
  const i = fl.indexOf('main.f(...)');
  assert.equal(lines[9], fl[i + 1]);
  assert.equal(lines[10], 'main.main()');
});

test('recover only works when called directly by the deferred call (argp check)', () => {
  const { rt } = setup();
  rt.stackHi = 100000;
  const dst = rt.scratch(16);
  let p: GoPanic | null = null;
  try { op(rt, 'panicdivide'); } catch (e) { p = op(rt, 'panicking', e, null); }
  const fSp = 99000; // frame running the deferred calls
  op(rt, 'deferArgp', p, fSp);
  op(rt, 'gorecover', dst, 98000); // a sub-call: its caller is not the deferring frame
  assert.equal(rt.m.u32[dst >>> 2], 0);
  assert.equal(p!.recovered, false);
  // after the stack moved by 4096 bytes, distances from the top still match
  rt.stackHi += 4096;
  op(rt, 'gorecover', dst, fSp + 4096);
  assert.equal(rt.m.u32[dst >>> 2], p!.typeId);
  assert.equal(p!.recovered, true);
});

test('panic(...) frame found by stack alignment when emitted code does not report argp', () => {
  const { rt } = setup();
  const info = (name: string, jsName: string, line: number, fn: (...a: any[]) => any) => {
    const i = registerNativeFunc(rt, name, '/p/main.go', line, 0, [], fn);
    rt.funcs[i].jsName = jsName;
  };
  const lm = new Int32Array(100000);
  for (let i = 0; i < lm.length; i++) lm[i] = i;
  rt.lineMap = lm;
  function main_main_func1(): void { op(rt, 'panicPlain', 'second'); }
  function main_main(): void {
    let p: GoPanic | null = null;
    try { op(rt, 'panicPlain', 'first'); } catch (e) { p = op(rt, 'panicking', e, null); }
    try { main_main_func1(); } catch (e) { p = op(rt, 'panicking', e, p); }
    if (p) { if (!p.recovered) throw p; op(rt, 'recovered', p); }
  }
  function run(): void { main_main(); }
  info('main.main.func1', 'main_main_func1', 3, main_main_func1);
  info('main.main', 'main_main', 2, main_main);
  info('runtime.main', 'run', 1, run);
  const lines = (op(rt, 'formatPanic', catchPanic(() => run())) as string).split('\n');
  assert.deepEqual(lines.slice(0, 5), ['panic: first', '\tpanic: second', '', 'goroutine 1 [running]:', 'main.main.func1()']);
  assert.match(lines[6], /^panic\(\{/);
  assert.equal(lines[8], 'main.main()');
  assert.equal(lines[10], 'runtime.main()');
});
