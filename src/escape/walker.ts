// walker.ts — walking one function's statements into the location graph: declarations and loop
// depth, assignments (what each left-hand side means as a destination), returns, loops, switches,
// select, labels. Mirrors cmd/compile/internal/escape/stmt.go and assign.go; expressions are in
// expr.ts, calls and go/defer in call.ts.

import type * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Var } from '../types/objects.js';
import { underlying, type Type } from '../types/types.js';
import type { Batch } from './batch.js';
import type { Hole, Location, Site, SiteOp } from './graph.js';
import type { FuncUnit } from './units.js';
import type { Printer } from './fmt.js';
import type { Analysis } from './analysis.js';
import { expr, exprConv, discard, exprFieldPath } from './expr.js';
import { callStmt, callInto, rangeFunc } from './call.js';
import { goDeferStmt } from './godefer.js';
import { hasPointers, isDirectIface, isInterface, ukind } from './typeutil.js';
import { assignedIn } from './prepass.js';
import { isStaticInit } from './units.js';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

export class Walker {
  readonly an: Analysis;
  readonly info: Info;
  readonly printer: Printer;

  constructor(readonly b: Batch, readonly fn: FuncUnit, public loopDepth = 1) {
    this.an = b.an;
    this.info = fn.input.info;
    this.printer = this.an.printerFor(fn.input);
  }

  typeOf(e: ast.Expr): Type | null {
    return this.info.types.get(e)?.type ?? (e.kind === 'Ident' ? (this.info.objectOf(e)?.type ?? null) : null);
  }

  // ------------------------------------------------------------------------------------------
  // Holes and locations

  newSite(op: SiteOp, node: ast.Node, pos: number, text: string, type: Type | null, extra: Partial<Site> = {}): Site {
    return { op, node, implicit: false, pos, file: this.fn.file, text, type, ...extra };
  }

  /** spill: a new location for an allocating expression; its address flows to k. */
  spill(k: Hole, site: Site): Hole {
    const loc = this.b.newLoc(null, null, site, this.fn, this.loopDepth, false);
    this.b.flow(k.addr(), loc);
    return loc.asHole();
  }

  spillLoc(k: Hole, site: Site): Location {
    const loc = this.b.newLoc(null, null, site, this.fn, this.loopDepth, false);
    this.b.flow(k.addr(), loc);
    return loc;
  }

  /** teeHole: a hole that flows into each of ks. */
  teeHole(...ks: Hole[]): Hole {
    if (ks.length === 0) return this.b.discardHole();
    if (ks.length === 1) return ks[0];
    const loc = this.b.newLoc(null, null, null, this.fn, this.loopDepth, false);
    for (const k of ks) this.b.flow(k, loc);
    return loc.asHole();
  }

  /** later: a hole that flows into k some time later (keeps storage alive). */
  later(k: Hole): Hole {
    const loc = this.b.newLoc(null, null, null, this.fn, this.loopDepth, true);
    this.b.flow(k, loc);
    return loc.asHole();
  }

  /** A persistent temporary (range expressions, go/defer argument temps). */
  temp(): Location {
    return this.b.newLoc(null, null, null, this.fn, this.loopDepth, true);
  }

  /** dcl: records the loop depth at a variable's declaration. */
  dcl(v: Var): Hole {
    const loc = this.b.oldLoc(v);
    if (!loc) return this.b.discardHole();
    loc.loopDepth = this.loopDepth;
    return loc.asHole();
  }

  varOf(id: ast.Ident): Var | null {
    const o = this.info.defs.get(id) ?? this.info.uses.get(id);
    return o && o.kind === 'Var' ? o : null;
  }

  /** The package initialisation function: global = initializer, in initialisation order. */
  inits(list: readonly { lhs: Var[]; rhs: ast.Expr }[]): void {
    for (const { lhs, rhs } of list) {
      const ks = lhs.map((v) => (v.name === '_' ? this.b.discardHole() : this.b.heapHole()));
      const r = unparen(rhs);
      if (lhs.length > 1) {
        if (r.kind === 'CallExpr') callInto(this, ks, r);
        else expr(this, ks[0], r);
        continue;
      }
      this.initValue(ks[0], rhs, lhs[0]?.type ?? null);
    }
  }

  /** Composite initializers are laid out statically; only their dynamic parts run as code. */
  private initValue(k: Hole, e: ast.Expr, t: Type | null): void {
    const x = unparen(e);
    const lit = x.kind === 'CompositeLit' ? x : x.kind === 'UnaryExpr' && x.op === '&' && unparen(x.x).kind === 'CompositeLit' ? unparen(x.x) as ast.CompositeLit : null;
    const lt = lit ? this.typeOf(lit) : null;
    const u = lt && lt.kind !== 'TypeParam' ? underlying(lt) : null;
    if (!lit || !u || u.kind === 'Map') {
      if (!isStaticInit(this.info, e)) exprConv(this, k, e, t);
      return;
    }
    lit.elts.forEach((el, i) => {
      const v = el.kind === 'KeyValueExpr' ? el.value : el;
      let et: Type | null = null;
      if (u.kind === 'Struct') {
        const f = el.kind === 'KeyValueExpr' && el.key.kind === 'Ident' ? u.fields.find((f) => f.name === (el.key as ast.Ident).name) : u.fields[i];
        et = f?.type ?? null;
      } else if (u.kind === 'Slice' || u.kind === 'Array') et = u.elem;
      if (v.kind === 'CompositeLit' && !v.type && ukind(et) === 'Pointer') {
        const pe = unparen(v);
        this.initValue(this.b.heapHole(), pe, (et as { elem: Type }).elem);
        return;
      }
      this.initValue(this.b.heapHole(), v, et);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Statements (stmt.go)

  block(list: readonly ast.Stmt[] | null): void {
    if (!list) return;
    const old = this.loopDepth;
    this.stmts(list);
    this.loopDepth = old;
  }

  stmts(list: readonly ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: ast.Stmt | null): void {
    if (!s) return;
    switch (s.kind) {
      case 'BadStmt': case 'EmptyStmt': case 'BranchStmt':
        return;
      case 'BlockStmt':
        this.stmts(s.list);
        return;
      case 'LabeledStmt':
        if (this.fn.loopingLabels.has(s)) this.loopDepth++;
        this.stmt(s.stmt);
        return;
      case 'DeclStmt':
        this.declStmt(s.decl);
        return;
      case 'ExprStmt': {
        const x = unparen(s.x);
        if (x.kind === 'CallExpr' && this.info.types.get(unparen(x.fun))?.mode !== 'type') callStmt(this, x);
        else discard(this, x);
        return;
      }
      case 'SendStmt': {
        discard(this, s.chan);
        const ct = this.typeOf(s.chan);
        const u = ct && ct.kind !== 'TypeParam' ? underlying(ct) : null;
        exprConv(this, this.b.heapHole(), s.value, u && u.kind === 'Chan' ? u.elem : null);
        return;
      }
      case 'IncDecStmt':
        this.assignList([s.x], [null], new Set());
        return;
      case 'AssignStmt':
        this.assignStmt(s);
        return;
      case 'GoStmt': case 'DeferStmt':
        goDeferStmt(this, s);
        return;
      case 'ReturnStmt':
        this.returnStmt(s);
        return;
      case 'IfStmt': {
        this.stmt(s.init);
        const c = this.info.types.get(unparen(s.cond));
        const cv = c && c.mode === 'constant' && c.value && c.value.kind === 'Bool' ? c.value.b : null;
        discard(this, s.cond);
        if (cv !== false) this.block(s.body.list);
        if (s.else && cv !== true) this.block(s.else.kind === 'BlockStmt' ? s.else.list : [s.else]);
        return;
      }
      case 'SwitchStmt': {
        this.stmt(s.init);
        if (s.tag) discard(this, s.tag);
        const tt = s.tag ? this.typeOf(unparen(s.tag)) : null;
        for (const c of s.body.list) {
          if (c.kind !== 'CaseClause') continue;
          for (const x of c.list ?? []) exprConv(this, this.b.discardHole(), x, isInterface(tt) ? tt : null);
          this.block(c.body);
        }
        return;
      }
      case 'TypeSwitchStmt':
        this.typeSwitch(s);
        return;
      case 'SelectStmt':
        for (const c of s.body.list) {
          if (c.kind !== 'CommClause') continue;
          this.stmt(c.comm);
          this.block(c.body);
        }
        return;
      case 'ForStmt':
        this.forStmt(s);
        return;
      case 'RangeStmt':
        this.rangeStmt(s);
        return;
      case 'CaseClause': case 'CommClause':
        return;
      default: {
        const never: never = s;
        void never;
      }
    }
  }

  private declStmt(d: ast.GenDecl): void {
    if (d.tok !== 'var') return;
    for (const sp of d.specs) {
      if (sp.kind !== 'ValueSpec') continue;
      const vars = sp.names.map((id) => this.varOf(id));
      for (const v of vars) if (v && v.name !== '_') this.dcl(v);
      if (sp.values.length === 0) continue; // zero-value initialisation: not a reassignment
      const defs = new Set<Var>(vars.filter((v): v is Var => !!v));
      if (sp.values.length === 1 && sp.names.length > 1) {
        this.assignFunc(sp.names, sp.values[0], defs);
      } else {
        this.assignList(sp.names, sp.values, defs);
      }
    }
  }

  private assignStmt(s: ast.AssignStmt): void {
    const defs = new Set<Var>();
    if (s.tok === ':=') {
      for (const l of s.lhs) {
        if (l.kind !== 'Ident') continue;
        const o = this.info.defs.get(l);
        if (o && o.kind === 'Var') {
          defs.add(o);
          this.dcl(o);
        }
      }
    }
    if (s.tok !== '=' && s.tok !== ':=') {
      // x op= y
      this.assignList([s.lhs[0]], [s.rhs[0]], defs, true);
      return;
    }
    if (s.lhs.length > 1 && s.rhs.length === 1) {
      this.assignFunc(s.lhs, s.rhs[0], defs);
      return;
    }
    this.assignList(s.lhs, s.rhs, defs, false, s);
  }

  /** a, b = f() / v, ok = m[k] / v, ok = x.(T) / v, ok = <-c. */
  private assignFunc(lhs: readonly ast.Expr[], rhs: ast.Expr, defs: Set<Var>): void {
    const r = unparen(rhs);
    if (r.kind === 'CallExpr' && this.info.types.get(unparen(r.fun))?.mode !== 'type') {
      const t = this.typeOf(r);
      if (t && t.kind === 'Tuple') {
        const ks = this.addrs(lhs);
        callInto(this, ks, r);
        this.reassigned(ks, defs);
        return;
      }
    }
    // comma-ok forms: the value goes to lhs[0], the bool to lhs[1]
    this.assignList(lhs, [rhs, null], defs);
  }

  /** addr (assign.go): a hole for storing into an addressable expression. */
  addr(n: ast.Expr | null): Hole {
    if (!n) return this.b.discardHole();
    const e = unparen(n);
    if (e.kind === 'Ident') {
      if (e.name === '_') return this.b.discardHole();
      const v = this.varOf(e);
      if (!v || v.isGlobal) return this.b.heapHole();
      const loc = this.b.oldLoc(v);
      return loc ? loc.asHole() : this.b.heapHole();
    }
    switch (e.kind) {
      case 'SelectorExpr': {
        const sel = this.info.selections.get(e);
        if (!sel || sel.kind !== 'FieldVal') return this.b.heapHole(); // qualified global
        // find the last dereferencing step of the field path
        const steps = this.fieldSteps(e.x, sel.index);
        let last = -1;
        for (let i = 0; i < steps.length; i++) if (steps[i]) last = i;
        if (last < 0) return this.addr(e.x);
        let before = 0;
        for (let i = 0; i < last; i++) if (steps[i]) before++;
        exprFieldPath(this, this.b.mutatorHole(), e.x, before);
        return this.b.heapHole();
      }
      case 'IndexExpr': {
        const xt = this.typeOf(e.x);
        const k = ukind(xt);
        if (k === 'Map') {
          discard(this, e.x);
          const u = underlying(xt!) as { key: Type };
          exprConv(this, this.b.heapHole(), e.index, u.key);
          return this.b.heapHole();
        }
        discard(this, e.index);
        if (k === 'Array') return this.addr(e.x);
        if (k === 'Pointer') {
          expr(this, this.b.mutatorHole(), e.x);
          return this.b.heapHole();
        }
        expr(this, this.b.mutatorHole(), e.x);
        return this.b.heapHole();
      }
      case 'StarExpr':
        expr(this, this.b.mutatorHole(), e.x);
        return this.b.heapHole();
      default:
        discard(this, e);
        return this.b.heapHole();
    }
  }

  /** For a field selection path from x: whether each step dereferences a pointer. */
  fieldSteps(x: ast.Expr, index: readonly number[]): boolean[] {
    let t = this.typeOf(x);
    const out: boolean[] = [];
    for (let i = 0; i < index.length; i++) {
      if (!t || t.kind === 'TypeParam') { out.push(false); continue; }
      let u = underlying(t);
      let ptr = false;
      if (u.kind === 'Pointer') { ptr = true; u = underlying(u.elem); }
      out.push(ptr);
      if (u.kind !== 'Struct') { t = null; continue; }
      t = u.fields[index[i]]?.type ?? null;
    }
    return out;
  }

  addrs(l: readonly (ast.Expr | null)[]): Hole[] {
    return l.map((n) => this.addr(n));
  }

  /** assignList (assign.go): dsts... = srcs... with implicit conversions to the destination types. */
  assignList(dsts: readonly (ast.Expr | null)[], srcs: readonly (ast.Expr | null)[], defs: Set<Var>, opAssign = false, where: ast.AssignStmt | null = null): void {
    const ks = this.addrs(dsts);
    for (let i = 0; i < ks.length; i++) {
      let k = ks[i];
      const src = i < srcs.length ? srcs[i] : null;
      const dst = dsts[i];
      if (dst && src && this.isSelfAssign(dst, src)) {
        if (this.fn.report && where) {
          const st = where.lhs.map((x) => this.printer.expr(x)).join(', ') + ' = ' + where.rhs.map((x) => this.printer.expr(x)).join(', ');
          this.an.diag(this.fn, where.tokPos, `${this.an.funcName(this.fn)} ignoring self-assignment in ${st}`);
        }
        k = this.b.discardHole();
      }
      if (!src) continue;
      const dt = dst && !(dst.kind === 'Ident' && dst.name === '_') ? this.typeOf(dst) : null;
      exprConv(this, k, src, opAssign ? null : dt);
    }
    this.reassigned(ks, defs);
  }

  /** reassigned: marks destinations as reassigned unless defined by this statement. */
  reassigned(ks: Hole[], defs: Set<Var>): void {
    for (const k of ks) {
      const loc = k.dst;
      if (loc.v && defs.has(loc.v)) continue;
      loc.reassigned = true;
    }
  }

  /** isSelfAssign (utils.go): `val.x = val.y`, `b.buf = b.buf[n:m]` store nothing new. */
  private isSelfAssign(dst: ast.Expr, src: ast.Expr): boolean {
    dst = unparen(dst);
    src = unparen(src);
    // b.buf = b.buf[n:m] / *p = (*p)[n:m] with b, p the same pointer name (isSliceSelfAssign)
    if (src.kind === 'SliceExpr' && ukind(this.typeOf(src.x)) !== 'Array') {
      const base = (e: ast.Expr): Var | null => {
        e = unparen(e);
        let x: ast.Expr | null = null;
        if (e.kind === 'StarExpr') x = unparen(e.x);
        else if (e.kind === 'SelectorExpr' && this.info.selections.get(e)?.kind === 'FieldVal' && this.isPtrDot(e)) x = unparen(e.x);
        return x && x.kind === 'Ident' ? this.varOf(x) : null;
      };
      const a = base(dst), b = base(src.x);
      if (a && a === b) return true;
    }
    if (dst.kind === 'IndexExpr' && src.kind === 'IndexExpr') {
      const dk = ukind(this.typeOf(dst.x)), sk = ukind(this.typeOf(src.x));
      if (dk === 'Map' || sk === 'Map' || dk !== sk) return false;
      if (this.mayAffectMemory(dst.index) || this.mayAffectMemory(src.index)) return false;
      return this.sameSafeExpr(dst.x, src.x);
    }
    if (dst.kind === 'SelectorExpr' && src.kind === 'SelectorExpr') {
      const ds = this.info.selections.get(dst), ss = this.info.selections.get(src);
      if (!ds || !ss || ds.kind !== 'FieldVal' || ss.kind !== 'FieldVal') return false;
      if (this.isPtrDot(dst) !== this.isPtrDot(src)) return false;
      return this.sameSafeExpr(dst.x, src.x);
    }
    return false;
  }

  private mayAffectMemory(e: ast.Expr): boolean {
    e = unparen(e);
    const tv = this.info.types.get(e);
    if (tv && tv.mode === 'constant') return false;
    switch (e.kind) {
      case 'Ident': case 'BasicLit': return false;
      case 'BinaryExpr':
        if (['&&', '||', '==', '!=', '<', '<=', '>', '>='].includes(e.op)) return true;
        return this.mayAffectMemory(e.x) || this.mayAffectMemory(e.y);
      case 'UnaryExpr': return e.op === '<-' || e.op === '&' ? true : this.mayAffectMemory(e.x);
      case 'StarExpr': return this.mayAffectMemory(e.x);
      case 'SelectorExpr': return this.info.selections.get(e)?.kind === 'FieldVal' ? this.mayAffectMemory(e.x) : !!this.info.selections.get(e);
      case 'IndexExpr': return ukind(this.typeOf(e.x)) === 'Map' ? true : this.mayAffectMemory(e.x) || this.mayAffectMemory(e.index);
      default: return true;
    }
  }

  private isPtrDot(e: ast.SelectorExpr): boolean {
    return ukind(this.typeOf(e.x)) === 'Pointer';
  }

  private sameSafeExpr(a: ast.Expr, b: ast.Expr): boolean {
    a = unparen(a); b = unparen(b);
    if (a.kind !== b.kind) return false;
    switch (a.kind) {
      case 'Ident': {
        const va = this.info.objectOf(a), vb = this.info.objectOf(b as ast.Ident);
        return !!va && va === vb && va.kind === 'Var';
      }
      case 'SelectorExpr': {
        const bb = b as ast.SelectorExpr;
        return a.sel.name === bb.sel.name && this.sameSafeExpr(a.x, bb.x);
      }
      case 'StarExpr': return this.sameSafeExpr(a.x, (b as ast.StarExpr).x);
      case 'IndexExpr': {
        const bb = b as ast.IndexExpr;
        const ca = this.info.types.get(unparen(a.index)), cb = this.info.types.get(unparen(bb.index));
        if (ca?.mode === 'constant' && cb?.mode === 'constant') {
          return JSON.stringify(ca.value, (_k, v) => typeof v === 'bigint' ? v.toString() : v) === JSON.stringify(cb.value, (_k, v) => typeof v === 'bigint' ? v.toString() : v) && this.sameSafeExpr(a.x, bb.x);
        }
        return this.sameSafeExpr(a.index, bb.index) && this.sameSafeExpr(a.x, bb.x);
      }
      default: return false;
    }
  }

  private returnStmt(s: ast.ReturnStmt): void {
    // inside a range-over-func body, return sets the enclosing function's results
    let target = this.fn;
    while (target.node.kind === 'RangeStmt' && target.parent) target = target.parent;
    const res = target.resultLocs;
    const rtypes = target.resultVars().map((v) => v.type);
    if (s.results.length === 1 && res.length > 1) {
      const r = unparen(s.results[0]);
      if (r.kind === 'CallExpr') {
        const ks = res.map((l) => l.asHole());
        callInto(this, ks, r);
        for (const l of res) l.reassigned = true;
        return;
      }
    }
    const ks = res.map((l) => l.asHole());
    for (let i = 0; i < ks.length; i++) {
      const src = s.results[i];
      if (src) exprConv(this, ks[i], src, rtypes[i] ?? null);
    }
    for (const l of res) l.reassigned = true;
  }

  private typeSwitch(s: ast.TypeSwitchStmt): void {
    this.stmt(s.init);
    let x: ast.Expr;
    let bound = false;
    if (s.assign.kind === 'AssignStmt') {
      x = s.assign.rhs[0];
      bound = true;
    } else {
      x = s.assign.x;
    }
    x = unparen(x);
    if (x.kind === 'TypeAssertExpr') x = x.x;
    const ks: Hole[] = [];
    if (bound) {
      for (const c of s.body.list) {
        if (c.kind !== 'CaseClause') continue;
        const v = this.info.implicits.get(c);
        if (!v || v.kind !== 'Var') continue;
        const k = this.dcl(v);
        if (hasPointers(v.type)) ks.push(k.dotType(isInterface(v.type) || isDirectIface(v.type)));
      }
    }
    expr(this, this.teeHole(...ks), x);
    for (const c of s.body.list) {
      if (c.kind !== 'CaseClause') continue;
      this.block(c.body);
    }
  }

  /** Loop variables that get a fresh copy per iteration (Go 1.22 semantics, loopvar pass). */
  private perIteration(v: Var): boolean {
    return this.an.facts.addrTaken.has(v) || this.an.capturedVars.has(v);
  }

  private forStmt(s: ast.ForStmt): void {
    // loop variables declared in init and captured/address-taken are per-iteration copies
    const perIter: Var[] = [];
    if (s.init && s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
      for (const l of s.init.lhs) {
        if (l.kind !== 'Ident') continue;
        const o = this.info.defs.get(l);
        if (o && o.kind === 'Var' && this.perIteration(o)) perIter.push(o);
      }
    }
    this.stmt(s.init);
    this.loopDepth++;
    for (const v of perIter) this.dcl(v);
    if (s.cond) discard(this, s.cond);
    if (s.post) {
      this.stmt(s.post);
      for (const v of perIter) { const l = this.b.oldLoc(v); if (l) l.reassigned = assignedIn(this.info, v, s.body); }
    }
    this.block(s.body.list);
    this.loopDepth--;
  }

  private rangeStmt(s: ast.RangeStmt): void {
    const rf = this.an.units.byRange.get(s);
    if (rf) {
      rangeFunc(this, s, rf);
      return;
    }
    const tmp = this.temp();
    expr(this, tmp.asHole(), s.x);
    this.loopDepth++;
    const defs = new Set<Var>();
    const keyVal: (ast.Expr | null)[] = [s.key, s.value];
    if (s.tok === ':=') {
      for (const x of keyVal) {
        if (!x || x.kind !== 'Ident') continue;
        const o = this.info.defs.get(x);
        if (o && o.kind === 'Var') {
          this.dcl(o);
          if (this.perIteration(o)) defs.add(o);
        }
      }
    }
    const ks = this.addrs(keyVal);
    const xt = this.typeOf(s.x);
    const xk = ukind(xt);
    if (xk === 'Array') this.b.flow(ks[1], tmp);
    else if (xk !== 'Signature') this.b.flow(ks[1].deref(), tmp);
    this.reassigned(ks, defs);
    this.block(s.body.list);
    this.loopDepth--;
  }
}
