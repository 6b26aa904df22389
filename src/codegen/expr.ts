// Expressions: constants, variables, selectors, indexing, slicing, dereference, unary and binary
// operators, comparisons, string concatenation. Effectful parts (calls, allocations) are emitted as
// statements first, in source order (like cmd/compile's order pass, order.go); the pure rest is a JS
// expression evaluated afterwards. Mirrors cmd/compile/internal/ssagen/ssa.go (expr, addr).

import * as cplx from './complex.js';
import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { BasicKind, underlying, type Type, type Struct } from '../types/types.js';
import { float64Val, real as creal, type Value } from '../types/constant.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { numKind, isPtrShaped, isJSValue, isString, isInterface, isEmptyInterface, sizeof, structOffsets } from './layout.js';
import { arith, shift, negate, complement } from './arith.js';
import { genCall, funcValue, methodValue } from './call.js';
import { genCompositeLit, genFuncLit } from './lit.js';
import { toIface, genTypeAssert } from './conv.js';
import { genRecv } from './chan.js';

/** Compiles e to a value. */
export function genExpr(g: FuncGen, e: ast.Expr): Val {
  const pre = g.presets?.get(e);
  if (pre) return pre.v;
  const tv = g.info.types.get(e);
  if (tv && tv.mode === 'constant' && tv.value) return constVal(g, g.subst(tv.type), tv.value);
  switch (e.kind) {
    case 'ParenExpr': return genExpr(g, e.x);
    case 'Ident': return genIdent(g, e);
    case 'SelectorExpr': return genSelector(g, e);
    case 'IndexExpr': return genIndex(g, e);
    case 'SliceExpr': return genSliceExpr(g, e);
    case 'StarExpr': {
      const t = g.typeOf(e);
      const p = genJS(g, e.x);
      return g.valAt(t, `$nil(${p})`);
    }
    case 'UnaryExpr': return genUnary(g, e);
    case 'BinaryExpr': return genBinary(g, e);
    case 'CallExpr': {
      const rs = genCall(g, e);
      if (rs.length !== 1) throw new Error('codegen: call used as value has ' + rs.length + ' results');
      return rs[0];
    }
    case 'CompositeLit': return genCompositeLit(g, e, null);
    case 'FuncLit': return genFuncLit(g, e);
    case 'TypeAssertExpr': return genTypeAssert(g, e, false)[0];
    case 'IndexListExpr': return genIdentLike(g, e);
    default: throw new Error('codegen: unsupported expression ' + e.kind);
  }
}

/** Compiles e (of a JS-form type) to a JS expression. */
export function genJS(g: FuncGen, e: ast.Expr): string {
  const v = genExpr(g, e);
  if (v.k !== 'js') throw new Error('codegen: expected JS value for ' + e.kind);
  return v.js;
}

/** Compiles e (of a memory type) to an address expression. */
export function genMem(g: FuncGen, e: ast.Expr): string {
  const v = genExpr(g, e);
  if (v.k !== 'mem') throw new Error('codegen: expected memory value for ' + e.kind);
  return v.addr;
}

/** Compiles e and converts it to type t (assignability: interface conversion, nil, etc.). */
export function genExprAs(g: FuncGen, e: ast.Expr, t: Type): Val {
  const et = g.typeOf(e);
  if (isInterface(t) && !isInterface(et) && et.kind === 'Basic' && et.basicKind === BasicKind.UntypedNil) return mem('$zb');
  if (isInterface(t) && !isInterface(et)) {
    const tv = g.info.types.get(e);
    if (tv && tv.mode === 'constant' && tv.value) {
      const r = constIface(g, et, tv.value, t);
      if (r) return r;
    }
  }
  const v = genExpr(g, e);
  return convertAssign(g, v, et, t);
}

/** Implicit conversion of an assigned value of type from to type to. */
export function convertAssign(g: FuncGen, v: Val, from: Type, to: Type): Val {
  if (!isInterface(to)) return v;
  if (!isInterface(from)) {
    if (from.kind === 'Basic' && from.basicKind === BasicKind.UntypedNil) return mem('$zb');
    return toIface(g, v, from, to);
  }
  if (isEmptyInterface(to) && isEmptyInterface(from)) return v;
  if (g.prog.types.index(from) === g.prog.types.index(to)) return v;
  return toIface(g, v, from, to);
}

// ------------------------------------------------------------------ constants

/** A constant converted to an interface: its value lives in read-only static data (no allocation). */
function constIface(g: FuncGen, t: Type, v: Value, it: Type): Val | null {
  const k = numKind(t);
  let data: string;
  if (isString(t)) data = g.prog.stringConst(stringBytes(v));
  else if (k) {
    const n = sizeof(t);
    if (n === 0 || n > 8) return null;
    const b = new Uint8Array(8);
    const dv = new DataView(b.buffer);
    const js0 = constJS(t, v);
    if (k === 'bool') b[0] = js0 === 'true' ? 1 : 0;
    else if (k === 'f64') dv.setFloat64(0, Number(js0.replace(/[()]/g, '')), true);
    else if (k === 'f32') dv.setFloat32(0, Number(js0.replace(/[()]/g, '')), true);
    else if (v.kind === 'Int') dv.setBigUint64(0, BigInt.asUintN(64, v.v), true);
    else return null;
    // Small integers use the runtime's staticuint64s like Go; convT handles them without allocating.
    if (k !== 'f32' && k !== 'f64' && k !== 'bool' && v.kind === 'Int' && v.v >= 0n && v.v < 256n) return null;
    data = g.prog.staticBytesConst(b.subarray(0, n), Math.min(n, 8));
  } else return null;
  const dst = g.temp(it);
  const w0 = isEmptyInterface(it) ? `${g.prog.types.ref(t)}.id` : `$rt.getitab(${g.prog.types.ref(it)}, ${g.prog.types.ref(t)}, false)`;
  g.line(`$sts(${dst}, ${w0}, ${data});`);
  return mem(dst);
}

export function constVal(g: FuncGen, t: Type, v: Value): Val {
  const u = underlying(t);
  if (u.kind === 'Basic' && (u.basicKind === BasicKind.String || u.basicKind === BasicKind.UntypedString)) {
    return mem(g.prog.stringConst(stringBytes(v)));
  }
  if (u.kind === 'Interface') throw new Error('codegen: constant of interface type');
  if (cplx.isComplex(t)) return cplx.complexConst(g, t, v);
  return js(constJS(t, v));
}

/** Bytes of a string constant. */
export function stringBytes(v: Value): Uint8Array {
  if (v.kind !== 'String') return new Uint8Array(0);
  const s = v.s;
  // The checker keeps string constants as byte strings (one char per byte, utf8Bytes in constant.ts).
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return new TextEncoder().encode(s);
    out[i] = c;
  }
  return out;
}

export function constJS(t: Type, v: Value): string {
  const k = numKind(t);
  if (k === 'bool' || v.kind === 'Bool') return v.kind === 'Bool' && v.b ? 'true' : 'false';
  if (k === 'f32' || k === 'f64') {
    let f = float64Val(v)[0];
    if (k === 'f32') f = Math.fround(f);
    return numLit(f);
  }
  if (v.kind === 'Int') {
    const b = v.v;
    if (b >= -9007199254740991n && b <= 9007199254740991n) return numLit(Number(b));
    return `${b}n`;
  }
  if (v.kind === 'Float') {
    const f = float64Val(v)[0];
    if (k) return numLit(Math.trunc(f));
    return numLit(f);
  }
  return '0';
}

function numLit(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return 'Infinity';
  if (f === -Infinity) return '(-Infinity)';
  if (Object.is(f, -0)) return '(-0)';
  const s = String(f);
  return f < 0 ? `(${s})` : s;
}

// ------------------------------------------------------------------ identifiers

function genIdent(g: FuncGen, e: ast.Ident): Val {
  const o = g.info.objectOf(e);
  if (!o) throw new Error('codegen: unresolved ' + e.name);
  switch (o.kind) {
    case 'Var': return g.readVar(o);
    case 'Func': return js(funcValue(g, o, e));
    case 'Nil': return nilVal(g.typeOf(e));
    case 'Const': return constVal(g, g.typeOf(e), o.val);
    default: throw new Error('codegen: identifier ' + e.name + ' of kind ' + o.kind);
  }
}

function genIdentLike(g: FuncGen, e: ast.IndexListExpr): Val {
  const id = e.x.kind === 'Ident' ? e.x : e.x.kind === 'SelectorExpr' ? e.x.sel : null;
  if (!id) throw new Error('codegen: bad instantiation');
  const o = g.info.objectOf(id);
  if (o && o.kind === 'Func') return js(funcValue(g, o, id));
  throw new Error('codegen: bad instantiation');
}

export function nilVal(t: Type): Val {
  if (isPtrShaped(t)) return js('0');
  return mem('$zb');
}

// ------------------------------------------------------------------ selectors

function genSelector(g: FuncGen, e: ast.SelectorExpr): Val {
  const sel = g.info.selections.get(e);
  if (!sel) {
    const o = g.info.objectOf(e.sel);
    if (!o) throw new Error('codegen: unresolved selector ' + e.sel.name);
    if (o.kind === 'Var') return g.readVar(o);
    if (o.kind === 'Func') return js(funcValue(g, o, e.sel));
    if (o.kind === 'Const') return constVal(g, g.typeOf(e), o.val);
    throw new Error('codegen: selector of kind ' + o.kind);
  }
  if (sel.kind === 'FieldVal') {
    const t = g.typeOf(e);
    return g.valAt(t, fieldAddr(g, e.x, sel.index));
  }
  if (sel.kind === 'MethodVal') return methodValue(g, e, sel);
  return js(funcValue(g, sel.obj as any, e.sel, sel));
}

/** Address of the field reached from x through the index path (auto-dereferencing pointers). */
export function fieldAddr(g: FuncGen, x: ast.Expr, path: readonly number[]): string {
  let t = g.typeOf(x);
  let base: string;
  const u = underlying(t);
  if (u.kind === 'Pointer') {
    base = g.bind(`$nil(${genJS(g, x)})`);
    t = u.elem;
  } else base = addrOrMem(g, x);
  return walkPath(g, base, t, path).addr;
}

/** Walks embedded fields from a struct value at base; returns the final address and type. */
export function walkPath(g: FuncGen, base: string, t: Type, path: readonly number[]): { addr: string; type: Type } {
  let addr = base;
  for (let i = 0; i < path.length; i++) {
    let u = underlying(t);
    if (u.kind === 'Pointer') {
      addr = `$nil(${g.load(t, addr)})`;
      t = u.elem;
      u = underlying(t);
    }
    const st = u as Struct;
    const off = structOffsets(st)[path[i]];
    addr = off ? `(${addr} + ${off})` : addr;
    t = st.fields[path[i]].type!;
  }
  return { addr, type: t };
}

/** Address of an addressable expression, or of a memory value computed into a temp. */
export function addrOrMem(g: FuncGen, x: ast.Expr): string {
  const a = tryAddr(g, x);
  if (a !== null) return a;
  const v = genExpr(g, x);
  if (v.k === 'mem') return v.addr;
  const t = g.typeOf(x);
  const tmp = g.temp(t);
  g.store(t, tmp, v);
  return tmp;
}

/** Address of an addressable expression (variables, *p, fields, elements), or null. */
export function tryAddr(g: FuncGen, x: ast.Expr): string | null {
  if (g.presets?.has(x)) return null; // an already evaluated operand (genExpr gives its value)
  x = unparen(x);
  switch (x.kind) {
    case 'Ident': {
      const o = g.info.objectOf(x);
      if (o && o.kind === 'Var') {
        const l = g.locOf(o);
        if (l.k === 'let') return null;
        return g.varAddr(o);
      }
      return null;
    }
    case 'StarExpr': return g.bind(`$nil(${genJS(g, x.x)})`);
    case 'SelectorExpr': {
      const sel = g.info.selections.get(x);
      if (sel && sel.kind === 'FieldVal') return fieldAddr(g, x.x, sel.index);
      if (!sel) {
        const o = g.info.objectOf(x.sel);
        if (o && o.kind === 'Var') return g.varAddr(o);
      }
      return null;
    }
    case 'IndexExpr': {
      const xt = underlying(g.typeOf(x.x));
      if (xt.kind === 'Map' || xt.kind === 'Basic' || xt.kind === 'Signature') return null;
      if (xt.kind === 'Array' && tryAddr(g, x.x) === null) return null;
      return elemAddr(g, x);
    }
    default: return null;
  }
}

/** Bounds checks report the line of the '[' token (Go: the index expression's position). */
function indexPos(g: FuncGen, lbrack: number): void {
  if (lbrack > 0) g.code.goLine = g.pc.lineOf(lbrack);
}

/** Address of the element x[i] of an array, pointer to array or slice (with bounds check). */
export function elemAddr(g: FuncGen, x: ast.IndexExpr): string {
  let xt = underlying(g.typeOf(x.x));
  indexPos(g, x.lbrack);
  const ic = g.info.types.get(x.index);
  if (xt.kind === 'Slice') {
    const s = g.bind(addrOrMem(g, x.x));
    const es = sizeof(xt.elem);
    const i = genJS(g, x.index);
    return `($m.u32[${s} >>> 2] + $idx(${i}, $m.u32[(${s} + 8) >>> 2])${es !== 1 ? ' * ' + es : ''})`;
  }
  let base: string;
  if (xt.kind === 'Pointer') {
    base = g.bind(`$nil(${genJS(g, x.x)})`);
    xt = underlying(xt.elem);
  } else base = addrOrMem(g, x.x);
  if (xt.kind !== 'Array') throw new Error('codegen: index of ' + xt.kind);
  const es = sizeof(xt.elem);
  if (ic && ic.mode === 'constant' && ic.value && ic.value.kind === 'Int') {
    const k = Number(ic.value.v);
    return k === 0 ? base : `(${base} + ${k * es})`;
  }
  const i = genJS(g, x.index);
  return `(${base} + $idx(${i}, ${xt.len})${es !== 1 ? ' * ' + es : ''})`;
}

function genIndex(g: FuncGen, e: ast.IndexExpr): Val {
  const xt = underlying(g.typeOf(e.x));
  const t = g.valueTypeOf(e);
  if (xt.kind === 'Map') return mapIndex(g, e, false)[0];
  if (xt.kind === 'Basic') {
    const s = g.bind(addrOrMem(g, e.x));
    const i = genJS(g, e.index);
    indexPos(g, e.lbrack);
    return js(`$m.u8[$m.u32[${s} >>> 2] + $idx(${i}, $m.u32[(${s} + 8) >>> 2])]`);
  }
  if (xt.kind === 'Signature') {
    const id = e.x.kind === 'Ident' ? e.x : e.x.kind === 'SelectorExpr' ? e.x.sel : null;
    const o = id ? g.info.objectOf(id) : null;
    if (o && o.kind === 'Func') return js(funcValue(g, o, id!));
  }
  if (xt.kind === 'Array' && tryAddr(g, e.x) === null) {
    // indexing an array value (e.g. a call result): copy the element out
    return g.stable(t, g.valAt(t, elemAddr(g, e)));
  }
  return g.valAt(t, elemAddr(g, e));
}

/** Map lookup m[k] (commaOk: also the found flag). */
export function mapIndex(g: FuncGen, e: ast.IndexExpr, commaOk: boolean): Val[] {
  const mt = g.typeOf(e.x);
  const mu = underlying(mt) as { key: Type };
  const t = g.valueTypeOf(e);
  const mv = g.ptrTemp(genJS(g, e.x));
  const k = keyAddr(g, e.index, mu.key);
  const td = g.prog.types.ref(mt);
  if (!commaOk) {
    const p = g.bind(`$rt.mapaccess1(${td}, ${mv}, ${k})`);
    return [g.stable(t, g.valAt(t, p))];
  }
  const p = g.bind(`$rt.mapaccess2(${td}, ${mv}, ${k})`);
  const out = g.temp(t);
  g.line(`if (${p} !== 0) { ${storeStmt(g, t, out, g.valAt(t, p))} } else { $zero(${out}, ${sizeof(t)}); }`);
  return [g.valAt(t, out), js(`(${p} !== 0)`)];
}

export function storeStmt(g: FuncGen, t: Type, addr: string, v: Val): string {
  if (v.k === 'js') return g.storeJS(t, addr, v.js);
  return g.storeMemStmt(t, addr, v.addr);
}

/** Address of a map key value of type kt in memory (temps for JS values). */
export function keyAddr(g: FuncGen, e: ast.Expr, kt: Type): string {
  const v = genExprAs(g, e, kt);
  if (v.k === 'mem') return v.addr;
  const a = g.temp(kt);
  g.store(kt, a, v);
  return a;
}

// ------------------------------------------------------------------ slicing

function genSliceExpr(g: FuncGen, e: ast.SliceExpr): Val {
  let xt = underlying(g.typeOf(e.x));
  const t = g.typeOf(e);
  let ptr: string, len: string, cap: string, es: number;
  let s = '';
  if (xt.kind === 'Basic' || xt.kind === 'Slice') s = g.bind(addrOrMem(g, e.x));
  else if (xt.kind === 'Pointer') { s = g.bind(`$nil(${genJS(g, e.x)})`); xt = underlying(xt.elem); }
  else s = g.bind(addrOrMem(g, e.x));
  const lo = e.low ? genJS(g, e.low) : '0';
  const hi = e.high ? genJS(g, e.high) : null;
  const mx = e.max ? genJS(g, e.max) : null;
  indexPos(g, e.lbrack);
  const dst = g.temp(t);
  if (xt.kind === 'Basic') {
    g.line(`$slicestr(${dst}, ${s}, ${lo}, ${hi ?? `$m.u32[(${s} + 8) >>> 2]`});`);
    return mem(dst);
  }
  if (xt.kind === 'Slice') {
    ptr = `$m.u32[${s} >>> 2]`; len = `$m.u32[(${s} + 8) >>> 2]`; cap = `$m.u32[(${s} + 16) >>> 2]`;
    es = sizeof(xt.elem);
  } else {
    const at = xt as { len: number; elem: Type };
    ptr = s; len = String(at.len); cap = String(at.len); es = sizeof(at.elem);
  }
  // slicing an array checks against its length (Go's boundsSliceAlen / boundsSlice3Alen texts)
  const arr = xt.kind === 'Slice' ? '' : ', 1';
  if (mx !== null) g.line(`$slice3(${dst}, ${ptr}, ${cap}, ${lo}, ${hi}, ${mx}, ${es}${arr});`);
  else g.line(`$slice2(${dst}, ${ptr}, ${len}, ${cap}, ${lo}, ${hi ?? len}, ${es}${arr});`);
  return mem(dst);
}

// ------------------------------------------------------------------ operators

function genUnary(g: FuncGen, e: ast.UnaryExpr): Val {
  const t = g.typeOf(e);
  switch (e.op) {
    case '&': {
      const x = unparen(e.x);
      if (x.kind === 'CompositeLit') return genCompositeLit(g, x, 'ptr', e);
      const a = tryAddr(g, x);
      if (a === null) throw new Error('codegen: cannot take address of ' + x.kind);
      return js(a);
    }
    case '-': return cplx.isComplex(t) ? cplx.negate(g, t, genExpr(g, e.x)) : js(negate(numKind(t)!, genJS(g, e.x)));
    case '+': return genExpr(g, e.x);
    case '^': return js(complement(numKind(t)!, genJS(g, e.x)));
    case '!': return js(`!${genJS(g, e.x)}`);
    case '<-': return genRecv(g, e, false)[0];
    default: throw new Error('codegen: unsupported unary ' + e.op + ' (channels come with goroutines)');
  }
}

function genBinary(g: FuncGen, e: ast.BinaryExpr): Val {
  const op = e.op;
  if (op === '&&' || op === '||') return genLogical(g, e);
  const xt = g.typeOf(e.x), yt = g.typeOf(e.y);
  const t = g.typeOf(e);
  switch (op) {
    case '==': case '!=': case '<': case '<=': case '>': case '>=':
      if (cplx.isComplex(xt) && cplx.isComplex(yt)) {
        const ct = g.info.types.get(e.x)?.mode === 'constant' ? yt : xt;
        const cx = g.stable(ct, genExprAs(g, e.x, ct));
        return js(cplx.equal(g, op, ct, cx, genExprAs(g, e.y, ct)));
      }
      return js(compare(g, op, e.x, e.y, xt, yt));
    case '<<': case '>>': {
      const k = numKind(t)!;
      const a = genJS(g, e.x);
      const sv = g.info.types.get(e.y);
      // a constant count may be an untyped float or complex constant with an integral value
      const sc = sv && sv.mode === 'constant' && sv.value && sv.value.kind !== 'Unknown' && sv.value.kind !== 'Bool' && sv.value.kind !== 'String'
        ? (sv.value.kind === 'Int' ? Number(sv.value.v) : float64Val(sv.value.kind === 'Complex' ? creal(sv.value) : sv.value)[0]) : null;
      const s = sc === null ? genJS(g, e.y) : String(sc);
      return js(shift(op, k, a, s, numKind(yt) ?? 'u64', sc));
    }
    default: break;
  }
  if (isString(t)) {
    const parts: ast.Expr[] = [];
    const flat = (x: ast.Expr) => {
      const u = unparen(x);
      const tv = g.info.types.get(u);
      if (u.kind === 'BinaryExpr' && u.op === '+' && !(tv && tv.mode === 'constant')) { flat(u.x); flat(u.y); } else parts.push(u);
    };
    flat(e);
    const addrs = parts.map((p) => (g.stable(t, genExpr(g, p)) as { addr: string }).addr);
    const dst = g.temp(t);
    const buf = g.tmpBuf(e);
    g.line(`$rt.concatstrings(${dst}, [${addrs.join(', ')}]${buf !== '0' ? ', ' + buf : ''});`);
    return mem(dst);
  }
  if (cplx.isComplex(t)) {
    const cx = g.stable(t, genExprAs(g, e.x, t));
    return cplx.arith(g, op, t, cx, genExprAs(g, e.y, t));
  }
  const k = numKind(t);
  if (!k) throw new Error('codegen: arithmetic on non-numeric ' + underlying(t).kind);
  const a = genJS(g, e.x);
  const b = genJS(g, e.y);
  return js(arith(op, k, a, b));
}

function genLogical(g: FuncGen, e: ast.BinaryExpr): Val {
  const a = genJS(g, e.x);
  const mark = g.code.lines.length;
  const b = genJS(g, e.y);
  if (g.code.lines.length === mark) return js(`(${a} ${e.op} ${b})`);
  const lines = g.code.lines.splice(mark);
  const gls = g.code.goLines.splice(mark);
  const r = g.tmpName('b');
  g.line(`let ${r} = ${a};`);
  g.open(e.op === '&&' ? `if (${r}) {` : `if (!${r}) {`);
  for (let i = 0; i < lines.length; i++) { g.code.lines.push('  ' + lines[i]); g.code.goLines.push(gls[i]); }
  g.line(`${r} = ${b};`);
  g.close();
  return js(r);
}

export function isNilExpr(g: FuncGen, e: ast.Expr, t: Type): boolean {
  if (t.kind === 'Basic' && t.basicKind === BasicKind.UntypedNil) return true;
  const u = unparen(e);
  return u.kind === 'Ident' && g.info.objectOf(u)?.kind === 'Nil';
}

/** A comparison as a JS boolean expression. */
export function compare(g: FuncGen, op: string, x: ast.Expr, y: ast.Expr, xt: Type, yt: Type): string {
  const xn = isNilExpr(g, x, xt), yn = isNilExpr(g, y, yt);
  if (xn || yn) {
    const [v, vt] = yn ? [x, xt] : [y, yt];
    const u = underlying(vt);
    let test: string;
    if (isPtrShaped(vt)) test = `${genJS(g, v)} === 0`;
    else if (u.kind === 'Slice' || u.kind === 'Interface') test = `$m.u32[${addrOrMem(g, v)} >>> 2] === 0`;
    else test = 'true';
    return op === '==' ? `(${test})` : `!(${test})`;
  }
  const xi = isInterface(xt), yi = isInterface(yt);
  if (xi || yi) {
    const it = xi ? xt : yt;
    const av = g.stable(it, xi ? genExpr(g, x) : toIface(g, genExpr(g, x), xt, it)) as { addr: string };
    let bv = (yi ? genExpr(g, y) : toIface(g, genExpr(g, y), yt, it)) as { addr: string };
    let fn = isEmptyInterface(it) ? '$rt.efaceeq' : '$rt.ifaceeq';
    let aa = av.addr;
    if (xi && yi && isEmptyInterface(xt) !== isEmptyInterface(yt)) {
      // compare as eface
      const ea = isEmptyInterface(xt) ? { addr: aa } : (g.stable(yt, toIface(g, mem(aa), xt, yt)) as { addr: string });
      const eb = isEmptyInterface(yt) ? bv : (toIface(g, mem(bv.addr), yt, xt) as { addr: string });
      aa = ea.addr; bv = eb; fn = '$rt.efaceeq';
    }
    const r = `${fn}(${aa}, ${bv.addr})`;
    return op === '==' ? r : `!${r}`;
  }
  if (isString(xt)) {
    const a = (g.stable(xt, genExpr(g, x)) as { addr: string }).addr;
    const b = (genExpr(g, y) as { addr: string }).addr;
    if (op === '==') return `$streq(${a}, ${b})`;
    if (op === '!=') return `!$streq(${a}, ${b})`;
    return `($strcmp(${a}, ${b}) ${op} 0)`;
  }
  if (isJSValue(xt)) {
    const a = genJS(g, x);
    const b = genJS(g, y);
    const jop = op === '==' ? '===' : op === '!=' ? '!==' : op;
    return `(${a} ${jop} ${b})`;
  }
  const a = (g.stable(xt, genExpr(g, x)) as { addr: string }).addr;
  const b = (genExpr(g, y) as { addr: string }).addr;
  const r = `$rt.typeequal(${g.prog.types.ref(xt)}, ${a}, ${b})`;
  return op === '==' ? r : `!${r}`;
}
