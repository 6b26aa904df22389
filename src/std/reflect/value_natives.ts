// Natives of reflect's Value (src/std/reflect/value.go; mirrors the runtime hooks of
// $GOROOT/src/reflect/value.go: packEface/unpackEface, unsafe_New, typedmemmove, mapaccess,
// mapassign, mapdelete, makemap, chanlen, chancap) and the type constructors PointerTo/SliceOf.
// Layouts follow ARCHITECTURE.md §3: scalar params are JS args, unsafe.Pointer/string/slice params
// are in memory at csp+8 in order, results follow at the next multiple of 8.
import { Kind, type TypeDesc } from '../../runtime/type.js';
import { ldInt64, ldUint64, ldWord, newStringJS, readString, stWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { ifaceElem, isDirectIface, mapEntries, simAddr } from '../lib/values.js';
import { exportedMethods } from './natives.js';
import { pcBase, pcStride } from '../runtime/traceback.js';
import { pinRoot, unpinRoot } from '../../runtime/error.js';
import { methodValueNatives, wrapperEnter } from './methodvalue.js';
import { mapIterNatives } from './map_natives.js';
import { derivedPtrMethods } from './typeof_natives.js';

export function valueNatives(rt: NativeRuntime): Record<string, NativeFn> {
  const td = (id: number | bigint): TypeDesc => {
    const t = rt.types[Number(id)];
    if (!t) throw new Error('reflect: bad type id ' + id);
    return t;
  };
  const u32 = (a: number) => rt.m.u32[a >>> 2];
  // Pointer stores may land in heap memory (storeIface, mapfill): the write barrier while marking.
  const stp = (a: number, p: number) => { if (rt.writeBarrier) rt.gcWriteBarrier(a, p); const m = rt.m; m.u32[a >>> 2] = p; m.u32[(a + 4) >>> 2] = 0; };
  /** A fresh heap copy of the pointer-shaped word w of type t (Values are always indirect). */
  const boxWord = (t: TypeDesc, w: number): number => {
    const p = rt.mallocgc(8, t, true);
    stp(p, w);
    return p;
  };
  const derived = (str: string, make: () => TypeDesc): TypeDesc => {
    for (const t of rt.types) if (t && t.str === str) return t;
    const t = make();
    if (typeof rt.registerTypes === 'function') rt.registerTypes([t]);
    else { t.id = rt.types.length; rt.types.push(t); }
    return t;
  };
  const ptrTo = (e: TypeDesc): TypeDesc => {
    for (const t of rt.types) if (t && t.kind === Kind.Pointer && t.elem === e && !t.named) return t;
    return derived('*' + e.str, () => ({ id: 0, kind: Kind.Pointer, size: 8, align: 8, fieldAlign: 8, ptrdata: 8,
      ptrs: Int32Array.of(0), str: '*' + e.str, name: '', pkgPath: '', named: false, elem: e, methods: derivedPtrMethods(e) }));
  };
  const sliceOf = (e: TypeDesc): TypeDesc => {
    for (const t of rt.types) if (t && t.kind === Kind.Slice && t.elem === e && !t.named) return t;
    return derived('[]' + e.str, () => ({ id: 0, kind: Kind.Slice, size: 24, align: 8, fieldAlign: 8, ptrdata: 8,
      ptrs: Int32Array.of(0), str: '[]' + e.str, name: '', pkgPath: '', named: false, elem: e }));
  };
  const implementsT = (inter: TypeDesc, t: TypeDesc): boolean => {
    const want = inter.imethods ?? [];
    if (want.length === 0) return true;
    if (t.kind === Kind.Interface) {
      const have = new Set((t.imethods ?? []).map(m => m.name));
      return want.every(m => have.has(m.name));
    }
    try { return !!rt.getitab(inter, t, true); } catch { return false; }
  };
  const fnType = (id: number): TypeDesc => td(id);
  /** Elements of the []unsafe.Pointer whose header is at a. */
  const ptrSlice = (a: number): number[] => {
    const p = u32(a), n = ldWord(rt.m, a + 8);
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(u32(p + 8 * i));
    return out;
  };

  return {
    ...makeFuncNatives(rt, td),
    ...methodValueNatives(rt, td),
    ...mapIterNatives(rt, td),
    // func unpackEface(i any) (typ int, ptr unsafe.Pointer)
    unpackEface(csp: number): void {
      const a = csp + 8;
      const id = u32(a), data = u32(a + 8);
      const t = td(id);
      const p = isDirectIface(t) ? boxWord(t, data) : data;
      stWord(rt.m, a + 16, id); stp(a + 24, p);
    },
    // func packEface(typ int, ptr unsafe.Pointer) any
    packEface(csp: number, _c: number, typ: number): void {
      const a = csp + 8;
      const t = td(typ);
      const src = u32(a);
      let data: number;
      if (isDirectIface(t)) data = u32(src);
      else if (t.size === 0) data = rt.convT(t, src);
      else { data = rt.mallocgc(t.size, t, true); rt.m.u8.copyWithin(data, src, src + t.size); }
      stWord(rt.m, a + 8, typ); stp(a + 16, data);
    },
    // func unpackIface(ityp int, p unsafe.Pointer) (typ int, ptr unsafe.Pointer)
    unpackIface(csp: number, _c: number, ityp: number): void {
      const a = csp + 8;
      const e = ifaceElem(rt, td(ityp), u32(a));
      if (!e) { stWord(rt.m, a + 8, 0); stp(a + 16, 0); return; }
      const [t, addr, data] = e;
      const p = isDirectIface(t) ? boxWord(t, data) : addr;
      stWord(rt.m, a + 8, t.id); stp(a + 16, p);
    },
    // func storeIface(ityp int, dst unsafe.Pointer, typ int, src unsafe.Pointer) bool
    storeIface(csp: number, _c: number, ityp: number, typ: number): boolean {
      const a = csp + 8;
      const inter = td(ityp), t = td(typ);
      let w0: number;
      if (!inter.imethods || inter.imethods.length === 0) w0 = t.id;
      else {
        if (!implementsT(inter, t)) return false;
        w0 = rt.getitab(inter, t, true) as number;
        if (!w0) return false;
      }
      const data = rt.convT(t, u32(a + 8));
      const dst = u32(a);
      stWord(rt.m, dst, w0); stp(dst + 8, data);
      return true;
    },
    // func unsafe_New(typ int) unsafe.Pointer
    unsafe_New(csp: number, _c: number, typ: number): void {
      const t = td(typ);
      stp(csp + 8, rt.mallocgc(t.size, t, true));
    },
    // func newarray(elem int, n int) unsafe.Pointer
    newarray(csp: number, _c: number, elem: number, n: number): void {
      const t = td(elem);
      const p = typeof rt.newarray === 'function' ? rt.newarray(t, Number(n)) : rt.mallocgc(t.size * Number(n), t, true);
      stp(csp + 8, p);
    },
    // func typedmemmove(typ int, dst, src unsafe.Pointer)
    typedmemmove(csp: number, _c: number, typ: number): void {
      const t = td(typ);
      const dst = u32(csp + 8), src = u32(csp + 16);
      rt.typedmemmove(t, dst, src); // with the write barrier
    },
    // func maplen(m unsafe.Pointer) int
    maplen(csp: number): number {
      const h = u32(csp + 8);
      return h === 0 ? 0 : ldWord(rt.m, h);
    },
    // func mapfill(typ int, m unsafe.Pointer, kv []unsafe.Pointer) int
    mapfill(csp: number, _c: number, typ: number): number {
      const a = csp + 8;
      const es = mapEntries(rt, td(typ), u32(a));
      const p = u32(a + 8), cap = ldWord(rt.m, a + 16);
      let n = 0;
      for (const [k, v] of es) {
        if (2 * n + 1 >= cap) break;
        stp(p + 16 * n, k); stp(p + 16 * n + 8, v);
        n++;
      }
      return n;
    },
    // func mapaccess(typ int, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
    mapaccess(csp: number, _c: number, typ: number): void {
      const a = csp + 8;
      const h = u32(a);
      const e = h === 0 ? 0 : rt.mapaccess2(td(typ), h, u32(a + 8));
      stp(a + 16, e || 0);
    },
    // func mapassign(typ int, m unsafe.Pointer, key, val unsafe.Pointer)
    mapassign(csp: number, _c: number, typ: number): void {
      const a = csp + 8;
      const t = td(typ);
      const e = rt.mapassign(t, u32(a), u32(a + 8));
      const src = u32(a + 16);
      rt.typedmemmove(t.elem!, e, src);
    },
    // func mapdelete(typ int, m unsafe.Pointer, key unsafe.Pointer)
    mapdelete(csp: number, _c: number, typ: number): void {
      const a = csp + 8;
      if (u32(a) !== 0) rt.mapdelete(td(typ), u32(a), u32(a + 8));
    },
    // func makemap(typ int, n int) unsafe.Pointer
    makemap(csp: number, _c: number, typ: number, n: number): void {
      stp(csp + 8, rt.makemap(td(typ), n, 0));
    },
    // func chanlen(c unsafe.Pointer) int
    chanlen(csp: number): number {
      const c = u32(csp + 8);
      return c === 0 || typeof rt.chanlen !== 'function' ? 0 : rt.chanlen(c);
    },
    // func chancap(c unsafe.Pointer) int
    chancap(csp: number): number {
      const c = u32(csp + 8);
      return c === 0 || typeof rt.chancap !== 'function' ? 0 : rt.chancap(c);
    },
    // func typeEqualVals(typ int, a, b unsafe.Pointer) bool
    typeEqualVals(csp: number, _c: number, typ: number): boolean {
      return !!rt.typeequal(td(typ), u32(csp + 8), u32(csp + 16));
    },
    ptrTo(_csp: number, _c: number, typ: number): number { return ptrTo(td(typ)).id; },
    sliceOf(_csp: number, _c: number, typ: number): number { return sliceOf(td(typ)).id; },
    // func typeFieldByName(typ int, name string) int
    typeFieldByName(csp: number, _c: number, typ: number): number {
      const name = readString(rt.m, csp + 8);
      return (td(typ).fields ?? []).findIndex(f => f.name === name);
    },
    // func typeMethodName(typ int, i int) string
    typeMethodName(csp: number, _c: number, typ: number, i: number): void {
      newStringJS(rt, csp + 8, exportedMethods(td(typ))[Number(i)].name);
    },
    typeMethodType(_csp: number, _c: number, typ: number, i: number): number {
      return exportedMethods(td(typ))[Number(i)].type?.id ?? 0;
    },
    typeIn(_csp: number, _c: number, typ: number, i: number): number {
      const p = fnType(typ).params ?? [];
      if (i < 0 || i >= p.length) throw new Error('reflect: Function index out of range');
      return p[Number(i)].id;
    },
    typeOut(_csp: number, _c: number, typ: number, i: number): number {
      const p = fnType(typ).results ?? [];
      return p[Number(i)].id;
    },
    typeNumIn(_csp: number, _c: number, typ: number): number { return fnType(typ).params?.length ?? 0; },
    typeNumOut(_csp: number, _c: number, typ: number): number { return fnType(typ).results?.length ?? 0; },
    typeVariadic(_csp: number, _c: number, typ: number): boolean { return !!fnType(typ).variadic; },
    typeChanDir(_csp: number, _c: number, typ: number): number { return td(typ).dir ?? 3; },
    implements(_csp: number, _c: number, ityp: number, typ: number): boolean { return implementsT(td(ityp), td(typ)); },
    // func simAddr(p unsafe.Pointer) uintptr
    simAddr(csp: number): number | bigint { return simAddr(rt, u32(csp + 8)); },
    // func callFunc(ft int, fv unsafe.Pointer, args []unsafe.Pointer, outs []unsafe.Pointer)
    callFunc(csp: number, _c: number, ft: number): void {
      const a = csp + 8;
      const t = td(ft), fv = u32(a);
      const args = ptrSlice(a + 8), outs = ptrSlice(a + 32);
      callWithABI(rt, csp, u32(fv), fv, t.params ?? [], args, t.results ?? [], outs);
    },
    // func callMethod(rtyp int, recv unsafe.Pointer, mi int, args []unsafe.Pointer, outs []unsafe.Pointer)
    callMethod(csp: number, _c: number, rtyp: number, mi: number): void {
      const a = csp + 8;
      const rt0 = td(rtyp), recv = u32(a);
      const md = exportedMethods(rt0)[Number(mi)] as { name: string; type: TypeDesc; tfn?: number };
      if (md.tfn === undefined) throw new Error('reflect: method ' + md.name + ' has no code');
      const args = ptrSlice(a + 8), outs = ptrSlice(a + 32);
      callWithABI(rt, csp, md.tfn, 0, [rt0, ...(md.type.params ?? [])], [recv, ...args], md.type.results ?? [], outs);
    },
    // func methodFuncType(typ int, i int) int: the func type of method expression T.M (receiver first)
    methodFuncType(_csp: number, _c: number, typ: number, i: number): number {
      const t = td(typ);
      const mt = exportedMethods(t)[Number(i)].type;
      const params = [t, ...(mt.params ?? [])], results = mt.results ?? [];
      const ps = params.map((p, k) => (k === params.length - 1 && mt.variadic ? '...' + p.str.slice(2) : p.str)).join(', ');
      const rs = results.length === 0 ? '' : results.length === 1 ? ' ' + results[0].str : ' (' + results.map(r => r.str).join(', ') + ')';
      const str = 'func(' + ps + ')' + rs;
      return derived(str, () => ({ id: 0, kind: Kind.Func, size: 8, align: 8, fieldAlign: 8, ptrdata: 8, ptrs: Int32Array.of(0),
        str, name: '', pkgPath: '', named: false, params, results, variadic: !!mt.variadic })).id;
    },
    // func methodByName(typ int, name string) int
    methodByName(csp: number, _c: number, typ: number): number {
      const name = readString(rt.m, csp + 8);
      return exportedMethods(td(typ)).findIndex(x => x.name === name);
    },
    // func funcPC(fv unsafe.Pointer) uintptr: the synthetic entry pc runtime.FuncForPC decodes
    funcPC(csp: number): number {
      const fv = u32(csp + 8);
      return fv === 0 ? 0 : pcBase + u32(fv) * pcStride;
    },
  };
}

/** Whether values of t are passed as JS arguments (ARCHITECTURE.md §3: bool, ints, floats). */
export function isScalar(t: TypeDesc): boolean {
  switch (t.kind) {
    case Kind.Bool: case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
    case Kind.Float32: case Kind.Float64:
      return true;
  }
  return false;
}

export function loadScalar(rt: NativeRuntime, t: TypeDesc, a: number): unknown {
  const m = rt.m;
  switch (t.kind) {
    case Kind.Bool: return m.u8[a] !== 0;
    case Kind.Int8: return m.i8[a];
    case Kind.Int16: return m.i16[a >>> 1];
    case Kind.Int32: return m.i32[a >>> 2];
    case Kind.Uint8: return m.u8[a];
    case Kind.Uint16: return m.u16[a >>> 1];
    case Kind.Uint32: return m.u32[a >>> 2];
    case Kind.Int: case Kind.Int64: return ldInt64(m, a);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return ldUint64(m, a);
    case Kind.Float32: return m.f32[a >>> 2];
    case Kind.Float64: return m.f64[a >>> 3];
  }
  throw new Error('reflect: not a scalar kind ' + t.kind);
}

export function storeScalar(rt: NativeRuntime, t: TypeDesc, a: number, v: unknown): void {
  const m = rt.m;
  switch (t.kind) {
    case Kind.Bool: m.u8[a] = v ? 1 : 0; return;
    case Kind.Int8: case Kind.Uint8: m.u8[a] = Number(v) & 0xff; return;
    case Kind.Int16: case Kind.Uint16: m.u16[a >>> 1] = Number(v) & 0xffff; return;
    case Kind.Int32: case Kind.Uint32: m.u32[a >>> 2] = Number(v) >>> 0; return;
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr:
      stWord(m, a, v as number | bigint); return;
    case Kind.Float32: m.f32[a >>> 2] = Number(v); return;
    case Kind.Float64: m.f64[a >>> 3] = Number(v); return;
  }
}

/**
 * Calls compiled Go function fnIndex (ctx = funcval or 0) with parameters of types params whose
 * values are at addresses args, writing results of types results to addresses outs — the ABI of
 * ARCHITECTURE.md §3 built by hand (reflect.Value.Call).
 */
export function callWithABI(rt: NativeRuntime, csp: number, fnIndex: number, ctx: number,
  params: TypeDesc[], args: number[], results: TypeDesc[], outs: number[]): void {
  const align = (o: number, a: number) => (o + a - 1) & ~(a - 1);
  const scalars: unknown[] = [];
  const mem: [number, number, number][] = []; // [offset, src, size]
  let off = 0;
  params.forEach((t, i) => {
    if (isScalar(t)) { scalars.push(loadScalar(rt, t, args[i])); return; }
    off = align(off, Math.max(1, t.align));
    mem.push([off, args[i], t.size]);
    off += t.size;
  });
  const single = results.length === 1 && isScalar(results[0]);
  let roff = align(off, 8);
  const resOffs: number[] = [];
  if (!single) {
    for (const t of results) {
      roff = align(roff, Math.max(1, t.align));
      resOffs.push(roff);
      roff += t.size;
    }
  }
  const argsSize = align(roff, 8);
  const { ret, argBase } = rt.callGo(csp, fnIndex, ctx, argsSize, (b) => {
    for (const [o, src, n] of mem) rt.m.u8.copyWithin(b + o, src, src + n);
  }, scalars);
  if (single) { storeScalar(rt, results[0], outs[0], ret); return; }
  results.forEach((t, i) => {
    const src = argBase + resOffs[i];
    if (typeof rt.typedmemmove === 'function') rt.typedmemmove(t, outs[i], src);
    else rt.m.u8.copyWithin(outs[i], src, src + t.size);
  });
}

/** ABI layout of a function type: memory offsets of params and results (ARCHITECTURE.md §3). */
export function abiLayout(params: TypeDesc[], results: TypeDesc[]) {
  const align = (o: number, a: number) => (o + a - 1) & ~(a - 1);
  let off = 0;
  const poff: number[] = [];
  for (const t of params) {
    if (isScalar(t)) { poff.push(-1); continue; }
    off = align(off, Math.max(1, t.align));
    poff.push(off);
    off += t.size;
  }
  const single = results.length === 1 && isScalar(results[0]);
  let roff = align(off, 8);
  const resOffs: number[] = [];
  if (!single) {
    for (const t of results) {
      roff = align(roff, Math.max(1, t.align));
      resOffs.push(roff);
      roff += t.size;
    }
  }
  return { poff, single, resOffs, argsSize: align(roff, 8) };
}

/**
 * reflect.MakeFunc's stub (Go's makeFuncStub, reflect/asm_amd64.s + makefunc.go): a compiled-
 * function-table entry per func type whose funcval is {fnIndex, fn}; when called it boxes its
 * arguments into a []Value, calls fn through the runtime and stores fn's results per the ABI.
 */
export function makeFuncNatives(rt: NativeRuntime, td: (id: number | bigint) => TypeDesc): Record<string, NativeFn> {
  const stubs = new Map<number, number>();
  let implTD: TypeDesc | undefined;
  const implType = (): TypeDesc => {
    if (!implTD) {
      implTD = { id: 0, kind: Kind.Struct, size: 16, align: 8, fieldAlign: 8, ptrdata: 16, ptrs: Int32Array.of(8),
        str: 'reflect.makeFuncImpl', name: 'makeFuncImpl', pkgPath: 'reflect', named: true };
      if (typeof rt.registerTypes === 'function') rt.registerTypes([implTD]);
      else { implTD.id = rt.types.length; rt.types.push(implTD); }
    }
    return implTD;
  };
  const valueTD = (): TypeDesc => {
    for (const t of rt.types) if (t && t.str === 'reflect.Value' && t.kind === Kind.Struct) return t;
    throw new Error('reflect: type reflect.Value is not registered');
  };
  const stubFor = (ftId: number): number => {
    const hit = stubs.get(ftId);
    if (hit !== undefined) return hit;
    const ft = td(ftId);
    const params = ft.params ?? [], results = ft.results ?? [];
    const L = abiLayout(params, results);
    const argPtrs: number[] = [];
    params.forEach((t, i) => { if (L.poff[i] >= 0) for (const p of t.ptrs) argPtrs.push(L.poff[i] + p); });
    const fn = (csp: number, ctx: number, ...scalars: unknown[]): unknown => {
      const m0 = rt.m;
      const goFn = m0.u32[(ctx + 8) >>> 2];
      const vt = valueTD();
      const n = params.length;
      const arr = n === 0 ? 0 : (typeof rt.newarray === 'function' ? rt.newarray(vt, n) : rt.mallocgc(24 * n, vt, true));
      pinRoot(rt as any, arr);
      try {
        let k = 0;
        for (let i = 0; i < n; i++) {
          const t = params[i];
          const box = rt.mallocgc(Math.max(t.size, 1), t, true);
          if (L.poff[i] < 0) storeScalar(rt, t, box, scalars[k++]);
          else { const src = csp + 8 + L.poff[i]; rt.m.u8.copyWithin(box, src, src + t.size); }
          const v = arr + 24 * i;
          stWord(rt.m, v, t.id); rt.m.u32[(v + 8) >>> 2] = box; rt.m.u32[(v + 12) >>> 2] = 0; stWord(rt.m, v + 16, 0);
        }
        // func(args []Value) (results []Value): args at 0, results at 24
        const fo = rt.stackHi - csp;
        // a wrapper (Go's makeFuncStub/callReflect): recover() works in fn when this is deferred
        const w = wrapperEnter(rt, csp);
        let argBase: number;
        try {
          argBase = rt.callGo(csp, rt.m.u32[goFn >>> 2], goFn, 48, (b) => {
            stWord(rt.m, b, arr); stWord(rt.m, b + 8, n); stWord(rt.m, b + 16, n);
            w.enter(b);
          }, []).argBase;
        } finally {
          w.exit();
        }
        const csp2 = rt.stackHi - fo;
        const m = rt.m;
        const rp = m.u32[(argBase + 24) >>> 2], rn = ldWord(m, argBase + 32);
        const fail = (msg: string): never => {
          if (typeof rt.panicPlain === 'function') rt.panicPlain(msg);
          throw new Error(msg);
        };
        if (rn !== results.length) fail('reflect: wrong return count from function created by MakeFunc');
        let ret: unknown;
        results.forEach((t, i) => {
          const v = rp + 24 * i;
          const vtId = m.u32[v >>> 2], vp = m.u32[(v + 8) >>> 2];
          if (vtId === 0) fail('reflect: function created by MakeFunc using closure returned zero Value');
          let src = vp;
          if (vtId !== t.id && t.kind === Kind.Interface) {
            // box a concrete result into the interface result type
            const tmp = rt.mallocgc(16, t, true);
            const vt2 = td(vtId);
            const w0 = (!t.imethods || t.imethods.length === 0) ? vtId : rt.getitab(t, vt2, false);
            stWord(rt.m, tmp, w0); rt.m.u32[(tmp + 8) >>> 2] = rt.convT(vt2, vp); rt.m.u32[(tmp + 12) >>> 2] = 0;
            src = tmp;
          }
          if (L.single) ret = loadScalarExported(rt, t, src);
          else { const dst = csp2 + 8 + L.resOffs[i]; rt.m.u8.copyWithin(dst, src, src + t.size); }
        });
        return ret;
      } finally {
        unpinRoot(rt as any, arr);
      }
    };
    const infos = [{ index: 0, name: 'reflect.makeFuncStub', file: ((rt.goroot as string | undefined) ?? '/usr/lib/go-1.23') + '/src/reflect/asm_amd64.s',
      line: 17, frameSize: 0, argsSize: L.argsSize, ptrmap: new Int32Array(0), argPtrmap: Int32Array.from(argPtrs), fn }];
    const idx = rt.registerFuncs(infos);
    stubs.set(ftId, idx);
    return idx;
  };
  return {
    // func makeFuncStub(typ int, fn func([]Value) []Value) unsafe.Pointer
    makeFuncStub(csp: number, _c: number, typ: number): void {
      const idx = stubFor(Number(typ));
      const fnv = rt.m.u32[(csp + 8) >>> 2];
      pinRoot(rt as any, fnv);
      try {
        const fv = rt.mallocgc(16, implType(), true);
        stWord(rt.m, fv, idx); rt.m.u32[(fv + 8) >>> 2] = fnv; rt.m.u32[(fv + 12) >>> 2] = 0;
        rt.m.u32[(csp + 16) >>> 2] = fv; rt.m.u32[(csp + 20) >>> 2] = 0;
      } finally {
        unpinRoot(rt as any, fnv);
      }
    },
  };
}

function loadScalarExported(rt: NativeRuntime, t: TypeDesc, a: number): unknown { return loadScalar(rt, t, a); }
