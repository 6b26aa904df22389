// std natives called exactly as compiled code calls them (ARCHITECTURE.md §3: csp, ctx, scalar
// args; memory args at csp+8), on a small simulated memory (test/std-harness.ts): fmt's doPrintf
// appending into the Go-side pp.buf with String methods called back through callGo, strconv and
// math natives, errors.As's typed assignment, sort's swapper, os write/getenv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fmtNatives from '../src/std/fmt/natives.js';
import strconvNatives from '../src/std/strconv/natives.js';
import mathNatives from '../src/std/math/natives.js';
import errorsNatives from '../src/std/errors/natives.js';
import sortNatives from '../src/std/sort/natives.js';
import osNatives from '../src/std/os/natives.js';
import { ldWord, readString, stWord, stringBytes } from '../src/std/abi.js';
import { FakeRuntime, ValueBuilder, makeTypes } from './std-harness.js';

function setup() {
  const rt = new FakeRuntime();
  const T = makeTypes(rt);
  const vb = new ValueBuilder(rt, T);
  return { rt, T, vb };
}

test('fmt.doPrintf appends to pp.buf and calls String via callGo', () => {
  const { rt, vb } = setup();
  // fake compiled fmt.callMethod(v any, which int) (s string, pv any, panicked bool)
  rt.funcs[7] = { name: 'fmt.callMethod', fn: (sp: number, _ctx: number, which: number) => {
    const a = sp + 8;
    const data = rt.m.u32[(a + 8) >>> 2];
    if (which === 1) {
      const s = 'S<' + readString(rt.m, data) + '>';
      vb.str(a + 16, s);
    }
  } };
  const n = fmtNatives(rt);
  const p = rt.mallocgc(72, null, true); // pp
  const csp = rt.stackHi - 256;
  stWord(rt.m, csp + 8, p);
  vb.str(csp + 16, 'x=%d s=%v q=%q|');
  const hdr = vb.args([{ t: 'int', v: 42 }, { t: 'Stringer', v: 'ab' }, { t: 'string', v: 'z' }]);
  rt.m.u8.copyWithin(csp + 32, hdr, hdr + 24);
  n.doPrintf(csp, 0);
  const ptr = rt.m.u32[p >>> 2], len = ldWord(rt.m, p + 8);
  assert.equal(new TextDecoder().decode(rt.m.u8.slice(ptr, ptr + len)), 'x=42 s=S<ab> q="z"|');
  // doPrintln appends to what is already in the buffer
  rt.m.u8.copyWithin(csp + 16, hdr, hdr + 24);
  n.doPrintln(csp, 0);
  const ptr2 = rt.m.u32[p >>> 2], len2 = ldWord(rt.m, p + 8);
  assert.equal(new TextDecoder().decode(rt.m.u8.slice(ptr2, ptr2 + len2)), 'x=42 s=S<ab> q="z"|42 S<ab> z\n');
});

test('fmt.doPrintf records %w operands in wrapMask', () => {
  const { rt, vb } = setup();
  const n = fmtNatives(rt);
  rt.funcs[3] = { name: 'fmt.callMethod', fn: (sp: number) => { vb.str(sp + 8 + 16, 'boom'); } };
  const p = rt.mallocgc(72, null, true);
  rt.m.u8[p + 24] = 1; // wrapErrs
  const csp = rt.stackHi - 256;
  stWord(rt.m, csp + 8, p);
  vb.str(csp + 16, 'a %d: %w');
  const hdr = vb.args([{ t: 'int', v: 1 }, { t: 'error', v: 'boom' }]);
  rt.m.u8.copyWithin(csp + 32, hdr, hdr + 24);
  n.doPrintf(csp, 0);
  assert.equal(ldWord(rt.m, p + 32), 2);
  const ptr = rt.m.u32[p >>> 2];
  assert.equal(new TextDecoder().decode(rt.m.u8.slice(ptr, ptr + ldWord(rt.m, p + 8))), 'a 1: boom');
});

test('strconv natives: FormatFloat, parseFloat, quoteWith, unquote', () => {
  const { rt, vb } = setup();
  const n = strconvNatives(rt);
  const csp = rt.stackHi - 256;
  n.FormatFloat(csp, 0, 0.1, 'g'.charCodeAt(0), -1, 32);
  assert.equal(readString(rt.m, csp + 8), '0.1');
  n.FormatFloat(csp, 0, 2.5, 'f'.charCodeAt(0), 0, 64);
  assert.equal(readString(rt.m, csp + 8), '2');
  vb.str(csp + 8, '1e400');
  n.parseFloat(csp, 0, 64);
  assert.equal(rt.m.f64[(csp + 24) >>> 3], Infinity);
  assert.equal(ldWord(rt.m, csp + 32), 2);
  vb.str(csp + 8, 'tab\t');
  n.quoteWith(csp, 0, 0);
  assert.equal(readString(rt.m, csp + 24), '"tab\\t"');
  vb.str(csp + 8, '"a\\u00e9"');
  n.unquote(csp, 0);
  assert.equal(rt.m.u8[csp + 40], 1);
  assert.equal(readString(rt.m, csp + 24), 'aé');
});

test('math natives: bit conversions and rounding', () => {
  const { rt } = setup();
  const n = mathNatives(rt);
  assert.equal(n.Float64bits(0, 0, 1.0), 4607182418800017408n);
  assert.equal(n.Float64bits(0, 0, -0.0), 9223372036854775808n);
  assert.equal(n.Float64frombits(0, 0, 0x4000000000000000n), 2);
  assert.equal(n.Float32bits(0, 0, 1.0), 1065353216);
  assert.equal(n.RoundToEven(0, 0, 2.5), 2);
  assert.equal(n.RoundToEven(0, 0, -3.5), -4);
  assert.equal(n.Round(0, 0, -2.5), -3);
  assert.ok(Object.is(n.Round(0, 0, -0.4), -0));
  assert.ok(Object.is(n.Mod(0, 0, -6, 3), -0));
});

test('errors natives: comparable and As assignment', () => {
  const { rt, T } = setup();
  const n = errorsNatives(rt);
  const csp = rt.stackHi - 256;
  stWord(rt.m, csp + 8, T['[]int'].id);
  assert.equal(n.comparable(csp, 0), false);
  stWord(rt.m, csp + 8, T.struct.id);
  assert.equal(n.comparable(csp, 0), true);
  // err (iface via itab 1 → *errors.errorString), target *(*errors.errorString)
  rt.itabs[1] = { type: T.error };
  const target = rt.mallocgc(8, null, true);
  const ptrToErr = rt.register({ ...T.error, id: 0, str: '**errors.errorString', kind: 22, elem: T.error, methods: [] } as any);
  stWord(rt.m, csp + 8, 1); stWord(rt.m, csp + 16, 0xabc0);
  stWord(rt.m, csp + 24, ptrToErr.id); stWord(rt.m, csp + 32, target);
  assert.equal(n.asAssign(csp, 0), true);
  assert.equal(rt.m.u32[target >>> 2], 0xabc0);
});

test('sort natives: swapAny on a []string in an interface', () => {
  const { rt, T, vb } = setup();
  const n = sortNatives(rt);
  const csp = rt.stackHi - 256;
  const box = rt.mallocgc(24, null, true);
  vb.store('[]string', ['a', 'b', 'c'], box);
  stWord(rt.m, csp + 8, T['[]string'].id); stWord(rt.m, csp + 16, box);
  assert.equal(n.lenOf(csp, 0), 3);
  n.swapAny(csp, 0, 0, 2);
  const p = rt.m.u32[box >>> 2];
  assert.deepEqual([0, 1, 2].map(i => readString(rt.m, p + 16 * i)), ['c', 'b', 'a']);
});

test('os natives: write to stdout goes through rt.write; getenv', () => {
  const { rt, vb } = setup();
  rt.env = { HOME: '/home/go' };
  const n = osNatives(rt);
  const csp = rt.stackHi - 256;
  const b = rt.mallocgc(3, null, false);
  rt.m.u8.set([104, 105, 10], b);
  stWord(rt.m, csp + 8, b); stWord(rt.m, csp + 16, 3); stWord(rt.m, csp + 24, 3);
  assert.equal(n.sysWrite(csp, 0, 1), 3);
  assert.equal(rt.output(), 'hi\n');
  vb.str(csp + 8, 'HOME');
  n.sysGetenv(csp, 0);
  assert.equal(readString(rt.m, csp + 24), '/home/go');
  assert.equal(rt.m.u8[csp + 40], 1);
  vb.str(csp + 8, 'NOPE');
  n.sysGetenv(csp, 0);
  assert.equal(rt.m.u8[csp + 40], 0);
  assert.equal(stringBytes(rt.m, csp + 24).length, 0);
});
