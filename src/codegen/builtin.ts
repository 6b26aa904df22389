// Builtin functions: len, cap, append (incl. append(s, t...) and append([]byte, string...)), copy,
// make, new, delete, panic, recover, print/println, min, max, clear, and the unsafe functions.
// Mirrors cmd/compile/internal/walk/builtin.go.

import { inspect } from '../syntax/walk.js';
import * as cplx from './complex.js';
import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { underlying, Typ, BasicKind, type Type, type Struct } from '../types/types.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { numKind, isString, isInterface, isEmptyInterface, isPtrShaped, sizeof, ptrOffsets, alignof, structOffsets } from './layout.js';
import { genExpr, genExprAs, genJS, addrOrMem, keyAddr } from './expr.js';
import { toIface } from './conv.js';
import { genClose, genChanLenCap, genMakeChan } from './chan.js';

const anyType = (): Type => Typ[BasicKind.UntypedNil];

export function genBuiltin(g: FuncGen, e: ast.CallExpr, name: string): Val[] {
  const a = spreadArgs(g, e.args);
  switch (name) {
    case 'len': case 'cap': {
      const t = g.typeOf(a[0]);
      const u = underlying(t);
      if (u.kind === 'Basic') return [js(`$m.u32[(${addrOrMem(g, a[0])} + 8) >>> 2]`)];
      if (u.kind === 'Slice') return [js(`$m.u32[(${addrOrMem(g, a[0])} + ${name === 'len' ? 8 : 16}) >>> 2]`)];
      // len/cap of an array (pointer) is constant unless the operand calls or receives (spec):
      // then the operand is evaluated for its effects.
      if (u.kind === 'Array') { if (hasCallOrRecv(g, a[0])) g.bind((genExpr(g, a[0]) as { addr: string }).addr); return [js(String(u.len))]; }
      if (u.kind === 'Pointer') { if (hasCallOrRecv(g, a[0])) g.bind(genJS(g, a[0])); const at = underlying(u.elem) as { len: number }; return [js(String(at.len))]; }
      if (u.kind === 'Map') { const m = g.bind(genJS(g, a[0])); return [js(`(${m} === 0 ? 0 : $ld64(${m}))`)]; }
      if (u.kind === 'Chan') return [genChanLenCap(g, a[0], name)];
      throw new Error('codegen: len of ' + u.kind);
    }
    case 'append': return [genAppend(g, e, a)];
    case 'copy': {
      const dt = underlying(g.typeOf(a[0])) as { elem: Type };
      const d = g.stable(g.typeOf(a[0]), genExpr(g, a[0])) as { addr: string };
      const s = addrOrMem(g, a[1]);
      const es = isString(g.typeOf(a[1])) ? 1 : sizeof(dt.elem);
      // Pointerful elements: typedslicecopy (the bulk write barrier before the copy).
      const etd = ptrOffsets(dt.elem).length > 0 ? `, ${g.prog.types.ref(dt.elem)}` : '';
      return [js(g.bind(`$rt.slicecopy($m.u32[${d.addr} >>> 2], $m.u32[(${d.addr} + 8) >>> 2], $m.u32[${s} >>> 2], $m.u32[(${s} + 8) >>> 2], ${es}${etd})`))];
    }
    case 'new': {
      const t = g.typeOf(e) as { elem: Type };
      const pt = underlying(t as unknown as Type) as { elem: Type };
      if (g.prog.heapAlloc(e)) return [js(g.ptrTemp(`$rt.newobject(${g.prog.types.ref(pt.elem)})`))];
      const s = g.slotFor(pt.elem);
      g.zeroAt(pt.elem, s);
      return [js(s)];
    }
    case 'make': return [genMake(g, e)];
    case 'delete': {
      const mt = g.typeOf(a[0]);
      const m = g.ptrTemp(genJS(g, a[0]));
      const k = keyAddr(g, a[1], (underlying(mt) as { key: Type }).key);
      g.line(`$rt.mapdelete(${g.prog.types.ref(mt)}, ${m}, ${k});`);
      return [];
    }
    case 'panic': {
      const v = genExpr(g, a[0]);
      const at = g.typeOf(a[0]);
      const ev = isInterface(at) && isEmptyInterface(at) ? v : toIface(g, v, at, emptyIface());
      g.line(`$rt.gopanic(${(ev as { addr: string }).addr});`);
      return [];
    }
    case 'recover': {
      const t = emptyIface();
      const dst = g.temp(t);
      // Only a function called directly by a deferred call recovers (its caller's frame is the
      // frame running the defers, identified by its distance from the stack top).
      g.line(`if ($rt.stackHi - (sp + ${g.argAddr(0).slice(6, -1)} - 8) === $rt.$deferFo) $rt.gorecover(${dst}); else $zero(${dst}, 16);`);
      return [mem(dst)];
    }
    case 'print': case 'println': {
      const vals = a.map((x) => ({ t: g.typeOf(x), v: g.stable(g.typeOf(x), genExpr(g, x)) }));
      g.line('$rt.printlock();');
      vals.forEach(({ t, v }, i) => {
        if (i > 0 && name === 'println') g.line('$rt.printsp();');
        g.line(printCall(g, t, v) + ';');
      });
      if (name === 'println') g.line('$rt.printnl();');
      g.line('$rt.printunlock();');
      return [];
    }
    case 'min': case 'max': {
      const t = g.typeOf(e);
      if (isString(t)) {
        let cur = g.stable(t, genExprAs(g, a[0], t)) as { addr: string };
        for (let i = 1; i < a.length; i++) {
          const o = g.stable(t, genExprAs(g, a[i], t)) as { addr: string };
          cur = { addr: g.bind(`($strcmp(${o.addr}, ${cur.addr}) ${name === 'min' ? '<' : '>'} 0 ? ${o.addr} : ${cur.addr})`) };
        }
        return [mem(cur.addr)];
      }
      const k = numKind(t)!;
      let cur = g.bind(genJS(g, a[0]));
      for (let i = 1; i < a.length; i++) {
        const o = g.bind(genJS(g, a[i]));
        if (k === 'f32' || k === 'f64') cur = g.bind(`$f${name}(${cur}, ${o})`);
        else cur = g.bind(`(${o} ${name === 'min' ? '<' : '>'} ${cur} ? ${o} : ${cur})`);
      }
      return [js(cur)];
    }
    case 'clear': {
      const t = g.typeOf(a[0]);
      const u = underlying(t);
      if (u.kind === 'Map') { g.line(`$rt.mapclear(${g.prog.types.ref(t)}, ${genJS(g, a[0])});`); return []; }
      const s = g.bind(addrOrMem(g, a[0]));
      const et = (u as { elem: Type }).elem;
      if (ptrOffsets(et).length > 0) g.line(`$wbzt($m.u32[${s} >>> 2], $m.u32[(${s} + 8) >>> 2] * ${sizeof(et)}, ${g.prog.types.ref(et)});`);
      else g.line(`$zero($m.u32[${s} >>> 2], $m.u32[(${s} + 8) >>> 2] * ${sizeof(et)});`);
      return [];
    }
    case 'close': genClose(g, a[0]); return [];
    case 'complex': {
      const t = g.typeOf(e);
      const ft = cplx.isComplex(t) && underlying(t).kind === 'Basic' && (underlying(t) as { basicKind: BasicKind }).basicKind === BasicKind.Complex64 ? Typ[BasicKind.Float32] : Typ[BasicKind.Float64];
      const re = g.bind(genJS(g, a[0]));
      const im = g.bind((genExprAs(g, a[1], ft) as { js: string }).js);
      return [cplx.make(g, t, re, im)];
    }
    case 'real': case 'imag': {
      const xt = g.typeOf(a[0]);
      const [re, im] = cplx.parts(g, xt, genExpr(g, a[0]));
      return [js(name === 'real' ? re : im)];
    }
    case 'Add': return [js(`(${genJS(g, a[0])} + Number(${genJS(g, a[1])}))`)];
    case 'Slice': {
      const t = g.typeOf(e);
      const dst = g.temp(t);
      const p = genJS(g, a[0]);
      const n = genJS(g, a[1]);
      g.line(`$uslice(${dst}, ${p}, ${n}, ${sizeof((underlying(t) as { elem: Type }).elem)});`);
      return [mem(dst)];
    }
    case 'String': {
      const dst = g.temp(Typ[BasicKind.String]);
      g.line(`$ustring(${dst}, ${genJS(g, a[0])}, ${genJS(g, a[1])});`);
      return [mem(dst)];
    }
    // Not constants when the operand's type involves a type parameter: known once instantiated.
    case 'Sizeof': return [js(String(sizeof(g.typeOf(a[0]))))];
    case 'Alignof': return [js(String(alignof(g.typeOf(a[0]))))];
    case 'Offsetof': return [js(String(offsetOf(g, unparen(a[0]) as ast.SelectorExpr)))];
    case 'StringData': case 'SliceData': return [js(`$m.u32[${addrOrMem(g, a[0])} >>> 2]`)];
    default: throw new Error('codegen: unsupported builtin ' + name);
  }
}

/**
 * The arguments of a builtin call; a single multi-value call argument (copy(f()), append(f()),
 * println(f()), complex(f())) is evaluated first and spread into synthetic operands that stand for
 * its results (FuncGen.presets).
 */
function spreadArgs(g: FuncGen, args: readonly ast.Expr[]): readonly ast.Expr[] {
  if (args.length !== 1) return args;
  const t0 = g.typeOf(args[0]);
  if (t0.kind !== 'Tuple' || t0.vars.length < 2) return args;
  const call = unparen(args[0]) as ast.CallExpr;
  const vs = genCall(g, call);
  g.presets ??= new Map();
  return t0.vars.map((v, i) => {
    const t = g.subst(v.type!);
    const x = { kind: 'Ident', name: '_', pos: call.pos, end: call.end } as unknown as ast.Ident;
    g.presets!.set(x, { v: g.stable(t, vs[i]), t });
    return x;
  });
}

/** unsafe.Offsetof(x.f): the offset of f from x's address, through embedded (non-pointer) fields. */
function offsetOf(g: FuncGen, x: ast.SelectorExpr): number {
  const sel = g.info.selections.get(x);
  if (!sel) throw new Error('codegen: Offsetof without a field selection');
  let t = g.typeOf(x.x);
  if (underlying(t).kind === 'Pointer') t = (underlying(t) as { elem: Type }).elem;
  let off = 0;
  for (const i of sel.index) {
    const st = underlying(t) as Struct;
    off += structOffsets(st)[i];
    t = st.fields[i].type!;
  }
  return off;
}

import { genCall } from './call.js';
import { Interface } from '../types/types.js';
let anyIface: Type | null = null;
function emptyIface(): Type { return anyIface ??= new Interface([], []); }
void anyType;

function printCall(g: FuncGen, t: Type, v: Val): string {
  const u = underlying(t);
  const j = (v as { js: string }).js, ad = (v as { addr: string }).addr;
  if (cplx.isComplex(t)) { const [re, im] = cplx.parts(g, t, v); return `$rt.printcomplex(${re}, ${im})`; }
  if (u.kind === 'Basic') {
    const k = numKind(t);
    if (k === 'bool') return `$rt.printbool(${j})`;
    if (k === 'f32' || k === 'f64') return `$rt.printfloat(${j})`;
    if (k === 'u8' || k === 'u16' || k === 'u32' || k === 'u64') return u.basicKind === BasicKind.Uintptr ? `$rt.printuintptr(${j})` : `$rt.printuint(${j})`;
    if (k) return `$rt.printint(${j})`;
    if (isString(t)) return `$rt.printstring(${ad})`;
    if (u.basicKind === BasicKind.UntypedNil) return `$rt.printpointer(0)`;
    return `$rt.printpointer(${j})`;
  }
  if (isPtrShaped(t)) return `$rt.printpointer(${j})`;
  if (u.kind === 'Interface') return isEmptyInterface(t) ? `$rt.printeface(${ad})` : `$rt.printiface(${ad})`;
  if (u.kind === 'Slice') return `$rt.printslice(${ad})`;
  return `$rt.printpointer(${ad})`;
}

function genMake(g: FuncGen, e: ast.CallExpr): Val {
  const t = g.typeOf(e);
  const u = underlying(t);
  const a = e.args;
  if (u.kind === 'Slice') {
    const len = genJS(g, a[1]);
    const capx = a.length > 2 ? genJS(g, a[2]) : len;
    const dst = g.temp(t);
    const es = sizeof(u.elem);
    // Non-escaping make with a constant small size lives in the frame (Go: stack-allocated).
    const ctv = g.info.types.get(a.length > 2 ? a[2] : a[1]);
    const c = ctv && ctv.mode === 'constant' && ctv.value && ctv.value.kind === 'Int' ? Number(ctv.value.v) : -1;
    if (!g.prog.heapAlloc(e) && c >= 0 && c * es <= 65536 && g.prog.escape?.heapAlloc) {
      const id = g.newSlot(c * es, Math.max(alignof(u.elem), 1), repeat(ptrOffsets(u.elem), es, c));
      const base = g.slotAddr(id);
      g.zeroRaw(base, c * es);
      g.line(`if (!(${len} >= 0 && ${len} <= ${c})) { if (!(${len} >= 0)) $rt.panicmakeslicelen(); $rt.panicmakeslicecap(); }`);
      g.line(`$stsl(${dst}, ${base}, ${len}, ${c});`);
      return mem(dst);
    }
    g.line(`$rt.makeslice(${dst}, ${g.prog.types.ref(u.elem)}, ${len}, ${capx});`);
    return mem(dst);
  }
  if (u.kind === 'Map') {
    const hint = a.length > 1 ? genJS(g, a[1]) : '0';
    const htv = a.length > 1 ? g.info.types.get(a[1]) : null;
    const hc = a.length < 2 ? 0 : htv && htv.mode === 'constant' && htv.value && htv.value.kind === 'Int' ? Number(htv.value.v) : null;
    return js(genMakeMap(g, e, t, hint, hc));
  }
  if (u.kind === 'Chan') return genMakeChan(g, t, a.length > 1 ? a[1] : null);
  throw new Error('codegen: make of ' + u.kind + ' is not supported yet');
}

/**
 * make(map[K]V, hint) (walk/builtin.go walkMakeMap): an escaping map is makemap(t, hint) (Go's
 * makemap_small allocates only the hmap when hint ≤ 8); a non-escaping one gets its hmap in the
 * frame and, when hint ≤ 8 (checked at run time for a variable hint), its first bucket too, so
 * small local maps allocate nothing. Returns the JS expression of the (rooted) map pointer.
 */
export function genMakeMap(g: FuncGen, node: ast.Node, t: Type, hint: string, hintConst: number | null): string {
  const td = g.prog.types.ref(t);
  if (g.prog.heapAlloc(node) || !g.prog.escape?.heapAlloc) return g.ptrTemp(`$rt.makemap(${td}, ${hint})`);
  const h = g.slotAddr(g.newSlot(48, 8, [16, 24, 40]));
  g.zeroRaw(h, 48);
  if (hintConst === null || hintConst <= 8) {
    const mu = underlying(t) as { key: Type; elem: Type };
    const ind = (x: Type) => sizeof(x) > 128;
    const ks = ind(mu.key) ? 8 : sizeof(mu.key), es = ind(mu.elem) ? 8 : sizeof(mu.elem);
    const eoff = 8 + 8 * ks;
    const ovf = (eoff + 8 * es + 7) & ~7;
    const ptrs: number[] = [];
    if (ind(mu.key) || ind(mu.elem) || ptrOffsets(mu.key).length || ptrOffsets(mu.elem).length) {
      for (let i = 0; i < 8; i++) { if (ind(mu.key)) ptrs.push(8 + i * 8); else for (const o of ptrOffsets(mu.key)) ptrs.push(8 + i * ks + o); }
      for (let i = 0; i < 8; i++) { if (ind(mu.elem)) ptrs.push(eoff + i * 8); else for (const o of ptrOffsets(mu.elem)) ptrs.push(eoff + i * es + o); }
      ptrs.push(ovf);
    }
    const b = g.slotAddr(g.newSlot(ovf + 8, 8, ptrs));
    if (hintConst === null) {
      const hv = g.bind(hint);
      g.line(`if (${hv} <= 8) { $zero(${b}, ${ovf + 8}); $m.u32[(${h} + 16) >>> 2] = ${b}; }`);
      hint = hv;
    } else {
      g.zeroRaw(b, ovf + 8);
      g.line(`$m.u32[(${h} + 16) >>> 2] = ${b};`);
    }
  }
  return g.ptrTemp(`$rt.makemap(${td}, ${hint}, ${h})`);
}

/** Whether x contains a (non-conversion, non-builtin) call or a channel receive. */
export function hasCallOrRecv(g: FuncGen, x: ast.Node): boolean {
  let found = false;
  inspect(x, (n) => {
    if (found || n.kind === 'FuncLit') return false;
    if (n.kind === 'UnaryExpr' && n.op === '<-') found = true;
    if (n.kind === 'CallExpr') {
      const m = g.info.types.get(n.fun)?.mode;
      if (m !== 'type' && m !== 'builtin') found = true;
    }
    return !found;
  });
  return found;
}

function repeat(p: number[], es: number, n: number): number[] {
  const r: number[] = [];
  for (let i = 0; i < n; i++) for (const o of p) r.push(i * es + o);
  return r;
}

/** append(s, x...) / append(s, t...) / append([]byte, string...). */
function genAppend(g: FuncGen, e: ast.CallExpr, args: readonly ast.Expr[]): Val {
  const t = g.typeOf(e);
  const et = (underlying(t) as { elem: Type }).elem;
  const es = sizeof(et);
  const src = g.stable(t, genExpr(g, args[0])) as { addr: string };
  const dst = g.temp(t);
  if (e.ellipsis >= 0) {
    const other = g.stable(g.typeOf(args[1]), genExpr(g, args[1])) as { addr: string };
    if (es === 0) {
      // zero-size elements: lengths may exceed 2^32 (and overflow int64: growslice's panic)
      g.line(`$rt.appendzero(${dst}, ${src.addr}, $ld64(${other.addr} + 8));`);
      return mem(dst);
    }
    const n = g.bind(`$m.u32[(${other.addr} + 8) >>> 2]`);
    const ol = g.bind(`$m.u32[(${src.addr} + 8) >>> 2]`);
    g.line(`if (${ol} + ${n} > $m.u32[(${src.addr} + 16) >>> 2]) $rt.growslice(${dst}, ${src.addr}, ${g.prog.types.ref(et)}, ${n}); else { $mv24(${dst}, ${src.addr}); $m.u32[(${dst} + 8) >>> 2] = ${ol} + ${n}; }`);
    if (ptrOffsets(et).length > 0) g.line(`$wbmvt($m.u32[${dst} >>> 2] + ${ol} * ${es}, $m.u32[${other.addr} >>> 2], ${n} * ${es}, ${g.prog.types.ref(et)});`);
    else g.line(`$mv($m.u32[${dst} >>> 2] + ${ol} * ${es}, $m.u32[${other.addr} >>> 2], ${n} * ${es});`);
    return mem(dst);
  }
  const vals = args.slice(1).map((x) => {
    const v = genExprAs(g, x, et);
    return g.stable(et, v);
  });
  if (vals.length === 0) return mem(src.addr);
  const n = vals.length;
  if (es === 0) {
    g.line(`$rt.appendzero(${dst}, ${src.addr}, ${n});`);
    return mem(dst);
  }
  const ol = g.bind(`$m.u32[(${src.addr} + 8) >>> 2]`);
  g.line(`if (${ol} + ${n} > $m.u32[(${src.addr} + 16) >>> 2]) $rt.growslice(${dst}, ${src.addr}, ${g.prog.types.ref(et)}, ${n}); else { $mv24(${dst}, ${src.addr}); $m.u32[(${dst} + 8) >>> 2] = ${ol} + ${n}; }`);
  const p = g.bind(`$m.u32[${dst} >>> 2] + ${ol} * ${es}`);
  vals.forEach((v, i) => g.store(et, i ? `(${p} + ${i * es})` : p, v));
  return mem(dst);
}
