// Method values and method expressions of reflect (mirrors $GOROOT/src/reflect/makefunc.go
// makeMethodValue + methodValueCall, and the `Func` of Type.Method, which in Go is the method's own
// code): a funcval whose code is a native stub that calls the method with the receiver stored in the
// funcval, like Go's methodValueCall → callMethod. The stubs are *wrappers* for recover(): a
// deferred call of such a func lets the method recover, as Go's WRAPPER functions adjust p.argp.
import { Kind, type TypeDesc } from '../../runtime/type.js';
import { stWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { exportedMethods } from './natives.js';
import { abiLayout, isScalar, loadScalar } from './value_natives.js';

/**
 * Wrapper frames for recover (Go: a WRAPPER function whose caller is the frame running a panic's
 * deferred calls passes that role on to the function it calls). `$rt.$deferFo` is the distance from
 * the stack top of the frame running deferred calls (codegen funcs.ts); a native called directly by
 * that frame (its csp is that frame's sp) hands the role to the native frame callGo reserves, so the
 * function it calls recovers. enter(argBase) is called from callGo's writeArgs; exit() restores.
 */
export function wrapperEnter(rt: NativeRuntime, csp: number): { enter(argBase: number): void; exit(): void } {
  const r = rt as any;
  const saved = r.$deferFo;
  const direct = saved !== undefined && saved >= 0 && saved === rt.stackHi - csp;
  return {
    enter(argBase: number): void { if (direct) r.$deferFo = rt.stackHi - (argBase - 8); },
    exit(): void { if (direct) r.$deferFo = saved; },
  };
}

export function methodValueNatives(rt: NativeRuntime, td: (id: number | bigint) => TypeDesc): Record<string, NativeFn> {
  const stubs = new Map<number, number>();
  let mvTD: TypeDesc | undefined;
  /** {fnIndex, receiver type id, receiver pointer, method index}: the pointer at offset 16. */
  const mvType = (): TypeDesc => {
    if (!mvTD) {
      mvTD = { id: 0, kind: Kind.Struct, size: 32, align: 8, fieldAlign: 8, ptrdata: 24, ptrs: Int32Array.of(16),
        str: 'reflect.methodValue', name: 'methodValue', pkgPath: 'reflect', named: true };
      if (typeof rt.registerTypes === 'function') rt.registerTypes([mvTD]);
      else { mvTD.id = rt.types.length; rt.types.push(mvTD); }
    }
    return mvTD;
  };
  const method = (rtyp: number, mi: number) =>
    exportedMethods(td(rtyp))[mi] as { name: string; type: TypeDesc; tfn?: number };

  /** The stub of func type ftId: reads the receiver from ctx and calls the method's code. */
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
      const rtyp = m0.u32[(ctx + 8) >>> 2], recv = m0.u32[(ctx + 16) >>> 2], mi = m0.u32[(ctx + 24) >>> 2];
      const rt0 = td(rtyp);
      const md = method(rtyp, mi);
      if (md.tfn === undefined) throw new Error('reflect: method ' + md.name + ' has no code');
      // the method's own layout: receiver first
      const T = abiLayout([rt0, ...params], results);
      const outScalars: unknown[] = [];
      if (isScalar(rt0)) outScalars.push(loadScalar(rt, rt0, recv));
      outScalars.push(...scalars);
      const fo = rt.stackHi - csp;
      const w = wrapperEnter(rt, csp);
      let res: { ret: unknown; argBase: number };
      try {
        res = rt.callGo(csp, md.tfn, 0, T.argsSize, (b) => {
          const m = rt.m;
          if (T.poff[0] >= 0) m.u8.copyWithin(b + T.poff[0], recv, recv + rt0.size);
          const src = rt.stackHi - fo + 8;
          params.forEach((t, i) => {
            const o = T.poff[i + 1];
            if (o >= 0) m.u8.copyWithin(b + o, src + L.poff[i], src + L.poff[i] + t.size);
          });
          w.enter(b);
        }, outScalars);
      } finally {
        w.exit();
      }
      if (L.single) return res.ret;
      const dst = rt.stackHi - fo + 8;
      results.forEach((t, i) => {
        const s = res.argBase + T.resOffs[i];
        rt.m.u8.copyWithin(dst + L.resOffs[i], s, s + t.size);
      });
      return undefined;
    };
    const infos = [{ index: 0, name: 'reflect.methodValueCall',
      file: ((rt.goroot as string | undefined) ?? '/usr/lib/go-1.23') + '/src/reflect/asm_amd64.s',
      line: 56, frameSize: 0, argsSize: L.argsSize, ptrmap: new Int32Array(0), argPtrmap: Int32Array.from(argPtrs), fn }];
    const idx = rt.registerFuncs(infos);
    stubs.set(ftId, idx);
    return idx;
  };

  return {
    // func makeMethodValue(ft int, rtyp int, recv unsafe.Pointer, mi int) unsafe.Pointer
    makeMethodValue(csp: number, _c: number, ft: number, rtyp: number, mi: number): void {
      const idx = stubFor(Number(ft));
      const fv = rt.mallocgc(32, mvType(), true);
      const m = rt.m;
      const recv = m.u32[(csp + 8) >>> 2]; // read after the allocation (the arg area is a root)
      stWord(m, fv, idx); stWord(m, fv + 8, Number(rtyp));
      if (rt.writeBarrier) rt.gcWriteBarrier(fv + 16, recv);
      m.u32[(fv + 16) >>> 2] = recv; m.u32[(fv + 20) >>> 2] = 0;
      stWord(m, fv + 24, Number(mi));
      m.u32[(csp + 16) >>> 2] = fv; m.u32[(csp + 20) >>> 2] = 0;
    },
    // func methodFuncCode(typ int, i int) unsafe.Pointer: a funcval of the method's code taking the
    // receiver first (Type.Method(i).Func), nil when the method has no compiled code
    methodFuncCode(csp: number, _c: number, typ: number, i: number): void {
      const md = method(Number(typ), Number(i));
      let fv = 0;
      if (md && md.tfn !== undefined) {
        fv = rt.mallocgc(8, null, true);
        stWord(rt.m, fv, md.tfn);
      }
      rt.m.u32[(csp + 8) >>> 2] = fv; rt.m.u32[(csp + 12) >>> 2] = 0;
    },
  };
}
