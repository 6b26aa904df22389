// Conversions: numeric ↔ numeric, string ↔ []byte/[]rune, integer → string, unsafe.Pointer ↔
// pointers/uintptr, slice → array (pointer), and conversions to interfaces (convT, itabs) and type
// assertions. Mirrors cmd/compile/internal/walk/convert.go and runtime/iface.go's entry points.

import * as cplx from './complex.js';
import type * as ast from '../syntax/ast.js';
import { BasicKind, underlying, type Type } from '../types/types.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { numKind, isString, isInterface, isEmptyInterface, isPtrShaped, isDirectIface, isJSValue, sizeof } from './layout.js';
import { convertNum } from './arith.js';
import { genExpr, genJS, addrOrMem, constVal } from './expr.js';

function isUnsafePtr(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && u.basicKind === BasicKind.UnsafePointer; }
function isUintptr(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && u.basicKind === BasicKind.Uintptr; }

/** T(x) */
export function convert(g: FuncGen, x: ast.Expr, to: Type, call: ast.Node | null = null): Val {
  const buf = () => (call ? g.tmpBuf(call) : '0');
  const bufArg = () => { const b = buf(); return b !== '0' ? ', ' + b : ''; };
  const from = g.typeOf(x);
  const tv = g.info.types.get(x);
  const fu = underlying(from), tu = underlying(to);
  // T(c) with a constant c and a type parameter T (not a constant conversion for the checker, which
  // gives c its default type): in an instance T is concrete and the value is still a constant.
  if (g.typeMap && tv && tv.mode === 'constant' && tv.value && tu.kind === 'Basic' && !(isString(to) && tv.value.kind !== 'String')) {
    return constVal(g, to, tv.value);
  }
  if (isInterface(to)) {
    if (from.kind === 'Basic' && from.basicKind === BasicKind.UntypedNil) return mem('$zb');
    return toIface(g, genExpr(g, x), from, to);
  }
  if (cplx.isComplex(to)) return cplx.convert(g, from, to, genExpr(g, x));
  if (isString(to)) {
    if (isString(from)) return genExpr(g, x);
    const dst = g.temp(to);
    if (fu.kind === 'Slice') {
      const s = g.bind(addrOrMem(g, x));
      const ek = numKind(fu.elem);
      if (ek === 'u8') g.line(`$rt.slicebytetostring(${dst}, $m.u32[${s} >>> 2], $m.u32[(${s} + 8) >>> 2]${bufArg()});`);
      else g.line(`$rt.slicerunetostring(${dst}, $m.u32[${s} >>> 2], $m.u32[(${s} + 8) >>> 2]${bufArg()});`);
      return mem(dst);
    }
    // integer → string (rune)
    g.line(`$rt.intstring(${dst}, ${genJS(g, x)}${bufArg()});`);
    return mem(dst);
  }
  if (tu.kind === 'Slice' && isString(from)) {
    const dst = g.temp(to);
    const s = addrOrMem(g, x);
    if (numKind(tu.elem) === 'u8') g.line(`$rt.stringtoslicebyte(${dst}, ${s}${bufArg()});`);
    else { const b = call ? g.tmpBuf(call, 128) : '0'; g.line(`$rt.stringtoslicerune(${dst}, ${s}${b !== '0' ? ', ' + b : ''});`); }
    return mem(dst);
  }
  if (isUnsafePtr(to) && isUintptr(from)) return js(`$m.fromUintptr(${genJS(g, x)})`);
  if (isUintptr(to) && isUnsafePtr(from)) return js(`$m.toUintptr(${genJS(g, x)})`);
  if (fu.kind === 'Slice' && (tu.kind === 'Array' || (tu.kind === 'Pointer' && underlying(tu.elem).kind === 'Array'))) {
    const s = g.bind(addrOrMem(g, x));
    const at = (tu.kind === 'Array' ? tu : underlying((tu as { elem: Type }).elem)) as { len: number };
    g.line(`if ($m.u32[(${s} + 8) >>> 2] < ${at.len}) $rt.panicSliceConvert(${at.len}, $m.u32[(${s} + 8) >>> 2]);`);
    if (tu.kind === 'Pointer') return js(`(${at.len} === 0 && $m.u32[${s} >>> 2] === 0 ? 0 : $m.u32[${s} >>> 2])`);
    const dst = g.temp(to);
    g.line(`$mv(${dst}, $m.u32[${s} >>> 2], ${sizeof(to)});`);
    return mem(dst);
  }
  const fk = numKind(from), tk = numKind(to);
  if (fk && tk) {
    if (tv && tv.mode === 'constant') return genExpr(g, x);
    return js(convertNum(fk, tk, genJS(g, x)));
  }
  // same representation (named ↔ unnamed, pointers, unsafe.Pointer ↔ *T, funcs …)
  return genExpr(g, x);
}

/** Module-level cache variable for a getitab(inter, type) result. */
function itabRef(g: FuncGen, inter: Type, t: Type): string {
  const ii = g.prog.types.index(inter), ti = g.prog.types.index(t);
  const name = `$itab_${ii}_${ti}`;
  g.prog.itabVars.add(name);
  return `(${name} || (${name} = $rt.getitab($T[${ii}], $T[${ti}], false)))`;
}

/** Converts value v of type from to interface type to; returns the 16-byte interface in a temp. */
export function toIface(g: FuncGen, v: Val, from: Type, to: Type): Val {
  const dst = g.temp(to);
  if (isInterface(from)) {
    const a = v.k === 'mem' ? v.addr : '0';
    const s = g.bind(a);
    if (isEmptyInterface(to)) {
      if (isEmptyInterface(from)) return v;
      g.line(`{ const i = $m.u32[${s} >>> 2]; $sts(${dst}, i === 0 ? 0 : $rt.itabs[i].type.id, $m.u32[(${s} + 8) >>> 2]); }`);
    } else {
      const ti = g.prog.types.ref(to);
      const tid = isEmptyInterface(from) ? `$m.u32[${s} >>> 2]` : `$rt.itabType($m.u32[${s} >>> 2])`;
      g.line(`{ const t = ${tid}; $sts(${dst}, t === 0 ? 0 : $rt.getitab(${ti}, $rt.types[t], false), $m.u32[(${s} + 8) >>> 2]); }`);
    }
    return mem(dst);
  }
  const word0 = isEmptyInterface(to) ? `${g.prog.types.ref(from)}.id` : itabRef(g, to, from);
  let data: string;
  if (isPtrShaped(from)) data = (v as { js: string }).js;
  else {
    let src: string;
    if (v.k === 'mem') src = v.addr;
    else { src = g.temp(from); g.store(from, src, v); }
    if (isDirectIface(from)) data = `$m.u32[${src} >>> 2]`;
    else data = `$rt.convT(${g.prog.types.ref(from)}, ${src})`;
  }
  g.line(`$sts(${dst}, ${word0}, ${data});`);
  return mem(dst);
}

/** x.(T) — returns [value] or, with commaOk, [value, ok]. */
export function genTypeAssert(g: FuncGen, e: ast.TypeAssertExpr, commaOk: boolean): Val[] {
  const xt = g.typeOf(e.x);
  const t = g.valueTypeOf(e);
  const src = g.bind(addrOrMem(g, e.x));
  const dst = g.temp(t);
  const ok = g.tmpName('ok');
  g.line(`const ${ok} = $rt.typeAssert(${dst}, ${src}, ${g.prog.types.ref(xt)}, ${g.prog.types.ref(t)}, ${commaOk});`);
  const val = isJSValue(t) ? js(g.load(t, dst)) : mem(dst);
  return commaOk ? [val, js(ok)] : [val];
}

/** Dynamic type id of the interface at addr (0 for nil). */
export function dynTypeId(g: FuncGen, t: Type, addr: string): string {
  if (isEmptyInterface(t)) return `$m.u32[${addr} >>> 2]`;
  return `$rt.itabType($m.u32[${addr} >>> 2])`;
}
