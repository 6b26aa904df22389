// Hashing and equality of Go values in simulated memory, chosen by TypeDesc: memhash for plain
// memory, strhash, float rules (+0 == −0, NaN ≠ NaN and hashes randomly), interfaces by dynamic type,
// structs field by field (blank fields skipped), arrays element by element; plus small memory-word
// helpers shared by the value files.
//
// Mirrors src/runtime/alg.go (memhash, strhash, f32hash, f64hash, c64hash, interhash, nilinterhash,
// typehash, efaceeq/ifaceeq helpers) and the compiler-generated type hash/eq functions. The hash
// function itself is our own 32-bit mix (Go uses AES or wyhash): only its distribution matters.

import type { TypeDesc } from './type.js';
import { Kind } from './type.js';
import type { ValueRuntime } from './ops.js';
import { panicErrorString } from './error.js';
import { gcWriteBarrier, typedmemmoveN, typedmemclr } from './mbarrier.js';
import type { Runtime } from './runtime.js';

// ---- memory word helpers ----

/** Pointer-shaped word (low 32 bits) at addr. */
export function ldp(rt: ValueRuntime, addr: number): number {
  return rt.m.u32[addr >>> 2];
}

/** Stores a pointer-shaped word (high half 0), with the write barrier while marking. */
export function stp(rt: ValueRuntime, addr: number, v: number): void {
  if (rt.writeBarrier) gcWriteBarrier(rt as unknown as Runtime, addr, v);
  const u = rt.m.u32, i = addr >>> 2;
  u[i] = v; u[i + 1] = 0;
}

/** An int word known to be a small non-negative value (lengths, capacities, counts). */
export function ldlen(rt: ValueRuntime, addr: number): number {
  const i = addr >>> 2;
  return rt.m.i32[i + 1] * 4294967296 + rt.m.u32[i];
}

/** Stores an int word from a JS number (safe integer). */
export function stint(rt: ValueRuntime, addr: number, v: number): void {
  const i = addr >>> 2;
  const lo = v >>> 0;
  rt.m.u32[i] = lo;
  rt.m.i32[i + 1] = Math.floor((v - lo) / 4294967296);
}

/** Writes a string header (with the write barrier while marking: the destination may be heap). */
export function ststr(rt: ValueRuntime, addr: number, ptr: number, len: number): void {
  if (rt.writeBarrier) gcWriteBarrier(rt as unknown as Runtime, addr, ptr);
  const u = rt.m.u32, i = addr >>> 2;
  u[i] = ptr; u[i + 1] = 0; u[i + 2] = len; u[i + 3] = 0;
}

/** Writes a slice header (with the write barrier while marking). */
export function stslice(rt: ValueRuntime, addr: number, ptr: number, len: number, cap: number): void {
  if (rt.writeBarrier) gcWriteBarrier(rt as unknown as Runtime, addr, ptr);
  const u = rt.m.u32, i = addr >>> 2;
  u[i] = ptr; u[i + 1] = 0; u[i + 2] = len; u[i + 3] = 0; u[i + 4] = cap; u[i + 5] = 0;
}

/** Untyped memmove, no write barrier: for pointer-free memory, stacks and fresh (zeroed) objects.
 *  Copies of values that may hold pointers into other memory use typedmove. */
export function memmove(rt: ValueRuntime, dst: number, src: number, n: number): void {
  if (n <= 0 || dst === src) return;
  if (n === 8 && ((dst | src) & 3) === 0) {
    const u = rt.m.u32, d = dst >>> 2, s = src >>> 2;
    u[d] = u[s]; u[d + 1] = u[s + 1];
    return;
  }
  rt.m.u8.copyWithin(dst, src, src + n);
}

/** Untyped clear, no write barrier (pointer-free memory, stacks, fresh objects); see typedclr. */
export function memclr(rt: ValueRuntime, p: number, n: number): void {
  if (n > 0) rt.m.u8.fill(0, p, p + n);
}

/** typedmemmove of n bytes of td values (mbarrier.ts): the bulk write barrier, then the copy. */
export function typedmove(rt: ValueRuntime, td: TypeDesc, dst: number, src: number, n: number): void {
  if (td.ptrdata === 0) memmove(rt, dst, src, n);
  else typedmemmoveN(rt as unknown as Runtime, td, dst, src, n);
}

/** typedmemclr of n bytes of td values: shades the pointers being cleared while marking. */
export function typedclr(rt: ValueRuntime, td: TypeDesc, p: number, n: number): void {
  if (td.ptrdata === 0) memclr(rt, p, n);
  else typedmemclr(rt as unknown as Runtime, td, p, n);
}

/**
 * True if values of t are stored directly in an interface data word (Go's KindDirectIface):
 * pointer-shaped types, and structs/arrays whose only content is one pointer-shaped value.
 */
export function isDirectIface(t: TypeDesc): boolean {
  const c = t.$direct as boolean | undefined;
  if (c !== undefined) return c;
  let r = false;
  switch (t.kind) {
    case Kind.Pointer: case Kind.Map: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
      r = true; break;
    case Kind.Struct: {
      const fs = t.fields ?? [];
      r = t.size === 8 && fs.length === 1 && isDirectIface(fs[0].type);
      break;
    }
    case Kind.Array:
      r = t.len === 1 && t.elem !== undefined && isDirectIface(t.elem);
      break;
    default: r = false;
  }
  t.$direct = r;
  return r;
}

// ---- hashing ----

let randState = 0x9e3779b9;
/** Seeds the runtime's cheap random generator (cheaprand, src/runtime/rand.go). */
export function seedRand(rt: ValueRuntime): void {
  const s = rt.seed ?? ((Math.random() * 0x100000000) >>> 0);
  randState = (s ^ 0x9e3779b9) >>> 0 || 1;
  rt.$randState = randState;
}

/** cheaprand (src/runtime/rand.go): 32 random bits from the per-run seeded generator (xorshift32). */
export function cheaprand(rt: ValueRuntime): number {
  let x = (rt.$randState as number | undefined) ?? 0;
  if (x === 0) { seedRand(rt); x = rt.$randState as number; }
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  x >>>= 0;
  rt.$randState = x;
  return x;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** memhash (src/runtime/hash64.go): hash of n bytes at p with seed h. 32-bit result. */
export function memhash(rt: ValueRuntime, p: number, n: number, h: number): number {
  h = (h ^ Math.imul(n, 0x9e3779b1)) | 0;
  let i = 0;
  if ((p & 3) === 0) {
    const u = rt.m.u32;
    const w = p >>> 2;
    const nw = n >>> 2;
    for (; i < nw; i++) h = mix(h, u[w + i]);
    i = nw << 2;
  } else {
    const u8 = rt.m.u8;
    for (; i + 4 <= n; i += 4) {
      h = mix(h, u8[p + i] | (u8[p + i + 1] << 8) | (u8[p + i + 2] << 16) | (u8[p + i + 3] << 24));
    }
  }
  if (i < n) {
    const u8 = rt.m.u8;
    let k = 0;
    for (let s = 0; i < n; i++, s += 8) k |= u8[p + i] << s;
    h = mix(h, k);
  }
  return fmix(h);
}

/** strhash: hash of the bytes of the string whose header is at p. */
export function strhash(rt: ValueRuntime, p: number, h: number): number {
  const u = rt.m.u32, i = p >>> 2;
  return memhash(rt, u[i], u[i + 2], h);
}

function f64hash(rt: ValueRuntime, p: number, h: number): number {
  const f = rt.m.f64[p >>> 3];
  if (f === 0) return fmix(mix(h, 0x3f1)); // +0 and -0
  if (f !== f) return fmix(mix(h ^ cheaprand(rt), 0x7ff)); // NaN: random
  return memhash(rt, p, 8, h);
}

function f32hash(rt: ValueRuntime, p: number, h: number): number {
  const f = rt.m.f32[p >>> 2];
  if (f === 0) return fmix(mix(h, 0x3f2));
  if (f !== f) return fmix(mix(h ^ cheaprand(rt), 0x7fe));
  return memhash(rt, p, 4, h);
}

/** Hash/equal pair of a type (Go's type alg), cached on the TypeDesc. */
export interface Alg {
  /** Null when the type is not comparable (slices, maps, funcs and aggregates of them). */
  hash: ((rt: ValueRuntime, p: number, h: number) => number) | null;
  equal: ((rt: ValueRuntime, a: number, b: number) => boolean) | null;
  /** Equality and hashing are plain byte comparison of size bytes. */
  mem: boolean;
}

function memEqual(rt: ValueRuntime, a: number, b: number, n: number): boolean {
  if (a === b) return true;
  if (((a | b) & 3) === 0 && (n & 3) === 0) {
    const u = rt.m.u32, x = a >>> 2, y = b >>> 2, nw = n >>> 2;
    for (let i = 0; i < nw; i++) if (u[x + i] !== u[y + i]) return false;
    return true;
  }
  const u8 = rt.m.u8;
  for (let i = 0; i < n; i++) if (u8[a + i] !== u8[b + i]) return false;
  return true;
}

/** The hash/equal algorithm of t (src/runtime/alg.go + compiler-generated .eq/.hash functions). */
export function algOf(t: TypeDesc): Alg {
  const c = t.$alg as Alg | undefined;
  if (c) return c;
  const a = makeAlg(t);
  t.$alg = a;
  return a;
}

function memAlg(n: number): Alg {
  return {
    mem: true,
    hash: (rt, p, h) => memhash(rt, p, n, h),
    equal: n === 8
      ? (rt, a, b) => { const u = rt.m.u32, x = a >>> 2, y = b >>> 2; return u[x] === u[y] && u[x + 1] === u[y + 1]; }
      : (rt, a, b) => memEqual(rt, a, b, n),
  };
}

const noAlg: Alg = { mem: false, hash: null, equal: null };

function makeAlg(t: TypeDesc): Alg {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
    case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer:
      return memAlg(t.size);
    case Kind.Float32:
      return { mem: false, hash: f32hash, equal: (rt, a, b) => rt.m.f32[a >>> 2] === rt.m.f32[b >>> 2] };
    case Kind.Float64:
      return { mem: false, hash: f64hash, equal: (rt, a, b) => rt.m.f64[a >>> 3] === rt.m.f64[b >>> 3] };
    case Kind.Complex64:
      return {
        mem: false,
        hash: (rt, p, h) => f32hash(rt, p + 4, f32hash(rt, p, h)),
        equal: (rt, a, b) => { const f = rt.m.f32; return f[a >>> 2] === f[b >>> 2] && f[(a >>> 2) + 1] === f[(b >>> 2) + 1]; },
      };
    case Kind.Complex128:
      return {
        mem: false,
        hash: (rt, p, h) => f64hash(rt, p + 8, f64hash(rt, p, h)),
        equal: (rt, a, b) => { const f = rt.m.f64; return f[a >>> 3] === f[b >>> 3] && f[(a >>> 3) + 1] === f[(b >>> 3) + 1]; },
      };
    case Kind.String:
      return { mem: false, hash: strhash, equal: (rt, a, b) => strEqual(rt, a, b) };
    case Kind.Interface: {
      const empty = (t.imethods ?? []).length === 0;
      return {
        mem: false,
        hash: (rt, p, h) => interhash(rt, p, h, empty),
        equal: (rt, a, b) => empty ? efaceEqualAt(rt, a, b) : ifaceEqualAt(rt, a, b),
      };
    }
    case Kind.Array: {
      const et = t.elem!, n = t.len ?? 0;
      const ea = algOf(et);
      if (!ea.equal || !ea.hash) return noAlg; // arrays of uncomparable elements, even [0]T
      if (ea.mem) return memAlg(t.size);
      const es = et.size, eh = ea.hash, eq = ea.equal;
      return {
        mem: false,
        hash: (rt, p, h) => { for (let i = 0; i < n; i++) h = eh(rt, p + i * es, h); return h; },
        equal: (rt, a, b) => { for (let i = 0; i < n; i++) if (!eq(rt, a + i * es, b + i * es)) return false; return true; },
      };
    }
    case Kind.Struct: {
      const fs = (t.fields ?? []).filter(f => f.name !== '_');
      let plain = fs.length === (t.fields ?? []).length;
      let sum = 0;
      const parts: { off: number; a: Alg; size: number }[] = [];
      for (const f of fs) {
        const fa = algOf(f.type);
        if (!fa.equal || !fa.hash) return noAlg;
        if (!fa.mem) plain = false;
        sum += f.type.size;
        if (f.type.size > 0) parts.push({ off: f.offset, a: fa, size: f.type.size });
      }
      if (plain && sum === t.size) return memAlg(t.size);
      return {
        mem: false,
        hash: (rt, p, h) => { for (const x of parts) h = x.a.hash!(rt, p + x.off, h); return h; },
        equal: (rt, a, b) => { for (const x of parts) if (!x.a.equal!(rt, a + x.off, b + x.off)) return false; return true; },
      };
    }
    case Kind.Slice: case Kind.Map: case Kind.Func:
      return noAlg;
    case Kind.Invalid:
      return memAlg(0);
    default: {
      const _never: never = t.kind;
      return _never;
    }
  }
}

/** Equality of the strings whose headers are at a and b. */
export function strEqual(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const n = u[x + 2];
  if (n !== u[y + 2]) return false;
  const pa = u[x], pb = u[y];
  return pa === pb || memEqual(rt, pa, pb, n);
}

/** Dynamic type of an interface value's first word (type id for eface, itab id for iface). */
function dynType(rt: ValueRuntime, word: number, empty: boolean): TypeDesc | undefined {
  if (word === 0) return undefined;
  return empty ? rt.types[word] : rt.itabs[word].type;
}

/** interhash/nilinterhash (alg.go): hash by the dynamic type; panics on unhashable dynamic types. */
function interhash(rt: ValueRuntime, p: number, h: number, empty: boolean): number {
  const u = rt.m.u32, i = p >>> 2;
  const t = dynType(rt, u[i], empty);
  if (!t) return fmix(mix(h, 0x1f));
  const a = algOf(t);
  if (!a.hash) panicErrorString(rt, 'hash of unhashable type ' + t.str);
  h = mix(h, t.id);
  if (isDirectIface(t)) return a.hash!(rt, p + 8, h);
  return a.hash!(rt, u[i + 2], h);
}

/** efaceeq/ifaceeq body: equality of two data words of dynamic type t (alg.go). */
export function dataEqual(rt: ValueRuntime, t: TypeDesc, x: number, y: number): boolean {
  const a = algOf(t);
  if (!a.equal) panicErrorString(rt, 'comparing uncomparable type ' + t.str);
  if (isDirectIface(t)) return x === y;
  return a.equal!(rt, x, y);
}

export function efaceEqualAt(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const ta = u[x];
  if (ta !== u[y]) return false;
  if (ta === 0) return true;
  return dataEqual(rt, rt.types[ta], u[x + 2], u[y + 2]);
}

export function ifaceEqualAt(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const ta = u[x];
  if (ta !== u[y]) {
    // Different itabs can still share a dynamic type only if the interface types differ; Go compares
    // itabs for same-type interfaces, so ids are unique per (inter, type): unequal.
    return false;
  }
  if (ta === 0) return true;
  return dataEqual(rt, rt.itabs[ta].type, u[x + 2], u[y + 2]);
}

/** typehash (alg.go): hash of the value of type t at p; panics for unhashable types. */
export function typehash(rt: ValueRuntime, t: TypeDesc, p: number, seed: number): number {
  const a = algOf(t);
  if (!a.hash) panicErrorString(rt, 'hash of unhashable type ' + t.str);
  return a.hash!(rt, p, seed | 0);
}

/** Equality of two values of type t at a and b (== on comparable types; panics on uncomparable). */
export function typeequal(rt: ValueRuntime, t: TypeDesc, a: number, b: number): boolean {
  const al = algOf(t);
  if (!al.equal) panicErrorString(rt, 'comparing uncomparable type ' + t.str);
  return al.equal!(rt, a, b);
}

/** Whether t == t for every value (no floats/interfaces inside): Go's isReflexive (reflect/type.go). */
export function isReflexive(t: TypeDesc): boolean {
  switch (t.kind) {
    case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128: case Kind.Interface:
      return false;
    case Kind.Array: return isReflexive(t.elem!);
    case Kind.Struct: return (t.fields ?? []).every(f => isReflexive(f.type));
    default: return true;
  }
}

/** Whether a map assignment must overwrite an equal existing key (needKeyUpdate, reflect/type.go). */
export function needKeyUpdate(t: TypeDesc): boolean {
  switch (t.kind) {
    case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128: case Kind.Interface:
    case Kind.String:
      return true;
    case Kind.Array: return needKeyUpdate(t.elem!);
    case Kind.Struct: return (t.fields ?? []).some(f => needKeyUpdate(f.type));
    default: return false;
  }
}

/** Whether hashing a value of t can panic (interfaces inside): hashMightPanic (reflect/type.go). */
export function hashMightPanic(t: TypeDesc): boolean {
  switch (t.kind) {
    case Kind.Interface: return true;
    case Kind.Array: return hashMightPanic(t.elem!);
    case Kind.Struct: return (t.fields ?? []).some(f => hashMightPanic(f.type));
    default: return false;
  }
}
