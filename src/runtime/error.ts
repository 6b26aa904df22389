// Runtime error values as real Go values: runtime.errorString, runtime.plainError, runtime.boundsError,
// *runtime.TypeAssertionError and *runtime.PanicNilError, each a registered TypeDesc whose Error()
// (and RuntimeError()) methods are native functions in rt.funcs, so recover() + fmt.Println(r) prints
// `runtime error: …` like Go. Also the panic helpers the compiler inserts (panicIndex, panicdivide …).
//
// Mirrors src/runtime/error.go (Error, errorString, plainError, boundsError, boundsErrorFmts,
// TypeAssertionError, PanicNilError) and the panic* helpers of src/runtime/panic.go.

import type { TypeDesc, FuncInfo, MethodDesc } from './type.js';
import { Kind } from './type.js';
import type { ValueRuntime } from './ops.js';
import { gopanicValue } from './panic.js';
import { makeStringFromJS, gostring } from './string.js';
import { ldp, stp } from './alg.js';
import { ld64, st64 } from './int64.js';

// ---- registering runtime-owned types and native methods ----

interface RtTypes {
  string: TypeDesc;
  funcString: TypeDesc;
  funcVoid: TypeDesc;
  errorString: TypeDesc;
  plainError: TypeDesc;
  boundsError: TypeDesc;
  typeAssertionError: TypeDesc;
  ptrTypeAssertionError: TypeDesc;
  panicNilError: TypeDesc;
  ptrPanicNilError: TypeDesc;
  /** Cached static-like error values (data words), kept alive as runtime roots. */
  values: Map<string, number>;
}

/** Registers a runtime-synthesised TypeDesc in rt.types (id = next free index, never 0). */
export function registerRuntimeType(rt: ValueRuntime, td: TypeDesc): TypeDesc {
  if (rt.types.length === 0) rt.types.push(undefined as unknown as TypeDesc);
  td.id = rt.types.length;
  rt.types.push(td);
  return td;
}

/** Registers a native function (JS signature (csp, ctx, ...scalars)) in rt.funcs; returns its index. */
export function registerNativeFunc(rt: ValueRuntime, name: string, file: string, line: number,
  argsSize: number, argPtrs: number[], fn: (...args: any[]) => any): number {
  const info: FuncInfo = {
    index: 0, name, file, line, frameSize: 0, argsSize,
    ptrmap: new Int32Array(0), argPtrmap: Int32Array.from(argPtrs), fn,
  };
  info.jsName = undefined;
  if (rt.registerFuncs) {
    const base = rt.registerFuncs([info]);
    info.index = base;
    return base;
  }
  if (rt.funcs.length === 0) rt.funcs.push(undefined as unknown as FuncInfo);
  info.index = rt.funcs.length;
  rt.funcs.push(info);
  return info.index;
}

function pins(rt: ValueRuntime): Map<number, number> {
  let m = rt.$pins as Map<number, number> | undefined;
  if (!m) {
    const mm = new Map<number, number>();
    m = mm;
    rt.$pins = mm;
    // The core's GC calls every root scanner with mark(objectAddr) during markroot.
    const scanners = (rt as any).rootScanners as Array<(mark: (p: number) => void) => void> | undefined;
    if (Array.isArray(scanners)) scanners.push(mark => { for (const p of mm.keys()) mark(p); });
  }
  return m;
}

/** Keeps a runtime-held heap object alive (Go keeps these in globals); refcounted. */
export function pinRoot(rt: ValueRuntime, addr: number): void {
  if (addr === 0) return;
  const m = pins(rt);
  m.set(addr, (m.get(addr) ?? 0) + 1);
}

/** Drops one pinRoot of addr. */
export function unpinRoot(rt: ValueRuntime, addr: number): void {
  const m = pins(rt);
  const n = m.get(addr);
  if (n === undefined) return;
  if (n <= 1) m.delete(addr); else m.set(addr, n - 1);
}

function baseType(kind: Kind, str: string, size: number, align: number, ptrs: number[], extra: Partial<TypeDesc> = {}): TypeDesc {
  return {
    id: 0, kind, size, align, fieldAlign: align, ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0,
    ptrs: Int32Array.from(ptrs), str, name: '', pkgPath: '', named: false, ...extra,
  } as TypeDesc;
}

/** Finds a type already registered by the emitted module (by its %T string) or registers `make()`. */
export function findOrMakeType(rt: ValueRuntime, str: string, make: () => TypeDesc): TypeDesc {
  const cache = (rt.$typeByStr ??= new Map<string, TypeDesc>()) as Map<string, TypeDesc>;
  let t = cache.get(str);
  if (t) return t;
  for (const x of rt.types) if (x && x.str === str && !x.$synthetic) { t = x; break; }
  if (!t) { t = make(); t.$synthetic = true; registerRuntimeType(rt, t); }
  cache.set(str, t);
  return t;
}

/** Native Error()/String() method: receiver data word at csp+8 (ifn form), string result at csp+16. */
function stringMethod(rt: ValueRuntime, recvSize: number, text: (recv: number) => string) {
  const resOff = 8 + ((recvSize + 7) & ~7);
  return (csp: number) => {
    const s = text(csp + 8);
    makeStringFromJS(rt, csp + resOff, s);
  };
}

function addMethods(rt: ValueRuntime, t: TypeDesc, owner: string, recvSize: number, recvIsDirect: boolean,
  errorText: (data: number) => string, funcString: TypeDesc, funcVoid: TypeDesc, runtimeError: boolean): void {
  // ifn: receiver is the interface data word (a pointer to the value unless direct).
  const ifnErr = registerNativeFunc(rt, `runtime.${owner}.Error`, '$GOROOT/src/runtime/error.go', 0, 24, [0],
    stringMethod(rt, 8, p => errorText(ldp(rt, p))));
  // tfn: ordinary receiver in the arg area (the value itself).
  const tfnErr = recvIsDirect ? ifnErr : registerNativeFunc(rt, `runtime.${owner}.Error`,
    '$GOROOT/src/runtime/error.go', 0, ((recvSize + 7) & ~7) + 16, Array.from(t.ptrs), stringMethod(rt, recvSize, p => errorText(p)));
  const methods: MethodDesc[] = [{ name: 'Error', type: funcString, ifn: ifnErr, tfn: tfnErr }];
  if (runtimeError) {
    const nop = registerNativeFunc(rt, `runtime.${owner}.RuntimeError`, '$GOROOT/src/runtime/error.go', 0, 8, [], () => {});
    methods.push({ name: 'RuntimeError', type: funcVoid, ifn: nop, tfn: nop });
  }
  t.methods = methods;
}

/** The runtime's own types, registered on first use. */
export function rtTypes(rt: ValueRuntime): RtTypes {
  const c = rt.$rtTypes as RtTypes | undefined;
  if (c) return c;
  const string = findOrMakeType(rt, 'string', () =>
    baseType(Kind.String, 'string', 16, 8, [0], { name: 'string', named: true }));
  const funcString = findOrMakeType(rt, 'func() string', () =>
    baseType(Kind.Func, 'func() string', 8, 8, [0], { params: [], results: [string], variadic: false }));
  const funcVoid = findOrMakeType(rt, 'func()', () =>
    baseType(Kind.Func, 'func()', 8, 8, [0], { params: [], results: [], variadic: false }));
  const named = (kind: Kind, name: string, size: number, ptrs: number[], extra: Partial<TypeDesc> = {}) => {
    const t = baseType(kind, 'runtime.' + name, size, 8, ptrs, { name, pkgPath: 'runtime', named: true, ...extra });
    t.$synthetic = true;
    return registerRuntimeType(rt, t);
  };
  const errorString = named(Kind.String, 'errorString', 16, [0]);
  const plainError = named(Kind.String, 'plainError', 16, [0]);
  const int64T = findOrMakeType(rt, 'int64', () => baseType(Kind.Int64, 'int64', 8, 8, [], { name: 'int64', named: true }));
  const intT = findOrMakeType(rt, 'int', () => baseType(Kind.Int, 'int', 8, 8, [], { name: 'int', named: true }));
  const boolT = findOrMakeType(rt, 'bool', () => baseType(Kind.Bool, 'bool', 1, 1, [], { name: 'bool', named: true }));
  const uint8T = findOrMakeType(rt, 'uint8', () => baseType(Kind.Uint8, 'uint8', 1, 1, [], { name: 'uint8', named: true }));
  const uintptrT = findOrMakeType(rt, 'uintptr', () => baseType(Kind.Uintptr, 'uintptr', 8, 8, [], { name: 'uintptr', named: true }));
  const fld = (name: string, type: TypeDesc, offset: number) =>
    ({ name, type, offset, embedded: false, exported: false, tag: '' });
  const boundsError = named(Kind.Struct, 'boundsError', 24, [], {
    fields: [fld('x', int64T, 0), fld('y', intT, 8), fld('signed', boolT, 16), fld('code', uint8T, 17)],
  });
  // The *_type fields hold type ids (not heap pointers), so only missingMethod's bytes are scanned.
  const typeAssertionError = named(Kind.Struct, 'TypeAssertionError', 40, [24], {
    fields: [fld('_interface', uintptrT, 0), fld('concrete', uintptrT, 8), fld('asserted', uintptrT, 16),
      fld('missingMethod', string, 24)],
  });
  const ptrTypeAssertionError = registerRuntimeType(rt,
    { ...baseType(Kind.Pointer, '*runtime.TypeAssertionError', 8, 8, [0], { elem: typeAssertionError }), $synthetic: true });
  const panicNilError = named(Kind.Struct, 'PanicNilError', 0, [], { fields: [] });
  const ptrPanicNilError = registerRuntimeType(rt,
    { ...baseType(Kind.Pointer, '*runtime.PanicNilError', 8, 8, [0], { elem: panicNilError }), $synthetic: true });
  const r: RtTypes = {
    string, funcString, funcVoid, errorString, plainError, boundsError, typeAssertionError,
    ptrTypeAssertionError, panicNilError, ptrPanicNilError, values: new Map(),
  };
  rt.$rtTypes = r;
  addMethods(rt, errorString, 'errorString', 16, false, p => 'runtime error: ' + gostring(rt, p), funcString, funcVoid, true);
  addMethods(rt, plainError, 'plainError', 16, false, p => gostring(rt, p), funcString, funcVoid, true);
  addMethods(rt, boundsError, 'boundsError', 24, false, p => 'runtime error: ' + boundsErrorText(rt, p), funcString, funcVoid, true);
  addMethods(rt, ptrTypeAssertionError, '(*TypeAssertionError)', 8, true, p => typeAssertionErrorText(rt, p), funcString, funcVoid, true);
  addMethods(rt, ptrPanicNilError, '(*PanicNilError)', 8, true, () => 'panic called with nil argument', funcString, funcVoid, true);
  return r;
}

/**
 * The Error() text of a runtime-owned error value (type id + data word), or null if the type is not
 * one of ours (used by tracebacks without calling into Go).
 */
export function runtimeErrorText(rt: ValueRuntime, typeId: number, data: number): string | null {
  const r = rt.$rtTypes as RtTypes | undefined;
  if (!r) return null;
  if (typeId === r.errorString.id) return 'runtime error: ' + gostring(rt, data);
  if (typeId === r.plainError.id) return gostring(rt, data);
  if (typeId === r.boundsError.id) return 'runtime error: ' + boundsErrorText(rt, data);
  if (typeId === r.ptrTypeAssertionError.id) return typeAssertionErrorText(rt, data);
  if (typeId === r.ptrPanicNilError.id) return 'panic called with nil argument';
  return null;
}

// ---- errorString / plainError ----

/** A string-kind runtime error value's data word (a pointer to a string header), cached per text. */
function stringErrorData(rt: ValueRuntime, t: TypeDesc, msg: string, cache: boolean): number {
  const r = rtTypes(rt);
  const key = t.id + ':' + msg;
  const c = cache ? r.values.get(key) : undefined;
  if (c !== undefined) return c;
  const p = rt.mallocgc(16, t, true);
  pinRoot(rt, p);
  makeStringFromJS(rt, p, msg);
  if (cache) r.values.set(key, p);
  else unpinRoot(rt, p);
  return p;
}

/** panic(errorString(msg)): "runtime error: " + msg. Common texts are preallocated like Go's globals. */
export function panicErrorString(rt: ValueRuntime, msg: string): never {
  const r = rtTypes(rt);
  return gopanicValue(rt, r.errorString.id, stringErrorData(rt, r.errorString, msg, true));
}

/** panic(plainError(msg)): no "runtime error: " prefix (map/channel misuse). */
export function panicPlain(rt: ValueRuntime, msg: string): never {
  const r = rtTypes(rt);
  return gopanicValue(rt, r.plainError.id, stringErrorData(rt, r.plainError, msg, true));
}

export function panicdivide(rt: ValueRuntime): never { return panicErrorString(rt, 'integer divide by zero'); }
export function panicoverflow(rt: ValueRuntime): never { return panicErrorString(rt, 'integer overflow'); }
export function panicshift(rt: ValueRuntime): never { return panicErrorString(rt, 'negative shift amount'); }

/** Nil pointer dereference (panicmem): the traceback adds the SIGSEGV line. */
export function panicnil(rt: ValueRuntime): never {
  const r = rtTypes(rt);
  const data = stringErrorData(rt, r.errorString, 'invalid memory address or nil pointer dereference', true);
  rt.$sigpanic = true;
  try {
    return gopanicValue(rt, r.errorString.id, data);
  } finally {
    rt.$sigpanic = false;
  }
}

// ---- boundsError ----

/** boundsErrorCode (error.go). */
export const enum Bounds {
  Index = 0, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C, Convert,
}

const boundsErrorFmts = [
  'index out of range [%x] with length %y',
  'slice bounds out of range [:%x] with length %y',
  'slice bounds out of range [:%x] with capacity %y',
  'slice bounds out of range [%x:%y]',
  'slice bounds out of range [::%x] with length %y',
  'slice bounds out of range [::%x] with capacity %y',
  'slice bounds out of range [:%x:%y]',
  'slice bounds out of range [%x:%y:]',
  'cannot convert slice with length %y to array or pointer to array with length %x',
];

const boundsNegErrorFmts = [
  'index out of range [%x]',
  'slice bounds out of range [:%x]',
  'slice bounds out of range [:%x]',
  'slice bounds out of range [%x:]',
  'slice bounds out of range [::%x]',
  'slice bounds out of range [::%x]',
  'slice bounds out of range [:%x:]',
  'slice bounds out of range [%x::]',
];

/** boundsError.Error text (without the "runtime error: " prefix) of the value at p. */
export function boundsErrorText(rt: ValueRuntime, p: number): string {
  const x = ld64(rt.m, p);
  const y = ld64(rt.m, p + 8);
  const signed = rt.m.u8[p + 16] !== 0;
  const code = rt.m.u8[p + 17];
  let xs: string;
  if (!signed && x < 0) xs = (BigInt(x) + (1n << 64n)).toString();
  else xs = String(x);
  const fmt = signed && x < 0 ? boundsNegErrorFmts[code] : boundsErrorFmts[code];
  return fmt.replace('%x', xs).replace('%y', String(y));
}

/** panicBounds: panic(boundsError{x, y, signed, code}) (panic.go goPanicIndex …). */
export function panicBounds(rt: ValueRuntime, code: number, x: number | bigint, y: number | bigint, signed: boolean): never {
  // A canonical int64 is never ≥ 2^63: such an index is a uint64 (Go passes signed=false for it).
  if (typeof x === 'bigint' && x >= (1n << 63n)) signed = false;
  const r = rtTypes(rt);
  const p = rt.mallocgc(24, r.boundsError, false);
  st64(rt.m, p, x);
  st64(rt.m, p + 8, y);
  rt.m.u8[p + 16] = signed ? 1 : 0;
  rt.m.u8[p + 17] = code;
  rt.m.u8.fill(0, p + 18, p + 24);
  return gopanicValue(rt, r.boundsError.id, p);
}

/** goPanicIndex: index x out of range of length y. */
export function panicIndex(rt: ValueRuntime, x: number | bigint, y: number | bigint): never {
  return panicBounds(rt, Bounds.Index, x, y, true);
}

/** goPanicIndexU: unsigned index (printed as uint64). */
export function panicIndexU(rt: ValueRuntime, x: number | bigint, y: number | bigint): never {
  return panicBounds(rt, Bounds.Index, x, y, false);
}

// ---- TypeAssertionError ----

/** *TypeAssertionError.Error (error.go) of the struct at p. */
export function typeAssertionErrorText(rt: ValueRuntime, p: number): string {
  const u = rt.m.u32, i = p >>> 2;
  const interId = u[i], concreteId = u[i + 2], assertedId = u[i + 4];
  const missing = gostring(rt, p + 24);
  const inter = interId ? rt.types[interId].str : 'interface';
  const as = rt.types[assertedId].str;
  if (concreteId === 0) return 'interface conversion: ' + inter + ' is nil, not ' + as;
  const cs = rt.types[concreteId].str;
  if (missing === '') {
    let msg = 'interface conversion: ' + inter + ' is ' + cs + ', not ' + as;
    if (cs === as) {
      const ct = rt.types[concreteId], at = rt.types[assertedId];
      msg += ct.pkgPath !== at.pkgPath ? ' (types from different packages)' : ' (types from different scopes)';
    }
    return msg;
  }
  return 'interface conversion: ' + cs + ' is not ' + as + ': missing method ' + missing;
}

/** panic(&TypeAssertionError{iface, have, want, missingMethod}). Types may be null (nil). */
export function panicTypeAssert(rt: ValueRuntime, iface: TypeDesc | null, have: TypeDesc | null, want: TypeDesc,
  missingMethod: string): never {
  const r = rtTypes(rt);
  const p = rt.mallocgc(40, r.typeAssertionError, true);
  pinRoot(rt, p);
  stp(rt, p, iface ? iface.id : 0);
  stp(rt, p + 8, have ? have.id : 0);
  stp(rt, p + 16, want.id);
  makeStringFromJS(rt, p + 24, missingMethod);
  unpinRoot(rt, p);
  return gopanicValue(rt, r.ptrTypeAssertionError.id, p);
}

// ---- PanicNilError ----

/** panic(nil) becomes panic(new(PanicNilError)) (Go 1.21+). */
export function panicNilErrorValue(rt: ValueRuntime): { typeId: number; data: number } {
  const r = rtTypes(rt);
  return { typeId: r.ptrPanicNilError.id, data: rt.mallocgc(0, r.panicNilError, true) };
}

/** Reads an int64 word (exported for tests). */
export function ldInt(rt: ValueRuntime, p: number): number | bigint { return ld64(rt.m, p); }
