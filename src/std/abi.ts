// The contract between std natives and the runtime (ARCHITECTURE.md §1–§6): the subset of the
// Runtime (src/runtime/runtime.ts, `$rt`) that natives use, declared structurally so this folder
// compiles on its own, plus small helpers for reading/writing Go values (strings, slices,
// interfaces, 64-bit words) in simulated memory from a native.
import type { FuncInfo, TypeDesc } from '../runtime/type.js';

/** Typed views over the one simulated address space (src/runtime/memory.ts). */
export interface MemoryViews {
  u8: Uint8Array; i8: Int8Array; u16: Uint16Array; i16: Int16Array;
  u32: Uint32Array; i32: Int32Array; f32: Float32Array; f64: Float64Array;
}

/** What natives need from the runtime. The real Runtime satisfies this structurally. */
export interface NativeRuntime {
  m: MemoryViews;
  types: (TypeDesc | undefined)[];
  funcs: (FuncInfo | undefined)[];
  stackHi: number;
  mallocgc(size: number, td: TypeDesc | null, needzero: boolean): number;
  /** Calls compiled Go function fnIndex from a native frame at csp; see runtime.ts. */
  callGo(csp: number, fnIndex: number, ctx: number, argsSize: number,
    writeArgs: ((argBase: number) => void) | null, scalarArgs: unknown[]): { ret: unknown; argBase: number };
  write(fd: number, bytes: Uint8Array): unknown;
  [extra: string]: any;
}

/** A native: JS signature (csp, ctx, ...scalarArgs) of ARCHITECTURE.md §3. */
export type NativeFn = (csp: number, ctx: number, ...args: any[]) => any;
export type NativeFactory = (rt: NativeRuntime) => Record<string, NativeFn>;

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: false });

export function utf8Encode(s: string): Uint8Array { return enc.encode(s); }

/** Reads a uint64/int as a JS number (exact below 2^53; lengths and pointers always are). */
export function ldWord(m: MemoryViews, a: number): number {
  return m.u32[a >>> 2] + m.u32[(a + 4) >>> 2] * 4294967296;
}

/** Reads an int64 at a as canonical number-or-bigint. */
export function ldInt64(m: MemoryViews, a: number): number | bigint {
  const lo = m.u32[a >>> 2], hi = m.i32[(a + 4) >>> 2];
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** Reads a uint64 at a as canonical number-or-bigint. */
export function ldUint64(m: MemoryViews, a: number): number | bigint {
  const lo = m.u32[a >>> 2], hi = m.u32[(a + 4) >>> 2];
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** Stores a 64-bit integer (number or bigint, signed or unsigned) at a. */
export function stWord(m: MemoryViews, a: number, v: number | bigint): void {
  if (typeof v === 'number' && v >= 0 && v < 4294967296) {
    m.u32[a >>> 2] = v; m.u32[(a + 4) >>> 2] = 0; return;
  }
  const b = BigInt.asUintN(64, BigInt(v));
  m.u32[a >>> 2] = Number(b & 0xffffffffn);
  m.u32[(a + 4) >>> 2] = Number(b >> 32n);
}

/** Canonical form of a 64-bit value: number when safe, else bigint. */
export function canon(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Bytes of the Go string whose header is at a (a view, not a copy). */
export function stringBytes(m: MemoryViews, a: number): Uint8Array {
  const p = m.u32[a >>> 2], n = ldWord(m, a + 8);
  return m.u8.subarray(p, p + n);
}

/** The Go string whose header is at a, decoded from UTF-8 (invalid bytes become U+FFFD). */
export function readString(m: MemoryViews, a: number): string {
  return dec.decode(stringBytes(m, a));
}

/** Decodes UTF-8 bytes to a JS string. */
export function utf8Decode(b: Uint8Array): string { return dec.decode(b); }

/** Slice header at a: [ptr, len, cap]. */
export function sliceHeader(m: MemoryViews, a: number): [number, number, number] {
  return [m.u32[a >>> 2], ldWord(m, a + 8), ldWord(m, a + 16)];
}

/** Writes a slice header {ptr, len, cap} at a. */
export function stSlice(m: MemoryViews, a: number, p: number, len: number, cap: number): void {
  stWord(m, a, p); stWord(m, a + 8, len); stWord(m, a + 16, cap);
}

/**
 * Allocates a new Go string holding bytes b (noscan, like rawstring) and writes its header at dst.
 * The empty string allocates nothing. dst must not be a stack address that a GC could move.
 */
export function newString(rt: NativeRuntime, dst: number, b: Uint8Array): void {
  const m0 = rt.m;
  // dst may be heap memory (fmt.Sscan into a *string): the write barrier while marking.
  if (b.length === 0) { if (rt.writeBarrier) rt.gcWriteBarrier(dst, 0); stWord(m0, dst, 0); stWord(m0, dst + 8, 0); return; }
  const p = rt.mallocgc(b.length, null, false);
  const m = rt.m; // views may have been replaced by growth
  m.u8.set(b, p);
  if (rt.writeBarrier) rt.gcWriteBarrier(dst, p);
  stWord(m, dst, p); stWord(m, dst + 8, b.length);
}

/** Like newString for a JS string (UTF-8 encoded). */
export function newStringJS(rt: NativeRuntime, dst: number, s: string): void {
  newString(rt, dst, enc.encode(s));
}

/**
 * Stable addressing of a native's own argument area across calls back into Go: the stack may move
 * (morestack), so remember the distance from stackHi and recompute (ARCHITECTURE.md §3).
 */
export class ArgBase {
  private readonly fo: number;
  constructor(private readonly rt: NativeRuntime, csp: number) { this.fo = rt.stackHi - csp; }
  /** Current address of the argument area (csp + 8). */
  get a(): number { return this.rt.stackHi - this.fo + 8; }
}

/** Looks up a compiled Go function's index by its qualified name ("fmt.callMethod"), cached. */
export function funcIndex(rt: NativeRuntime, name: string): number {
  let cache = rt.__stdFuncIndex as Map<string, number> | undefined;
  if (!cache) { cache = new Map(); rt.__stdFuncIndex = cache; }
  let i = cache.get(name);
  if (i !== undefined && rt.funcs[i]?.name === name) return i;
  i = -1;
  for (let k = 0; k < rt.funcs.length; k++) if (rt.funcs[k]?.name === name) { i = k; break; }
  if (i < 0) throw new Error('gomemlab std: compiled function ' + name + ' not found');
  cache.set(name, i);
  return i;
}

/** Finds a registered type descriptor by its %T string ("*fmt.pp"), or undefined. */
export function typeByString(rt: NativeRuntime, str: string): TypeDesc | undefined {
  for (const t of rt.types) if (t && t.str === str) return t;
  return undefined;
}
