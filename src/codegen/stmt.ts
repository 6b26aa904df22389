// Statements: if/for/range/switch/type switch with labels, break/continue/fallthrough, return,
// defer and expression statements (declarations and assignments are in assign.ts).
// Mirrors cmd/compile/internal/ssagen/ssa.go (stmt) and walk/range.go, walk/switch.go.

import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { underlying, type Type, type Interface, type Pointer } from '../types/types.js';
import type { Var } from '../types/objects.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { isString, isJSValue, isInterface, isEmptyInterface, isPtrShaped, isDirectIface, sizeof } from './layout.js';
import { genExpr, genExprAs, genJS, compare, convertAssign, isNilExpr } from './expr.js';
import { genCall, emitCall } from './call.js';
import { dynTypeId } from './conv.js';
import { emitExit } from './funcs.js';
import { genRangeFunc, rangeExitCode, deferOwner } from './rangefunc.js';
import { hasCallOrRecv } from './builtin.js';
import { genGo, preemptCheck, genMode, countCalls } from './goroutine.js';
import { genSend, genRangeChan } from './chan.js';
import { genSelect } from './select.js';
import { genDecl, genAssign, opAssign, lhsStore, rhsValues, assignTo } from './assign.js';

/** The deferred-call closure head: a generator in generator mode (the call inside may block). */
function deferFn(g: FuncGen): string { return genMode(g.prog) ? 'function* ()' : '() =>'; }

export function genBlock(g: FuncGen, list: readonly ast.Stmt[]): void {
  const cuts: number[] = [];
  list.forEach((s, i) => { if (s.kind === 'LabeledStmt' && g.gotoTargets.has(s.label.name)) cuts.push(i); });
  if (!cuts.length) {
    // Pointer-holding variables declared in this block die at its end: their slots are cleared
    // there (FuncGen.scopeVars; a `continue`/`break`/`return` out of the block skips it).
    const outer = g.scopeVars;
    g.scopeVars = [];
    for (const s of list) genStmt(g, s);
    const dead = g.scopeVars;
    g.scopeVars = outer;
    if (dead.length) g.line(dead.join(' ') + ' /*z*/');
    return;
  }
  // goto targets in this block: a switch-in-loop state machine, one case per labelled segment.
  const n = labelNo++;
  const G = `G${n}`, st = `$st${n}`;
  const starts = [0, ...cuts.filter((c) => c > 0)];
  starts.forEach((start, k) => {
    const s = list[start];
    if (s.kind === 'LabeledStmt' && g.gotoTargets.has(s.label.name)) g.gotoMap.set(s.label.name, { loop: G, st, k });
  });
  g.line(`let ${st} = 0;`);
  g.open(`${G}: for (;;) {`);
  g.open(`switch (${st}) {`);
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : list.length;
    g.line(`case ${k}:`);
    for (let i = start; i < end; i++) genStmt(g, list[i]);
  });
  g.close();
  g.line(`break ${G};`);
  g.close();
}

function genStmt(g: FuncGen, s: ast.Stmt): void {
  g.pos(s);
  const mark = g.tempMark();
  stmt(g, s, null);
  g.tempRelease(mark);
}

function stmt(g: FuncGen, s: ast.Stmt, label: string | null): void {
  switch (s.kind) {
    case 'EmptyStmt': return;
    case 'BadStmt': throw new Error('codegen: bad statement');
    case 'DeclStmt': return genDecl(g, s.decl);
    case 'ExprStmt': { exprStmt(g, s.x); return; }
    case 'IncDecStmt': return opAssign(g, s.x, s.tok === '++' ? '+' : '-', null);
    case 'AssignStmt': return genAssign(g, s);
    case 'BlockStmt': g.open('{'); genBlock(g, s.list); g.close(); return;
    case 'IfStmt': return genIf(g, s);
    case 'ForStmt': return genFor(g, s, label);
    case 'RangeStmt': return genRange(g, s, label);
    case 'SwitchStmt': return genSwitch(g, s, label);
    case 'TypeSwitchStmt': return genTypeSwitch(g, s, label);
    case 'LabeledStmt': {
      const inner = s.stmt;
      if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt' || inner.kind === 'SelectStmt') {
        stmt(g, inner, s.label.name);
        return;
      }
      g.open(`L_${s.label.name}: {`);
      g.loops.push({ label: `L_${s.label.name}`, brk: `L_${s.label.name}`, cont: null, goLabel: s.label.name, isSwitch: true });
      stmt(g, inner, null);
      g.loops.pop();
      g.close();
      return;
    }
    case 'BranchStmt': return genBranch(g, s);
    case 'ReturnStmt': return genReturn(g, s);
    case 'DeferStmt': return genDefer(g, s);
    case 'GoStmt': return genGo(g, s);
    case 'SendStmt': return genSend(g, s);
    case 'SelectStmt': return genSelect(g, s, label);
    case 'CommClause': throw new Error('codegen: comm clause outside select');
    case 'CaseClause': throw new Error('codegen: case clause outside switch');
  }
}

/** Evaluates a discarded value for its side effects (bounds checks, nil checks). */
export function sideEffects(g: FuncGen, v: Val): void {
  const e = v.k === 'js' ? v.js : v.addr;
  if (!/^[$\w]+$/.test(e) && /[($]/.test(e)) g.line(`void (${e});`);
}

function exprStmt(g: FuncGen, x: ast.Expr): void {
  const u = unparen(x);
  if (u.kind === 'CallExpr') { genCall(g, u); return; }
  genExpr(g, u);
}

// ------------------------------------------------------------------ control flow

function genIf(g: FuncGen, s: ast.IfStmt): void {
  g.open('{');
  if (s.init) genStmt(g, s.init);
  g.pos(s);
  const mark = g.tempMark();
  const c = genJS(g, s.cond);
  g.open(`if (${c}) {`);
  genBlock(g, s.body.list);
  if (s.else) {
    g.close('} else {');
    g.code.open('');
    if (s.else.kind === 'IfStmt') genStmt(g, s.else);
    else genBlock(g, s.else.list);
  }
  g.close();
  g.tempRelease(mark);
  g.close();
}

let labelNo = 0;

function genFor(g: FuncGen, s: ast.ForStmt, label: string | null): void {
  const n = labelNo++;
  const L = `L${n}`, C = `C${n}`;
  g.open('{');
  const boxed: Var[] = [];
  if (s.init) {
    genStmt(g, s.init);
    if (s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
      for (const l of s.init.lhs) { const d = l.kind === 'Ident' ? g.info.defs.get(l) : null; if (d && d.kind === 'Var' && g.locs.get(d)?.k === 'box') boxed.push(d); }
    }
  }
  g.open(`${L}: for (;;) {`);
  if (s.cond) {
    g.pos(s);
    const mark = g.tempMark();
    const c = genJS(g, s.cond);
    g.line(`if (!${c}) break;`);
    g.tempRelease(mark);
  }
  g.loops.push({ label: L, brk: L, cont: C, goLabel: label, isSwitch: false });
  g.loopDepth++;
  g.open(`${C}: {`);
  genBlock(g, s.body.list);
  g.close();
  g.loopDepth--;
  g.loops.pop();
  preemptCheck(g);
  // Go 1.22 per-iteration loop variables: a fresh box for the next iteration.
  for (const v of boxed) {
    const l = g.locs.get(v) as { slot: string };
    const vt = g.subst(v.type!);
    g.line(`{ const nb = $rt.newobject(${g.prog.types.ref(vt)}); $mv(nb, $m.u32[${l.slot} >>> 2], ${sizeof(vt)}); $m.u32[${l.slot} >>> 2] = nb; }`);
  }
  if (s.post) genStmt(g, s.post);
  g.close();
  g.close();
}

function genBranch(g: FuncGen, s: ast.BranchStmt): void {
  switch (s.tok) {
    case 'break': {
      const l = s.label ? g.loops.slice().reverse().find((x) => x.goLabel === s.label!.name) : g.loops[g.loops.length - 1];
      if (!l) { rangeFuncBranch(g, s); return; }
      g.line(`break ${l.brk};`);
      return;
    }
    case 'continue': {
      const l = s.label ? g.loops.slice().reverse().find((x) => x.goLabel === s.label!.name && !x.isSwitch)
        : g.loops.slice().reverse().find((x) => !x.isSwitch);
      if (!l || !l.cont) { rangeFuncBranch(g, s); return; }
      g.line(`break ${l.cont};`);
      return;
    }
    case 'fallthrough': return; // handled by the switch (no break emitted)
    case 'goto': {
      const t = g.gotoMap.get(s.label!.name);
      if (!t) throw new Error('codegen: goto ' + s.label!.name + ' into an unsupported position');
      g.line(`{ ${t.st} = ${t.k}; continue ${t.loop}; }`);
      return;
    }
  }
}

/** break/continue inside a range-over-func body that leaves the yield function. */
function rangeFuncBranch(g: FuncGen, s: ast.BranchStmt): void {
  const rf = g.rangeFunc, rl = g.rangeLoop;
  if (!rf || !rl) throw new Error('codegen: ' + s.tok + ' outside loop');
  if (!s.label || s.label.name === rl.label) { g.line(s.tok === 'continue' ? 'return true;' : 'return false;'); return; }
  const code = rangeExitCode(rf, s.tok, s.label.name);
  if (code === null) throw new Error('codegen: ' + s.tok + ' ' + s.label.name + ' in a range-over-func body is not supported yet');
  g.line(`{ ${g.storeJS(rf.state.type!, g.varAddr(rf.state), String(code))} return false; }`);
}

function genReturn(g: FuncGen, s: ast.ReturnStmt): void {
  if (g.rangeFunc) {
    const rf = g.rangeFunc;
    if (s.results.length) {
      const vals = rhsValues(g, s.results, rf.resultTypes, rf.resultTypes.length);
      vals.forEach((v, i) => g.store(rf.resultTypes[i], g.varAddr(rf.results[i]), v));
    }
    // -1: return the values stored above; -2: a bare return (the named results hold them)
    const code = s.results.length === 0 && rf.resultTypes.length > 0 ? '-2' : '-1';
    g.line(`${g.storeJS(rf.state.type!, g.varAddr(rf.state), code)} return false;`);
    return;
  }
  if (s.results.length) {
    const types = g.results.map((r) => r.type);
    const vals = rhsValues(g, s.results, types, types.length);
    vals.forEach((v, i) => {
      const r = g.results[i];
      switch (r.loc.k) {
        case 'let': g.line(`${r.loc.name} = ${(v as { js: string }).js};`); break;
        case 'mem': g.store(r.type, r.loc.addr, v); break;
        case 'box': g.store(r.type, `$m.u32[${r.loc.slot} >>> 2]`, v); break;
      }
    });
  }
  if (g.retLabel) g.line(`break ${g.retLabel};`);
  else emitExit(g);
}

// ------------------------------------------------------------------ range

function declOrAssign(g: FuncGen, s: ast.RangeStmt, e: ast.Expr | null, v: Val, t: Type): void {
  if (!e || (e.kind === 'Ident' && e.name === '_')) return;
  if (s.tok === ':=') {
    const d = g.info.defs.get(e as ast.Ident);
    if (d && d.kind === 'Var') { g.declareVar(d, v, g.isHeapVar(d)); return; }
  }
  assignTo(g, e, v, t);
}

/** Assigns the iteration values; with `=` and two targets, both targets' operands are evaluated
 * before either is assigned (`for i, x[i] = range y`), like a parallel assignment. */
function rangeAssign(g: FuncGen, s: ast.RangeStmt, keyT: Type | null, kv: () => Val, valT: Type | null, vv: () => Val): void {
  if (s.tok === '=' && keyT && valT && s.key && s.value) {
    const sk = lhsStore(g, s.key, keyT), sv = lhsStore(g, s.value, valT);
    const k = g.stable(keyT, kv());
    sk(k); sv(vv());
    return;
  }
  if (keyT) declOrAssign(g, s, s.key, kv(), keyT);
  if (valT) declOrAssign(g, s, s.value, vv(), valT);
}

function genRange(g: FuncGen, s: ast.RangeStmt, label: string | null): void {
  const n = labelNo++;
  const L = `L${n}`, C = `C${n}`;
  const xt = g.typeOf(s.x);
  const u = underlying(xt);
  const isBlank = (e: ast.Expr | null): boolean => !!e && e.kind === 'Ident' && e.name === '_';
  const keyT = s.key && !isBlank(s.key) ? (s.tok === ':=' ? g.subst((g.info.defs.get(s.key as ast.Ident) as Var)?.type ?? g.typeOf(s.key)) : g.typeOf(s.key)) : null;
  const valT = s.value && !isBlank(s.value) ? (s.tok === ':=' ? g.subst((g.info.defs.get(s.value as ast.Ident) as Var)?.type ?? g.typeOf(s.value)) : g.typeOf(s.value)) : null;
  g.open('{');
  const body = () => {
    g.loops.push({ label: L, brk: L, cont: C, goLabel: label, isSwitch: false });
    g.loopDepth++;
    g.open(`${C}: {`);
    genBlock(g, s.body.list);
    g.close();
    g.loopDepth--;
    g.loops.pop();
    if (u.kind !== 'Chan') preemptCheck(g);
  };
  const i = `$i${n}`;
  if (u.kind === 'Basic' && !isString(xt)) {
    // range over integer
    const nn = g.bind(genJS(g, s.x));
    g.open(`${L}: for (let ${i} = 0; ${i} < ${nn}; ${i}++) {`);
    if (keyT) declOrAssign(g, s, s.key, js(i), keyT);
    body();
    g.close();
  } else if (u.kind === 'Slice' || u.kind === 'Array' || (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array')) {
    let ptr: string, len: string, et: Type;
    if (u.kind === 'Slice') {
      const h = g.temp(xt);
      g.store(xt, h, genExpr(g, s.x));
      ptr = `$m.u32[${h} >>> 2]`; len = g.bind(`$m.u32[(${h} + 8) >>> 2]`); et = u.elem;
    } else if (u.kind === 'Array') {
      et = u.elem; len = String(u.len);
      if (s.value && !(s.value.kind === 'Ident' && s.value.name === '_')) {
        const h = g.temp(xt);
        g.store(xt, h, genExpr(g, s.x));
        ptr = h;
      } else {
        if (hasCallOrRecv(g, s.x)) g.bind((genExpr(g, s.x) as { addr: string }).addr);
        ptr = '0';
      }
    } else {
      const at = underlying((u as { elem: Type }).elem) as { elem: Type; len: number };
      et = at.elem; len = String(at.len);
      // reading the values of a nil *array faults (Go: the element load's nil check)
      const deref = !!s.value && !isBlank(s.value) && at.len > 0;
      ptr = s.value ? g.ptrTemp(deref ? `$nil(${genJS(g, s.x)})` : genJS(g, s.x)) : hasCallOrRecv(g, s.x) ? g.bind(genJS(g, s.x)) : '0';
    }
    const es = sizeof(et);
    g.open(`${L}: for (let ${i} = 0; ${i} < ${len}; ${i}++) {`);
    rangeAssign(g, s, keyT, () => js(i), valT && s.value ? valT : null, () => g.valAt(et, `(${ptr} + ${i} * ${es})`));
    body();
    g.close();
  } else if (isString(xt)) {
    const h = g.temp(xt);
    g.store(xt, h, genExpr(g, s.x));
    const ln = g.bind(`$m.u32[(${h} + 8) >>> 2]`);
    const nk = `$nk${n}`, r = `$r${n}`;
    g.open(`${L}: for (let ${i} = 0, ${nk} = 0; ${i} < ${ln}; ${i} = ${nk}) {`);
    g.line(`let ${r} = $m.u8[$m.u32[${h} >>> 2] + ${i}];`);
    g.line(`if (${r} < 128) ${nk} = ${i} + 1; else { const d = $rt.decoderune(${h}, ${i}); ${r} = d[0]; ${nk} = d[1]; }`);
    rangeAssign(g, s, keyT, () => js(i), valT, () => js(r));
    body();
    g.close();
  } else if (u.kind === 'Map') {
    const it = g.tempRaw(96, 8, [0, 8, 24, 32, 40, 48, 56]);
    const m = genJS(g, s.x);
    g.line(`$rt.mapiterinit(${g.prog.types.ref(xt)}, ${m}, ${it});`);
    g.open(`${L}: for (; $m.u32[${it} >>> 2] !== 0; $rt.mapiternext(${it})) {`);
    rangeAssign(g, s, keyT, () => g.valAt(u.key, `$m.u32[${it} >>> 2]`), valT, () => g.valAt(u.elem, `$m.u32[(${it} + 8) >>> 2]`));
    body();
    g.close();
  } else if (u.kind === 'Signature') {
    genRangeFunc(g, s, label, L);
  } else if (u.kind === 'Chan') {
    genRangeChan(g, s, L, valT ?? keyT, (v) => declOrAssign(g, s, s.key, v, keyT!), body, () => preemptCheck(g));
  } else {
    throw new Error('codegen: range over ' + u.kind + ' is not supported yet');
  }
  g.close();
}

// ------------------------------------------------------------------ switch

function genSwitch(g: FuncGen, s: ast.SwitchStmt, label: string | null): void {
  const n = labelNo++;
  const SW = `SW${n}`, M = `M${n}`, ci = `$c${n}`;
  g.open('{');
  if (s.init) genStmt(g, s.init);
  g.pos(s);
  const mark = g.tempMark();
  let tag: Val | null = null;
  const tagT = s.tag ? g.typeOf(s.tag) : null;
  if (s.tag) tag = g.stable(tagT!, genExpr(g, s.tag));
  const clauses = s.body.list as ast.CaseClause[];
  g.line(`let ${ci} = -1;`);
  g.open(`${M}: {`);
  let def = -1;
  clauses.forEach((c, k) => {
    if (!c.list) { def = k; return; }
    for (const x of c.list) {
      g.pos(x);
      const m2 = g.tempMark();
      let cond: string;
      if (tag) cond = caseCompare(g, tag, tagT!, x);
      else if (isInterface(g.typeOf(x))) {
        // tagless switch: `case i:` with i an interface compares i == true
        const xv = g.stable(g.typeOf(x), genExpr(g, x)) as { addr: string };
        const tv = convertAssign(g, js('true'), Typ[BasicKind.Bool], g.typeOf(x)) as { addr: string };
        cond = `$rt.efaceeq(${tv.addr}, ${xv.addr})`;
      } else cond = genJS(g, x);
      g.line(`if (${cond}) { ${ci} = ${k}; break ${M}; }`);
      g.tempRelease(m2);
    }
  });
  if (def >= 0) g.line(`${ci} = ${def};`);
  g.close();
  g.tempRelease(mark);
  emitCases(g, SW, ci, clauses, label, () => {});
  g.close();
}

function caseCompare(g: FuncGen, tag: Val, tagT: Type, x: ast.Expr): string {
  const xt = g.typeOf(x);
  if (isInterface(tagT) && !isInterface(xt)) {
    const v = convertAssign(g, genExpr(g, x), xt, tagT) as { addr: string };
    return `${isEmptyInterface(tagT) ? '$rt.efaceeq' : '$rt.ifaceeq'}(${(tag as { addr: string }).addr}, ${v.addr})`;
  }
  if (!isInterface(tagT) && isNilExpr(g, x, xt)) {
    // `case nil` of a slice, map, func, pointer or chan tag: a nil test, not a comparison
    if (isPtrShaped(tagT)) return `(${(tag as { js: string }).js} === 0)`;
    return `($m.u32[${(tag as { addr: string }).addr} >>> 2] === 0)`;
  }
  if (!isInterface(tagT) && isInterface(xt)) {
    // a concrete tag against an interface case (possible in generic code: switch t { case i: })
    const xv = g.stable(xt, genExpr(g, x)) as { addr: string };
    const tv = convertAssign(g, tag, tagT, xt) as { addr: string };
    return `${isEmptyInterface(xt) ? '$rt.efaceeq' : '$rt.ifaceeq'}(${tv.addr}, ${xv.addr})`;
  }
  if (isString(tagT)) return `$streq(${(tag as { addr: string }).addr}, ${(genExpr(g, x) as { addr: string }).addr})`;
  if (isJSValue(tagT)) {
    const v = genExprAs(g, x, tagT);
    return `(${(tag as { js: string }).js} === ${(v as { js: string }).js})`;
  }
  void compare;
  const v = genExprAs(g, x, tagT) as { addr: string };
  return `$rt.typeequal(${g.prog.types.ref(tagT)}, ${(tag as { addr: string }).addr}, ${v.addr})`;
}

function emitCases(g: FuncGen, SW: string, ci: string, clauses: ast.CaseClause[], label: string | null, pre: (k: number) => void): void {
  g.open(`${SW}: switch (${ci}) {`);
  g.loops.push({ label: SW, brk: SW, cont: null, goLabel: label, isSwitch: true });
  clauses.forEach((c, k) => {
    g.pos(c);
    g.open(`case ${k}: {`);
    pre(k);
    genBlock(g, c.body);
    const last = c.body[c.body.length - 1];
    const ft = last && last.kind === 'BranchStmt' && last.tok === 'fallthrough';
    if (!ft) g.line(`break ${SW};`);
    g.close();
  });
  g.loops.pop();
  g.close();
}

function genTypeSwitch(g: FuncGen, s: ast.TypeSwitchStmt, label: string | null): void {
  const n = labelNo++;
  const SW = `SW${n}`, M = `M${n}`, ci = `$c${n}`, tid = `$tid${n}`;
  g.open('{');
  if (s.init) genStmt(g, s.init);
  g.pos(s);
  const ta = (s.assign.kind === 'AssignStmt' ? s.assign.rhs[0] : s.assign.x) as ast.TypeAssertExpr;
  const xe = unparen(ta).kind === 'TypeAssertExpr' ? (unparen(ta) as ast.TypeAssertExpr).x : ta.x;
  const xt = g.typeOf(xe);
  const xv = g.slotFor(xt);
  g.store(xt, xv, genExpr(g, xe));
  g.line(`const ${tid} = ${dynTypeId(g, xt, xv)};`);
  const clauses = s.body.list as ast.CaseClause[];
  g.line(`let ${ci} = -1;`);
  g.open(`${M}: {`);
  let def = -1;
  const single: (Type | null)[] = [];
  clauses.forEach((c, k) => {
    single[k] = null;
    if (!c.list) { def = k; return; }
    if (c.list.length === 1) {
      const tv = g.info.types.get(c.list[0]);
      if (tv && tv.mode === 'type') single[k] = g.subst(tv.type);
    }
    for (const x of c.list) {
      const tv = g.info.types.get(x);
      let cond: string;
      if (!tv || tv.mode !== 'type') cond = `${tid} === 0`; // nil
      else {
        const t = g.subst(tv.type);
        if (isInterface(t)) cond = isEmptyInterface(t) ? `${tid} !== 0` : `(${tid} !== 0 && $rt.getitab(${g.prog.types.ref(t)}, $rt.types[${tid}], true) !== 0)`;
        else cond = `${tid} === ${g.prog.types.ref(t)}.id`;
      }
      g.line(`if (${cond}) { ${ci} = ${k}; break ${M}; }`);
    }
  });
  if (def >= 0) g.line(`${ci} = ${def};`);
  g.close();
  emitCases(g, SW, ci, clauses, label, (k) => {
    const c = clauses[k];
    const v = g.info.implicits.get(c) as Var | undefined;
    if (!v || v.kind !== 'Var') return;
    const t = single[k];
    if (!t) { g.declareVar(v, mem(xv), g.isHeapVar(v)); return; }
    if (isInterface(t)) {
      const dst = g.temp(t);
      g.line(`$rt.typeAssert(${dst}, ${xv}, ${g.prog.types.ref(xt)}, ${g.prog.types.ref(t)}, true);`);
      g.declareVar(v, mem(dst), g.isHeapVar(v));
      return;
    }
    const data = `$m.u32[(${xv} + 8) >>> 2]`;
    let val: Val;
    if (isPtrShaped(t)) val = js(data);
    else if (isDirectIface(t)) { const tmp = g.temp(t); g.line(`$stp(${tmp}, ${data});`); val = mem(tmp); }
    else val = g.valAt(t, data);
    g.declareVar(v, val, g.isHeapVar(v));
  });
  g.close();
}

// ------------------------------------------------------------------ defer

function genDefer(g: FuncGen, s: ast.DeferStmt): void {
  const call = s.call;
  const fun = unparen(call.fun);
  const ftv = g.info.types.get(fun);
  if (ftv && (ftv.mode === 'builtin' || ftv.mode === 'type')) {
    // The arguments are evaluated now (defer delete(m, i) deletes this i), the builtin runs later.
    const inLoopB = g.loopDepth > 0 || !!g.rangeFunc;
    const preset: ast.Expr[] = [];
    for (const x of call.args) {
      const tv = g.info.types.get(x);
      if (!tv || tv.mode === 'type' || tv.mode === 'constant' || tv.mode === 'builtin') continue;
      const t = g.typeOf(x);
      if (t.kind === 'Tuple') continue;
      const v = persist(g, t, genExpr(g, x), inLoopB);
      g.presets ??= new Map();
      g.presets.set(x, { v, t });
      preset.push(x);
    }
    const roots = g.deferRecords.splice(0);
    g.open(`$df.push(${deferFn(g)} {`);
    genCall(g, call);
    for (const r of roots) g.line(`$deferRoots.delete(${r});`);
    g.close('});');
    for (const x of preset) g.presets!.delete(x);
    return;
  }
  // Evaluate the function value, receiver and arguments now; call later.
  const inLoop = g.loopDepth > 0 || !!g.rangeFunc;
  // Calls inside the operands (defer f(g())) run now; only the outermost call (emitted last) is deferred.
  let inner = countCalls(g, call) - 1;
  const hook: NonNullable<FuncGen['deferHook']> = (callee, recv, args, params, results) => {
    g.deferHook = null;
    if (inner-- > 0) {
      try { return emitCall(g, callee, recv, args, params, results); } finally { g.deferHook = hook; }
    }
    const keep = (t: Type, v: Val): Val => persist(g, t, v, inLoop);
    // defer x.M() with a nil interface x panics now, evaluating x.M (Go's nil check of the itab)
    if (callee.k === 'iface') g.line(`void $nil($m.u32[(${callee.addr}) >>> 2]);`);
    const c2 = callee.k === 'value' ? { k: 'value' as const, fv: (keep(params.length >= 0 ? ptrType : ptrType, js(callee.fv)) as { js: string }).js }
      : callee.k === 'iface' ? { ...callee, addr: (keep(ifaceTypeOf(g, callee), mem(callee.addr)) as { addr: string }).addr } : callee;
    const r2 = recv ? { v: keep(recv.t, recv.v), t: recv.t } : null;
    const a2 = args.map((a, i) => keep(params[i], a));
    const roots = g.deferRecords.splice(0);
    g.open(`$df.push(${deferFn(g)} {`);
    // In a range-over-func body the call runs from the enclosing function's frame (its sp is $rt.sp
    // when deferred calls run), whose outgoing area is made large enough.
    if (g.rangeFunc) g.line('sp = $rt.sp;');
    // recover() works only in the function called directly here while a panic runs the deferred
    // calls: the defer loop (funcs.ts) sets $rt.$deferFo to this frame's distance from the top.
    emitCall(g, c2, r2, a2, params, results);
    if (g.rangeFunc) deferOwner(g.rangeFunc).useOut(g.outArea);
    for (const r of roots) g.line(`$deferRoots.delete(${r});`);
    g.close('});');
    return [];
  };
  g.deferHook = hook;
  g.deferHeap = !!g.rangeFunc;
  genCall(g, call);
  g.deferHeap = false;
  g.deferHook = null;
}

import { Typ, BasicKind } from '../types/types.js';
const ptrType = Typ[BasicKind.UnsafePointer];
function ifaceTypeOf(_g: FuncGen, _c: unknown): Type { return ifaceAny; }
import { Interface as IfaceClass } from '../types/types.js';
const ifaceAny: Interface = new IfaceClass([], []);

/** Keeps a deferred call's evaluated operand until the call runs. */
function persist(g: FuncGen, t: Type, v: Val, inLoop: boolean): Val {
  if (v.k === 'js' && !isPtrShaped(t)) {
    const n = g.tmpName('d');
    g.line(`const ${n} = ${v.js};`);
    return js(n);
  }
  if (!inLoop) {
    const a = g.slotFor(t);
    g.store(t, a, v);
    return g.valAt(t, a);
  }
  // In a loop every execution needs its own record: a heap copy kept alive via $deferRoots.
  const n = g.tmpName('d');
  g.line(`const ${n} = $rt.mallocgc(${Math.max(sizeof(t), 8)}, ${g.prog.types.ref(t)}, true);`);
  g.line(`$deferRoots.add(${n});`);
  g.deferRecords.push(n);
  g.store(t, n, v, false); // fresh record
  return g.valAt(t, n);
}
