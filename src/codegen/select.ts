// select statements: all channel operands and send values are evaluated in source order on entry,
// the cases are laid out as Go's compiler does (sends first, then receives: scases = [c0, elem0,
// c1, elem1, …]), one $rt.selectgo call picks a case (-1 = default), then a switch runs the chosen
// clause after storing the received value. `select {}` blocks forever ($rt.block).
// Mirrors cmd/compile/internal/walk/select.go (walkSelectCases) and runtime/select.go's ABI.

import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { Typ, BasicKind, type Type } from '../types/types.js';
import type { Var } from '../types/objects.js';
import { js, type FuncGen, type Val } from './func.js';
import { sizeof } from './layout.js';
import { genExprAs, genJS } from './expr.js';
import { blockOn, markBlocking, setLine } from './goroutine.js';
import { chanElem, sendOp, recvOp } from './chan.js';
import { genBlock } from './stmt.js';
import { assignTo } from './assign.js';

let selNo = 0;

interface Case {
  clause: ast.CommClause;
  send: boolean;
  chan: string;
  elem: string;
  elemType: Type | null;
  /** Receive targets: value and ok expressions (assign) or variables (define). */
  lhs: readonly ast.Expr[];
  define: boolean;
}

/** Compiles a select statement (label: the Go label for break). */
export function genSelect(g: FuncGen, s: ast.SelectStmt, label: string | null): void {
  markBlocking(g);
  const clauses = s.body.list as ast.CommClause[];
  if (clauses.length === 0) {
    blockOn(g, '$rt.block()', false);
    return;
  }
  const n = selNo++;
  const SW = `SEL${n}`;
  g.open('{');
  const cases: Case[] = [];
  let dflt: ast.CommClause | null = null;
  for (const cl of clauses) {
    const comm = cl.comm;
    if (comm === null) { dflt = cl; continue; }
    g.pos(cl);
    if (comm.kind === 'SendStmt') {
      const et = chanElem(g.typeOf(comm.chan));
      const c = g.ptrTemp(genJS(g, comm.chan));
      const v = genExprAs(g, comm.value, et);
      const ep = sizeof(et) === 0 ? '$rt.zerobase' : g.slotFor(et);
      g.store(et, ep, v);
      cases.push({ clause: cl, send: true, chan: c, elem: ep, elemType: et, lhs: [], define: false });
      continue;
    }
    let rx: ast.Expr;
    let lhs: readonly ast.Expr[] = [];
    let define = false;
    if (comm.kind === 'ExprStmt') rx = comm.x;
    else if (comm.kind === 'AssignStmt') { rx = comm.rhs[0]; lhs = comm.lhs; define = comm.tok === ':='; }
    else throw new Error('codegen: select case ' + comm.kind);
    const u = unparen(rx) as ast.UnaryExpr;
    const et = chanElem(g.typeOf(u.x));
    const c = g.ptrTemp(genJS(g, u.x));
    const wantVal = lhs.length > 0 && !(lhs[0].kind === 'Ident' && (lhs[0] as ast.Ident).name === '_');
    let ep = '0';
    if (wantVal && sizeof(et) > 0) { ep = g.slotFor(et); g.zeroAt(et, ep); }
    cases.push({ clause: cl, send: false, chan: c, elem: ep, elemType: et, lhs, define });
  }
  g.pos(s);
  if (cases.length === 1 && dflt === null) {
    // A single case without default is a plain send or receive (walk/select.go does the same), so
    // a parked goroutine shows Go's [chan send] / [chan receive] wait reason.
    const c = cases[0];
    g.open(`${SW}: {`);
    g.loops.push({ label: SW, brk: SW, cont: null, goLabel: label, isSwitch: true });
    g.pos(c.clause.comm!);
    if (c.send) sendOp(g, c.chan, c.elem);
    else {
      setLine(g);
      const ok = g.bind(recvOp(g, c.chan, c.elem));
      g.pos(c.clause);
      recvAssign(g, c, ok);
    }
    genBlock(g, c.clause.body);
    g.loops.pop();
    g.close();
    g.close();
    return;
  }
  const sends = cases.filter((c) => c.send), recvs = cases.filter((c) => !c.send);
  const ordered = [...sends, ...recvs];
  const scases = ordered.map((c) => `${c.chan}, ${c.elem}`).join(', ');
  const r = blockOn(g, `$rt.selectgo([${scases}], ${sends.length}, ${recvs.length}, ${dflt ? 'false' : 'true'})`, true);
  g.open(`${SW}: switch (${r}[0]) {`);
  g.loops.push({ label: SW, brk: SW, cont: null, goLabel: label, isSwitch: true });
  ordered.forEach((c, k) => {
    g.pos(c.clause);
    g.open(`case ${k}: {`);
    if (!c.send) recvAssign(g, c, `${r}[1]`);
    genBlock(g, c.clause.body);
    g.line(`break ${SW};`);
    g.close();
  });
  if (dflt) {
    g.pos(dflt);
    g.open('default: {');
    genBlock(g, dflt.body);
    g.line(`break ${SW};`);
    g.close();
  }
  g.loops.pop();
  g.close();
  g.close();
}

/** Stores a received value (and ok) into the case's targets. */
function recvAssign(g: FuncGen, c: Case, okExpr: string): void {
  if (c.lhs.length === 0) return;
  const et = c.elemType!;
  const vals: Val[] = [c.elem === '0' ? zeroValOf(g, et) : g.valAt(et, c.elem), js(okExpr)];
  c.lhs.forEach((l, i) => {
    if (l.kind === 'Ident' && (l as ast.Ident).name === '_') return;
    if (c.define && l.kind === 'Ident') {
      const d = g.info.defs.get(l as ast.Ident) as Var | undefined;
      if (d && d.kind === 'Var') { g.declareVar(d, convert(g, vals[i], i === 0 ? et : Typ[BasicKind.Bool], g.subst(d.type!)), g.isHeapVar(d)); return; }
    }
    // ok is an untyped bool: converted to the target's type (it may be an interface)
    assignTo(g, l, convert(g, vals[i], i === 0 ? et : Typ[BasicKind.Bool], g.typeOf(l)), g.typeOf(l));
  });
}

function zeroValOf(g: FuncGen, t: Type): Val {
  if (sizeof(t) === 0) return g.valAt(t, '$rt.zerobase');
  const a = g.temp(t);
  g.zeroAt(t, a);
  return g.valAt(t, a);
}

import { convertAssign } from './expr.js';
function convert(g: FuncGen, v: Val, from: Type, to: Type): Val { return convertAssign(g, v, from, to); }
