// The builtins print and println: output to stderr in the runtime's own formats (floats as
// +1.500000e+000, pointers as 0xc000012345, ints in decimal including full uint64, println separating
// operands with spaces). The compiler lowers println(a, b) to printlock; printint(a); printsp();
// printint(b); printnl(); printunlock() like Go's walk/builtin.go.
//
// Mirrors src/runtime/print.go (printlock, printbool, printfloat, printcomplex, printint, printuint,
// printhex, printpointer, printstring, printeface, printiface, printslice, printsp, printnl).

import type { ValueRuntime } from './ops.js';
import { encodeUTF8 } from './memory.js';

interface PrintState { lock: number; buf: number[] }

function st(rt: ValueRuntime): PrintState {
  return (rt.$print ??= { lock: 0, buf: [] }) as PrintState;
}

/** Sends the buffered bytes to fd 2. */
export function printflush(rt: ValueRuntime): void {
  const s = st(rt);
  if (s.buf.length === 0) return;
  const bytes = Uint8Array.from(s.buf);
  s.buf.length = 0;
  writeErr(rt, bytes);
}

/** writeErr (print.go): bytes to standard error. */
export function writeErr(rt: ValueRuntime, bytes: Uint8Array): void {
  if (rt.write) rt.write(2, bytes);
  else process.stderr.write(bytes);
}

function gwriteStr(rt: ValueRuntime, s: string): void {
  const b = st(rt).buf;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b.push(c);
    else { for (const x of encodeUTF8(s.slice(i, i + 1 + (c >= 0xd800 && c < 0xdc00 ? 1 : 0)))) b.push(x); if (c >= 0xd800 && c < 0xdc00) i++; }
  }
  if (st(rt).lock === 0) printflush(rt);
}

function gwriteBytes(rt: ValueRuntime, p: number, n: number): void {
  const b = st(rt).buf;
  const u8 = rt.m.u8;
  for (let i = 0; i < n; i++) b.push(u8[p + i]);
  if (st(rt).lock === 0) printflush(rt);
}

export function printlock(rt: ValueRuntime): void { st(rt).lock++; }

export function printunlock(rt: ValueRuntime): void {
  const s = st(rt);
  if (s.lock > 0) s.lock--;
  if (s.lock === 0) printflush(rt);
}

export function printsp(rt: ValueRuntime): void { gwriteStr(rt, ' '); }
export function printnl(rt: ValueRuntime): void { gwriteStr(rt, '\n'); }

export function printbool(rt: ValueRuntime, v: boolean): void { gwriteStr(rt, v ? 'true' : 'false'); }

export function printint(rt: ValueRuntime, v: number | bigint): void { gwriteStr(rt, String(v)); }

export function printuint(rt: ValueRuntime, v: number | bigint): void {
  if (v < 0) v = BigInt.asUintN(64, BigInt(v));
  gwriteStr(rt, String(v));
}

/** printhex: 0x followed by lower-case hex digits of the uint64 v. */
export function printhex(rt: ValueRuntime, v: number | bigint): void {
  if (v < 0) v = BigInt.asUintN(64, BigInt(v));
  gwriteStr(rt, '0x' + v.toString(16));
}

/** printpointer: the simulated address of internal address p. */
export function printpointer(rt: ValueRuntime, p: number): void {
  printhex(rt, rt.m.toUintptr(p));
}

/** The text print(v) produces for a float64 (print.go printfloat: 7 significant digits, e+ddd). */
export function formatFloat(v: number): string {
  if (v !== v) return 'NaN';
  if (v + v === v && v > 0) return '+Inf';
  if (v + v === v && v < 0) return '-Inf';
  const n = 7;
  const buf: string[] = new Array(n + 7);
  buf[0] = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) { v = -v; buf[0] = '-'; }
    while (v >= 10) { e++; v /= 10; }
    while (v < 1) { e--; v *= 10; }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) { e++; v /= 10; }
  }
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    buf[i + 2] = String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) { e = -e; buf[n + 3] = '-'; }
  buf[n + 4] = String.fromCharCode(Math.trunc(e / 100) + 48);
  buf[n + 5] = String.fromCharCode((Math.trunc(e / 10) % 10) + 48);
  buf[n + 6] = String.fromCharCode((e % 10) + 48);
  return buf.join('');
}

export function printfloat(rt: ValueRuntime, v: number): void { gwriteStr(rt, formatFloat(v)); }

export function printcomplex(rt: ValueRuntime, re: number, im: number): void {
  gwriteStr(rt, '(' + formatFloat(re) + formatFloat(im) + 'i)');
}

/** printstring: the bytes of the string whose header is at s (no decoding). */
export function printstring(rt: ValueRuntime, s: number): void {
  const u = rt.m.u32, i = s >>> 2;
  gwriteBytes(rt, u[i], u[i + 2]);
}

/** A simulated address for a type descriptor (Go prints *_type pointers in eface/iface). */
export function typeAddr(rt: ValueRuntime, typeId: number): number {
  return typeId === 0 ? 0 : 0x4a0000 + typeId * 0x40;
}

/** printeface: (type,data). */
export function printeface(rt: ValueRuntime, e: number): void {
  const u = rt.m.u32, i = e >>> 2;
  gwriteStr(rt, '(0x' + typeAddr(rt, u[i]).toString(16) + ',0x' + rt.m.toUintptr(u[i + 2]).toString(16) + ')');
}

/** printiface: (itab,data). */
export function printiface(rt: ValueRuntime, e: number): void {
  const u = rt.m.u32, i = e >>> 2;
  const tab = u[i] === 0 ? 0 : 0x4e0000 + u[i] * 0x20;
  gwriteStr(rt, '(0x' + tab.toString(16) + ',0x' + rt.m.toUintptr(u[i + 2]).toString(16) + ')');
}

/** printslice: [len/cap]0xptr. */
export function printslice(rt: ValueRuntime, s: number): void {
  const u = rt.m.u32, i = s >>> 2;
  gwriteStr(rt, '[' + u[i + 2] + '/' + u[i + 4] + ']0x' + rt.m.toUintptr(u[i]).toString(16));
}
