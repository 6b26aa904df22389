// Interfaces: converting values to interface data words (with Go's allocation-avoiding special cases),
// itabs (built once per (interface, type) pair and cached; rt.itabs[id]), type assertions with Go's
// exact panic texts, and interface equality.
//
// Mirrors src/runtime/iface.go (convT, convTnoptr, convT16/32/64, convTstring, convTslice,
// staticuint64s, getitab, itabInit, assertE2I, typeAssert, panicdottypeE/I) and the compiler's choice
// of conversion function (cmd/compile/internal/walk/convert.go dataWord).

import type { TypeDesc } from './type.js';
import { Kind } from './type.js';
import type { ValueRuntime, Itab } from './ops.js';
import { isDirectIface, memmove, memclr, ldp, dataEqual } from './alg.js';
import { staticuint64s } from './string.js';
import { panicTypeAssert, pinRoot } from './error.js';
import { ldu64 } from './int64.js';
import { gcWriteBarrier, bulkBarrierPreWrite } from './mbarrier.js';
import type { Runtime } from './runtime.js';

/** zeroVal (runtime/runtime.go): a static block of zero bytes for zero strings/slices in interfaces. */
export function zeroVal(rt: ValueRuntime): number {
  let z = rt.$zeroVal as number | undefined;
  if (z !== undefined) return z;
  const m = rt.m as any;
  if (typeof m.allocStatic === 'function' && (m.heapBase === 0 || m.heapBase === undefined)) {
    z = m.allocStatic(1024, 8) as number;
  } else {
    z = rt.mallocgc(1024, null, true);
    pinRoot(rt, z);
  }
  rt.$zeroVal = z;
  return z;
}

/** Allocates the static tables this folder uses; call before the heap starts so they are static data. */
export function initValueStatics(rt: ValueRuntime): void {
  staticuint64s(rt);
  zeroVal(rt);
}

/** The sole non-zero-size component of a struct/array type (types.Type.SoleComponent), or t itself. */
function soleComponent(t: TypeDesc): TypeDesc | null {
  for (;;) {
    if (t.kind === Kind.Struct) {
      const fs = t.fields ?? [];
      if (fs.length !== 1) return null;
      t = fs[0].type;
    } else if (t.kind === Kind.Array) {
      if (t.len !== 1) return null;
      t = t.elem!;
    } else {
      return t;
    }
  }
}

function isIntegerKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Uintptr;
}

/**
 * convT: the interface data word for the value of type t stored at src. Pointer-shaped types give the
 * pointer itself; zero-size values give zerobase; bools/bytes and 2/4/8-byte pointer-free values
 * < 256 point into staticuint64s; "" and nil slices point at zeroVal; otherwise a new heap copy.
 */
export function convT(rt: ValueRuntime, t: TypeDesc, src: number): number {
  if (isDirectIface(t)) return ldp(rt, src);
  const size = t.size;
  if (size === 0) return rt.mallocgc(0, null, false);
  const m = rt.m;
  if (size === 1 && (t.kind === Kind.Bool || isIntegerKind(t.kind))) {
    return staticuint64s(rt) + m.u8[src] * 8;
  }
  const noptr = t.ptrdata === 0;
  if (size === 2 && t.align === 2) { // convT16
    const v = m.u8[src] | (m.u8[src + 1] << 8);
    if (v < 256) return staticuint64s(rt) + v * 8;
    const p = rt.mallocgc(2, t, false);
    rt.m.u8[p] = v & 0xff; rt.m.u8[p + 1] = v >> 8;
    return p;
  }
  if (size === 4 && t.align === 4 && noptr) { // convT32
    const v = m.u32[src >>> 2];
    if (v < 256) return staticuint64s(rt) + v * 8;
    const p = rt.mallocgc(4, t, false);
    rt.m.u32[p >>> 2] = v;
    return p;
  }
  if (size === 8 && t.align === 8 && noptr) { // convT64
    const i = src >>> 2;
    if (m.u32[i + 1] === 0 && m.u32[i] < 256) return staticuint64s(rt) + m.u32[i] * 8;
    const lo = m.u32[i], hi = m.u32[i + 1];
    const p = rt.mallocgc(8, t, false);
    rt.m.u32[p >>> 2] = lo; rt.m.u32[(p >>> 2) + 1] = hi;
    return p;
  }
  const sc = soleComponent(t);
  if (sc && sc.kind === Kind.String) { // convTstring
    if (m.u32[(src >>> 2) + 2] === 0) return zeroVal(rt);
    const ptr = m.u32[src >>> 2], len = m.u32[(src >>> 2) + 2];
    const p = rt.mallocgc(16, t, true);
    const u = rt.m.u32, j = p >>> 2;
    u[j] = ptr; u[j + 1] = 0; u[j + 2] = len; u[j + 3] = 0;
    return p;
  }
  if (sc && sc.kind === Kind.Slice) { // convTslice
    if (m.u32[src >>> 2] === 0) return zeroVal(rt);
    const p = rt.mallocgc(24, t, true);
    memmove(rt, p, src, 24);
    return p;
  }
  // convT / convTnoptr. The source may move if the stack grows during allocation only for stack
  // addresses; the core never grows the stack inside mallocgc, so src stays valid.
  const p = rt.mallocgc(size, t, !noptr);
  memmove(rt, p, src, size);
  return p;
}

// ---- itabs ----

function methodKey(name: string, sig: TypeDesc): string {
  return name + ' ' + sig.str;
}

/**
 * getitab(inter, typ, canfail) (iface.go): the itab id pairing interface type inter with concrete type
 * t; 0 if t lacks a method and canfail, else panics `interface conversion: T is not I: missing method M`.
 */
export function getitab(rt: ValueRuntime, inter: TypeDesc, t: TypeDesc, canfail: boolean): number {
  const cache = (rt.$itabCache ??= new Map<string, number>()) as Map<string, number>;
  const key = inter.id + ':' + t.id;
  let id = cache.get(key);
  if (id === undefined) {
    const imethods = inter.imethods ?? [];
    const methods = t.methods ?? [];
    const fns: number[] = [];
    let missing = '';
    let j = 0;
    for (const im of imethods) {
      const want = methodKey(im.name, im.type);
      let found = -1;
      // Both lists are sorted by name: advance through t's methods.
      while (j < methods.length && methods[j].name < im.name) j++;
      for (let k = j; k < methods.length && methods[k].name === im.name; k++) {
        if (methodKey(methods[k].name, methods[k].type) === want) { found = k; break; }
      }
      if (found < 0) {
        // Fall back to a full search (in case sorting differs) before declaring it missing.
        found = methods.findIndex(mm => methodKey(mm.name, mm.type) === want);
      }
      if (found < 0) { missing = im.name; break; }
      fns.push(methods[found].ifn);
    }
    if (missing !== '') {
      id = 0;
      (rt.$itabMissing ??= new Map<string, string>()).set(key, missing);
    } else {
      if (rt.itabs.length === 0) rt.itabs.push(undefined as unknown as Itab);
      id = rt.itabs.length;
      rt.itabs.push({ id, inter, type: t, fns });
    }
    cache.set(key, id);
  }
  if (id === 0 && !canfail) {
    const missing = (rt.$itabMissing as Map<string, string>).get(key) ?? '';
    panicTypeAssert(rt, null, t, inter, missing);
  }
  return id;
}

/** The dynamic type id in an itab (0 for itab id 0). */
export function itabType(rt: ValueRuntime, itabId: number): number {
  return itabId === 0 ? 0 : rt.itabs[itabId].type.id;
}

/** assertE2I: converting an interface with dynamic type typeId to the non-empty interface inter. */
export function assertE2I(rt: ValueRuntime, inter: TypeDesc, typeId: number): number {
  if (typeId === 0) panicTypeAssert(rt, null, null, inter, '');
  return getitab(rt, inter, rt.types[typeId], false);
}

/** assertE2I2: like assertE2I, but 0 on failure (comma-ok form). */
export function assertE2I2(rt: ValueRuntime, inter: TypeDesc, typeId: number): number {
  if (typeId === 0) return 0;
  return getitab(rt, inter, rt.types[typeId], true);
}

/** panicdottypeE: x.(T) failed for concrete T; have is the dynamic type id (0 = nil). */
export function panicdottypeE(rt: ValueRuntime, have: number, want: TypeDesc, iface: TypeDesc): never {
  return panicTypeAssert(rt, iface, have ? rt.types[have] : null, want, '');
}

function isEmptyInterface(t: TypeDesc): boolean {
  return (t.imethods ?? []).length === 0;
}

/**
 * x.(T) / v, ok := x.(T): src is the address of an interface value of static type srcType; the result
 * (a value of target, or an interface value when target is an interface) is written to dst (if not 0).
 * Returns ok; panics with Go's TypeAssertionError texts when !commaOk. On failure with commaOk, dst
 * gets the zero value.
 */
export function typeAssert(rt: ValueRuntime, dst: number, src: number, srcType: TypeDesc, target: TypeDesc,
  commaOk: boolean): boolean {
  const u = rt.m.u32, i = src >>> 2;
  const w0 = u[i], data = u[i + 2];
  const dynId = isEmptyInterface(srcType) ? w0 : itabType(rt, w0);
  // dst is usually a frame temp, but natives may pass heap memory: the data word (the interface's
  // only pointer) gets the write barrier while marking.
  if (dst !== 0 && rt.writeBarrier && (target.kind === Kind.Interface || target.ptrdata !== 0)) {
    if (target.kind === Kind.Interface) gcWriteBarrier(rt as unknown as Runtime, dst + 8, data);
    else bulkBarrierPreWrite(rt as unknown as Runtime, dst, dynId === target.id && !isDirectIface(target) ? data : 0, target.ptrdata, target);
  }
  if (target.kind === Kind.Interface) {
    if (isEmptyInterface(target)) {
      if (dynId === 0) {
        if (!commaOk) panicTypeAssert(rt, null, null, target, '');
        if (dst) memclr(rt, dst, 16);
        return false;
      }
      if (dst) { const d = dst >>> 2; const v = rt.m.u32; v[d] = dynId; v[d + 1] = 0; v[d + 2] = data; v[d + 3] = 0; }
      return true;
    }
    if (dynId === 0) {
      if (!commaOk) panicTypeAssert(rt, null, null, target, '');
      if (dst) memclr(rt, dst, 16);
      return false;
    }
    const itab = getitab(rt, target, rt.types[dynId], commaOk);
    if (itab === 0) { if (dst) memclr(rt, dst, 16); return false; }
    if (dst) { const d = dst >>> 2; const v = rt.m.u32; v[d] = itab; v[d + 1] = 0; v[d + 2] = data; v[d + 3] = 0; }
    return true;
  }
  if (dynId !== target.id) {
    if (!commaOk) panicdottypeE(rt, dynId, target, srcType);
    if (dst) memclr(rt, dst, target.size);
    return false;
  }
  if (dst) {
    if (isDirectIface(target)) { const v = rt.m.u32, d = dst >>> 2; v[d] = data; v[d + 1] = 0; }
    else memmove(rt, dst, data, target.size);
  }
  return true;
}

/** convI2I: a non-empty interface value's itab for another interface type (0 stays nil). */
export function convI2I(rt: ValueRuntime, inter: TypeDesc, itabId: number): number {
  if (itabId === 0) return 0;
  return getitab(rt, inter, rt.itabs[itabId].type, false);
}

/** efaceeq for two eface values at a and b (== on interface {}): panics on uncomparable dynamic types. */
export function efaceeq(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const t = u[x];
  if (t !== u[y]) return false;
  if (t === 0) return true;
  return dataEqual(rt, rt.types[t], u[x + 2], u[y + 2]);
}

/** ifaceeq for two non-empty interface values at a and b. */
export function ifaceeq(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const tab = u[x], tab2 = u[y];
  if (tab !== tab2) {
    // different itabs can still hold the same dynamic type: a comparison of two interface types
    // with the same methods (Go converts one operand first, giving the same itab)
    if (tab === 0 || tab2 === 0 || rt.itabs[tab].type !== rt.itabs[tab2].type) return false;
  }
  if (tab === 0) return true;
  return dataEqual(rt, rt.itabs[tab].type, u[x + 2], u[y + 2]);
}

/** Reads the uint64 at p (used by print/traceback for interface data). */
export function ldu(rt: ValueRuntime, p: number): number | bigint { return ldu64(rt.m, p); }
