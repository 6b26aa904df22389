// Composite literals (structs, arrays, slices, maps, &T{…}) and function literals (closures: a
// funcval {fn, captured…} on the heap or the stack per escape analysis, variables captured by value
// or by reference). Mirrors cmd/compile/internal/walk/complit.go and closure.go.

import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { Typ, BasicKind, underlying, Struct, Pointer, type Type } from '../types/types.js';
import { Var } from '../types/objects.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { sizeof, alignof, structOffsets, ptrOffsets, alignUp, isJSValue } from './layout.js';
import { genExprAs, keyAddr } from './expr.js';
import { closureEntry } from './funcs.js';
import { genMakeMap } from './builtin.js';

/** Largest composite-literal temporary kept in the frame (cmd/compile MaxImplicitStackVarSize). */
const maxImplicitStackVarSize = 64 * 1024;

/** T{…} as a value (mode null) or &T{…} as a pointer (mode 'ptr'). */
export function genCompositeLit(g: FuncGen, e: ast.CompositeLit, mode: 'ptr' | null, allocNode: ast.Node | null = null): Val {
  const t = g.typeOf(e);
  const u = underlying(t);
  if (mode === 'ptr' || u.kind === 'Struct' || u.kind === 'Array') {
    if (mode === 'ptr') {
      const heap = (allocNode !== null && g.prog.heapAlloc(allocNode)) || g.prog.heapAlloc(e);
      let base: string;
      if (heap) base = g.ptrTemp(`$rt.newobject(${g.prog.types.ref(t)})`);
      else { base = g.slotFor(t); g.zeroAt(t, base); }
      fillInto(g, e, base, t, false);
      return js(heap ? base : base);
    }
    if (sizeof(t) > maxImplicitStackVarSize) {
      // Go moves implicit temporaries over 64 KiB to the heap (ir.MaxImplicitStackVarSize)
      const hb = g.ptrTemp(`$rt.newobject(${g.prog.types.ref(t)})`);
      fillInto(g, e, hb, t, false);
      return mem(hb);
    }
    const base = g.temp(t);
    g.zeroAt(t, base);
    fillInto(g, e, base, t, false);
    return mem(base);
  }
  if (u.kind === 'Slice') {
    const dst = g.temp(t);
    buildSlice(g, e, dst, t);
    return mem(dst);
  }
  if (u.kind === 'Map') return js(buildMap(g, e, t));
  throw new Error('codegen: composite literal of ' + u.kind);
}

/** Writes the literal's value into memory at base (already zeroed unless zeroed=false requests it). */
function fillInto(g: FuncGen, e: ast.CompositeLit, base: string, t: Type, zero: boolean): void {
  const u = underlying(t);
  if (zero) g.zeroAt(t, base);
  switch (u.kind) {
    case 'Struct': {
      const offs = structOffsets(u);
      e.elts.forEach((el, i) => {
        let idx = i, ve = el;
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as ast.Ident).name;
          idx = u.fields.findIndex((f) => f.name === name);
          ve = el.value;
        }
        const f = u.fields[idx];
        if (f.name === '_') {
          // a blank field stays zero; its value is still evaluated
          const v = genExprAs(g, ve, f.type!);
          if (v.k === 'js' && /[($]/.test(v.js)) g.line(`void (${v.js});`);
          return;
        }
        storeElem(g, ve, offs[idx] ? `(${base} + ${offs[idx]})` : base, f.type!);
      });
      return;
    }
    case 'Array': {
      const es = sizeof(u.elem);
      let k = 0;
      for (const el of e.elts) {
        let ve = el;
        if (el.kind === 'KeyValueExpr') { k = constIndex(g, el.key); ve = el.value; }
        storeElem(g, ve, k ? `(${base} + ${k * es})` : base, u.elem);
        k++;
      }
      return;
    }
    case 'Slice': { buildSlice(g, e, base, t); return; }
    case 'Map': { g.line(g.storeJS(t, base, buildMap(g, e, t), false)); return; }
    default: throw new Error('codegen: composite literal of ' + u.kind);
  }
}

function constIndex(g: FuncGen, k: ast.Expr): number {
  const tv = g.info.types.get(k);
  if (tv && tv.value && tv.value.kind === 'Int') return Number(tv.value.v);
  throw new Error('codegen: non-constant index in composite literal');
}

/** Stores element expression ve of type et at addr (nested literals are built in place). Literals
 *  are built into zeroed fresh objects or frame memory: first stores of nil words need no write
 *  barrier (the deletion half has nothing to shade; new objects are black). */
function storeElem(g: FuncGen, ve: ast.Expr, addr: string, et: Type): void {
  const x = unparen(ve);
  const eu = underlying(et);
  if (x.kind === 'CompositeLit' && (eu.kind === 'Struct' || eu.kind === 'Array')) {
    const lt = g.typeOf(x);
    if (underlying(lt).kind === eu.kind) { fillInto(g, x, addr, et, false); return; }
  }
  if (x.kind === 'CompositeLit' && eu.kind === 'Pointer') {
    const lt = g.typeOf(x);
    if (underlying(lt).kind !== 'Pointer') {
      const p = genCompositeLit(g, x, 'ptr');
      g.store(et, addr, p, false);
      return;
    }
  }
  const v = genExprAs(g, ve, et);
  g.store(et, addr, v, false);
}

/** Number of elements of a slice/array literal (max index + 1). */
function litLen(g: FuncGen, e: ast.CompositeLit): number {
  let k = 0, n = 0;
  for (const el of e.elts) {
    if (el.kind === 'KeyValueExpr') k = constIndex(g, el.key);
    k++;
    if (k > n) n = k;
  }
  return n;
}

function buildSlice(g: FuncGen, e: ast.CompositeLit, dst: string, t: Type): void {
  const et = (underlying(t) as { elem: Type }).elem;
  const n = litLen(g, e);
  if (n === 0) { g.line(`$stsl(${dst}, $rt.zerobase, 0, 0);`); return; }
  const es = sizeof(et);
  let base: string;
  if (g.prog.heapAlloc(e)) base = g.ptrTemp(`$rt.newarray(${g.prog.types.ref(et)}, ${n})`);
  else {
    const id = g.newSlot(es * n, Math.max(alignof(et), 1), repeat(ptrOffsets(et), es, n));
    base = g.slotAddr(id);
    g.zeroRaw(base, es * n);
  }
  let k = 0;
  for (const el of e.elts) {
    let ve = el;
    if (el.kind === 'KeyValueExpr') { k = constIndex(g, el.key); ve = el.value; }
    storeElem(g, ve, k ? `(${base} + ${k * es})` : base, et);
    k++;
  }
  g.line(`$stsl(${dst}, ${base}, ${n}, ${n});`);
}

function repeat(p: number[], es: number, n: number): number[] {
  const r: number[] = [];
  for (let i = 0; i < n; i++) for (const o of p) r.push(i * es + o);
  return r;
}

/** Builds a map literal; returns the JS expression of the (rooted) map pointer. */
function buildMap(g: FuncGen, e: ast.CompositeLit, t: Type): string {
  const mu = underlying(t) as { key: Type; elem: Type };
  const td = g.prog.types.ref(t);
  const m = genMakeMap(g, e, t, String(e.elts.length), e.elts.length);
  for (const el of e.elts) {
    const kv = el as ast.KeyValueExpr;
    const mark = g.tempMark();
    const k = keyAddr(g, litElem(kv.key), mu.key);
    let v: Val;
    const x = unparen(kv.value);
    if (x.kind === 'CompositeLit' && underlying(mu.elem).kind === 'Pointer' && underlying(g.typeOf(x)).kind !== 'Pointer') v = genCompositeLit(g, x, 'ptr');
    else v = genExprAs(g, kv.value, mu.elem);
    if (v.k === 'js' && !isJSValue(mu.elem)) throw new Error('codegen: bad map literal value');
    if (v.k === 'js' && underlying(mu.elem).kind !== 'Basic') v = js(g.ptrTemp(v.js));
    const p = g.bind(`$rt.mapassign(${td}, ${m}, ${k})`);
    g.store(mu.elem, p, v);
    g.tempRelease(mark);
  }
  return m;
}

function litElem(k: ast.Expr): ast.Expr { return k; }

// ------------------------------------------------------------------ closures

/** Layout of a closure's funcval: captured variables after the 8-byte fn word. */
export interface ClosureLayout {
  vars: { v: Var; byRef: boolean; off: number; type: Type }[];
  size: number;
  struct: Type;
}

const layouts = new WeakMap<ast.FuncLit, ClosureLayout>();

export function closureLayout(g: FuncGen, e: ast.FuncLit): ClosureLayout {
  let l = layouts.get(e);
  if (l) return l;
  const caps = g.info.captures.get(e) ?? [];
  const fields: Var[] = [new Var(null, 'F', Typ[BasicKind.Uintptr])];
  let off = 8;
  const vars = caps.map((v, i) => {
    const byRef = g.prog.captureByRef(e, v);
    const type = byRef ? new Pointer(g.subst(v.type!)) : g.subst(v.type!);
    off = alignUp(off, Math.max(alignof(type), 1));
    const r = { v, byRef, off, type };
    off += sizeof(type);
    fields.push(new Var(null, 'X' + i, type));
    return r;
  });
  for (const f of fields) f.isField = true;
  l = { vars, size: alignUp(off, 8), struct: new Struct(fields) };
  layouts.set(e, l);
  return l;
}

/** func(…){…} as a value: a pointer to its funcval. */
export function genFuncLit(g: FuncGen, e: ast.FuncLit): Val {
  const L = closureLayout(g, e);
  const ent = closureEntry(g, e, L);
  if (L.vars.length === 0) return js(g.prog.funcval(ent));
  let base: string;
  // a closure deferred from a range-over-func body outlives the yield function's frame
  const heap = g.prog.heapAlloc(e) || g.deferHeap;
  if (heap) base = g.ptrTemp(`$rt.mallocgc(${L.size}, ${g.prog.types.ref(L.struct)}, true)`);
  else { base = g.slotFor(L.struct); g.zeroAt(L.struct, base); }
  g.line(`$stp(${base}, ${g.prog.fnIndex(ent)});`);
  for (const c of L.vars) {
    const a = `(${base} + ${c.off})`;
    if (c.byRef) g.line(`$stp(${a}, ${g.varAddr(c.v)});`);
    else g.store(c.type, a, g.readVar(c.v), false);
  }
  return js(heap ? base : base);
}
