// The runtime-values entry points (maps, strings, slices, interfaces, panics, printing) installed on
// the Runtime instance under their Go names, plus the structural view of the core runtime these
// files rely on (ValueRuntime). The core's `class Runtime` calls attachValueOps(this) in its
// constructor; emitted code then calls `$rt.mapaccess1(t, h, k)` etc.
//
// No single Go file: this is the glue Go gets for free from the linker (runtime.mapaccess1 …).

import type { Memory } from './memory.js';
import type { TypeDesc, FuncInfo } from './type.js';
import * as mapm from './map.js';
import * as alg from './alg.js';
import * as str from './string.js';
import * as slc from './slice.js';
import * as ifc from './iface.js';
import * as pan from './panic.js';
import * as err from './error.js';
import * as tb from './traceback.js';
import * as prt from './print.js';

/** One itab (src/runtime/runtime2.go itab): interface type, concrete type, method fn indices. */
export interface Itab {
  id: number;
  inter: TypeDesc;
  type: TypeDesc;
  /** rt.funcs indices of the concrete type's methods, in inter.imethods order (ifn: data-word receiver). */
  fns: number[];
}

/**
 * What this folder needs from the core runtime (src/runtime/runtime.ts `class Runtime`). Declared
 * structurally so these files do not depend on the core's class shape; the real Runtime satisfies it.
 */
export interface ValueRuntime {
  m: Memory;
  types: TypeDesc[];
  funcs: FuncInfo[];
  mallocgc(size: number, td: TypeDesc | null, needzero: boolean): number;
  newobject(td: TypeDesc): number;
  /** write(fd, bytes): program output (1 = stdout, 2 = stderr). */
  write?(fd: number, bytes: Uint8Array): void;
  /** Calls compiled Go code from a native (core): returns the possibly moved arg base. */
  callGo?(csp: number, fnIndex: number, ctx: number, argsSize: number,
    writeArgs: ((argBase: number) => void) | null, scalarArgs?: unknown[]): { ret: unknown; argBase: number };
  /** Registers n FuncInfos, returning the first index (core). */
  registerFuncs?(infos: FuncInfo[]): number;
  /** GC root scanners (core): each is called with mark(objectAddr) during markroot. */
  rootScanners?: Array<(mark: (p: number) => void) => void>;
  stackHi?: number;
  stackLo?: number;
  /** Per-run seed for map iteration order / hash seeds. */
  seed?: number;
  /** JS line → Go line of the emitted module, and its URL (for tracebacks). */
  lineMap?: Int32Array;
  moduleURL?: string;
  /** The running goroutine (core/scheduler): id and creation info for tracebacks. */
  curg?: { goid: number; parentGoid?: number; createdBy?: { name: string; file: string; line: number } } | null;
  /** Itab table (index = itab id, never 0), created by attachValueOps when missing. */
  itabs: Itab[];
  [k: string]: any;
}

/** Installs every entry point of this folder on rt (called by the core's constructor). */
export function attachValueOps(rtAny: unknown): void {
  const rt = rtAny as ValueRuntime;
  if (!rt.itabs) rt.itabs = [undefined as unknown as Itab];
  const r: any = rt;
  // staticuint64s and zeroVal live in static data (simulated 0x4c…) when the heap has not started.
  if (rt.m && (rt.m as any).heapBase === 0) ifc.initValueStatics(rt);
  // map.go
  r.makemap = (t: TypeDesc, hint: number | bigint, h?: number) => mapm.makemap(rt, t, hint, h ?? 0);
  r.makemap_small = (t: TypeDesc) => mapm.makemap(rt, t, 0, 0);
  r.mapaccess1 = (t: TypeDesc, h: number, k: number) => mapm.mapaccess1(rt, t, h, k);
  r.mapaccess2 = (t: TypeDesc, h: number, k: number) => mapm.mapaccess2(rt, t, h, k);
  r.mapassign = (t: TypeDesc, h: number, k: number) => mapm.mapassign(rt, t, h, k);
  r.mapdelete = (t: TypeDesc, h: number, k: number) => mapm.mapdelete(rt, t, h, k);
  r.mapiterinit = (t: TypeDesc, h: number, it: number) => mapm.mapiterinit(rt, t, h, it);
  r.mapiternext = (it: number) => mapm.mapiternext(rt, it);
  r.mapclear = (t: TypeDesc, h: number) => mapm.mapclear(rt, t, h);
  r.maplen = (h: number) => mapm.maplen(rt, h);
  // alg.go
  r.typehash = (t: TypeDesc, p: number, seed: number) => alg.typehash(rt, t, p, seed);
  r.typeequal = (t: TypeDesc, a: number, b: number) => alg.typeequal(rt, t, a, b);
  // string.go
  r.concatstrings = (dst: number, addrs: number[], buf?: number) => str.concatstrings(rt, dst, addrs, buf ?? 0);
  r.slicebytetostring = (dst: number, p: number, n: number, buf?: number) => str.slicebytetostring(rt, dst, p, n, buf ?? 0);
  r.stringtoslicebyte = (dst: number, s: number, buf?: number) => str.stringtoslicebyte(rt, dst, s, buf ?? 0);
  r.stringtoslicerune = (dst: number, s: number, buf?: number) => str.stringtoslicerune(rt, dst, s, buf ?? 0);
  r.slicerunetostring = (dst: number, p: number, n: number, buf?: number) => str.slicerunetostring(rt, dst, p, n, buf ?? 0);
  r.intstring = (dst: number, v: number | bigint, buf?: number) => str.intstring(rt, dst, v, buf ?? 0);
  r.cmpstring = (a: number, b: number) => str.cmpstring(rt, a, b);
  r.eqstring = (a: number, b: number) => str.eqstring(rt, a, b);
  r.decoderune = (s: number, k: number) => str.decoderune(rt, s, k);
  r.makeStringFromJS = (dst: number, s: string) => str.makeStringFromJS(rt, dst, s);
  r.gostring = (s: number) => str.gostring(rt, s);
  r.slicebytetostringtmp = (dst: number, p: number, n: number) => str.slicebytetostringtmp(rt, dst, p, n);
  r.countrunes = (s: number) => str.countrunes(rt, s);
  // slice.go
  r.makeslice = (dst: number, et: TypeDesc, len: number | bigint, cap: number | bigint) =>
    slc.makeslice(rt, dst, et, len, cap);
  r.growslice = (dst: number, src: number, et: TypeDesc, addLen: number) => slc.growslice(rt, dst, src, et, addLen);
  r.appendzero = (dst: number, src: number, addLen: number | bigint) => slc.appendzero(rt, dst, src, addLen);
  r.slicecopy = (toPtr: number, toLen: number, fromPtr: number, fromLen: number, width: number, et?: TypeDesc) =>
    slc.slicecopy(rt, toPtr, toLen, fromPtr, fromLen, width, et);
  r.panicmakeslicelen = () => slc.panicmakeslicelen(rt);
  r.panicmakeslicecap = () => slc.panicmakeslicecap(rt);
  // iface.go
  r.convT = (t: TypeDesc, src: number) => ifc.convT(rt, t, src);
  r.getitab = (inter: TypeDesc, t: TypeDesc, canfail: boolean) => ifc.getitab(rt, inter, t, canfail);
  r.assertE2I = (inter: TypeDesc, typeId: number) => ifc.assertE2I(rt, inter, typeId);
  r.assertE2I2 = (inter: TypeDesc, typeId: number) => ifc.assertE2I2(rt, inter, typeId);
  r.typeAssert = (dst: number, src: number, srcType: TypeDesc, target: TypeDesc, commaOk: boolean) =>
    ifc.typeAssert(rt, dst, src, srcType, target, commaOk);
  r.convI2I = (inter: TypeDesc, itabId: number) => ifc.convI2I(rt, inter, itabId);
  r.initValueStatics = () => ifc.initValueStatics(rt);
  r.zeroVal = () => ifc.zeroVal(rt);
  r.staticuint64s = () => str.staticuint64s(rt);
  r.panicdottypeE = (have: number, want: TypeDesc, iface: TypeDesc) => ifc.panicdottypeE(rt, have, want, iface);
  r.efaceeq = (a: number, b: number) => ifc.efaceeq(rt, a, b);
  r.ifaceeq = (a: number, b: number) => ifc.ifaceeq(rt, a, b);
  r.itabType = (itabId: number) => ifc.itabType(rt, itabId);
  r.isDirectIface = (t: TypeDesc) => alg.isDirectIface(t);
  // panic.go / error.go
  r.gopanic = (eface: number) => pan.gopanic(rt, eface);
  r.gopanicValue = (typeId: number, data: number) => pan.gopanicValue(rt, typeId, data);
  r.gorecover = (dst: number, callerCsp?: number) => pan.gorecover(rt, dst, callerCsp);
  r.deferArgp = (p: pan.GoPanic | null, sp: number) => pan.deferArgp(rt, p, sp);
  r.panicking = (e: unknown, current?: pan.GoPanic | null) => pan.panicking(rt, e, current ?? null);
  r.recovered = (p: pan.GoPanic) => pan.recovered(rt, p);
  r.panicIndex = (i: number | bigint, n: number | bigint) => err.panicIndex(rt, i, n);
  r.panicIndexU = (i: number | bigint, n: number | bigint) => err.panicIndexU(rt, i, n);
  r.panicSliceAlen = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.SliceAlen, i, n, true);
  r.panicSliceAcap = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.SliceAcap, i, n, true);
  r.panicSliceB = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.SliceB, i, n, true);
  r.panicSlice3Alen = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.Slice3Alen, i, n, true);
  r.panicSlice3Acap = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.Slice3Acap, i, n, true);
  r.panicSlice3B = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.Slice3B, i, n, true);
  r.panicSlice3C = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.Slice3C, i, n, true);
  r.panicSliceConvert = (i: number | bigint, n: number | bigint) => err.panicBounds(rt, err.Bounds.Convert, i, n, true);
  r.panicBounds = (code: number, x: number | bigint, y: number | bigint, signed: boolean) =>
    err.panicBounds(rt, code, x, y, signed);
  r.panicdivide = () => err.panicdivide(rt);
  r.panicoverflow = () => err.panicoverflow(rt);
  r.panicnil = () => err.panicnil(rt);
  r.panicmem = () => err.panicnil(rt);
  r.panicshift = () => err.panicshift(rt);
  r.panicunsafeslicelen = () => err.panicErrorString(rt, 'unsafe.Slice: len out of range');
  r.panicunsafeslicenilptr = () => err.panicErrorString(rt, 'unsafe.Slice: ptr is nil and len is not zero');
  r.panicunsafestringlen = () => err.panicErrorString(rt, 'unsafe.String: len out of range');
  r.panicunsafestringnilptr = () => err.panicErrorString(rt, 'unsafe.String: ptr is nil and len is not zero');
  r.panicPlain = (msg: string) => err.panicPlain(rt, msg);
  r.panicErrorString = (msg: string) => err.panicErrorString(rt, msg);
  r.formatPanic = (p: pan.GoPanic) => tb.formatPanic(rt, p);
  r.goexit = () => pan.goexit(rt);
  r.throw = (msg: string) => tb.fatal(rt, msg);
  r.fatal = (msg: string) => tb.fatal(rt, msg);
  r.printpanicval = (typeId: number, data: number) => tb.panicValueString(rt, typeId, data);
  // print.go
  r.printlock = () => prt.printlock(rt);
  r.printunlock = () => prt.printunlock(rt);
  r.printbool = (v: boolean) => prt.printbool(rt, v);
  r.printint = (v: number | bigint) => prt.printint(rt, v);
  r.printuint = (v: number | bigint) => prt.printuint(rt, v);
  r.printfloat = (v: number) => prt.printfloat(rt, v);
  r.printcomplex = (re: number, im: number) => prt.printcomplex(rt, re, im);
  r.printstring = (s: number) => prt.printstring(rt, s);
  r.printpointer = (p: number) => prt.printpointer(rt, p);
  r.printuintptr = (p: number | bigint) => prt.printuint(rt, p); // Go: printuintptr is printuint
  r.printhex = (p: number | bigint) => prt.printhex(rt, p);
  r.printeface = (e: number) => prt.printeface(rt, e);
  r.printiface = (i: number) => prt.printiface(rt, i);
  r.printslice = (s: number) => prt.printslice(rt, s);
  r.printsp = () => prt.printsp(rt);
  r.printnl = () => prt.printnl(rt);
  r.printflush = () => prt.printflush(rt);
}
