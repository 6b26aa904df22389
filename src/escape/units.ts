// units.ts — the functions escape analysis works on (declared functions, function literals, and the
// wrapper closures of go/defer statements), their local declarations in Go's Dcl order, the
// variables closures capture, and the bottom-up walk over strongly connected components of the
// static call graph. Mirrors cmd/compile/internal/ir/scc.go (VisitFuncsBottomUp) and the parts of
// ir.Func (Dcl, ClosureVars, ClosureParent) that escape analysis reads.

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import type { Info } from '../types/info.js';
import type { Func, Package } from '../types/objects.js';
import { BasicKind, Typ, underlying, type Signature } from '../types/types.js';
import { Var } from '../types/objects.js';
import type { Leaks } from './leaks.js';
import type { Location } from './graph.js';

/** A checked package handed to analyze(). */
export interface PkgInput {
  readonly pkg: Package;
  readonly info: Info;
  readonly files: readonly ast.File[];
}

export const escFuncUnknown = 0;
export const escFuncPlanned = 1;
export const escFuncStarted = 2;
export const escFuncTagged = 3;

export type UnitKind = 'decl' | 'lit' | 'wrapper' | 'init' | 'global';

export class FuncUnit {
  /** escFunc* state (escape.go). */
  state = escFuncUnknown;
  /** Parameter tags once analysed (receiver first), indexed like paramVars. */
  tags: Leaks[] | null = null;
  /** Locations of the results (named or `~rN`), created by initFunc. */
  resultLocs: Location[] = [];
  /** Local declarations in Go's Dcl order (receiver, params, results, then locals). */
  dcls: Var[] = [];
  /** Captured variables (closures only), in first-use order. */
  captures: Var[] = [];
  /** Nested function literals, in source (pre-)order. */
  lits: FuncUnit[] = [];
  closureResultsLost = false;
  /** Call expressions whose callee is itself a call: the compiler's temporary name for it. */
  autotmps = new Map<ast.Expr, string>();
  /** init: the package-level initializers that need code (not statically initialised). */
  inits: { lhs: Var[]; rhs: ast.Expr }[] = [];
  /** Statements whose labels are targets of backward gotos (looping labels). */
  loopingLabels = new Set<ast.LabeledStmt>();

  constructor(
    readonly kind: UnitKind,
    readonly node: ast.FuncDecl | ast.FuncLit | ast.GoStmt | ast.DeferStmt | ast.File | ast.RangeStmt,
    readonly input: PkgInput,
    readonly file: ast.File,
    readonly sig: Signature | null,
    readonly obj: Func | null,
    readonly parent: FuncUnit | null,
    /** Report -m diagnostics for this function. */
    readonly report: boolean,
  ) {}

  /** Inside a generic function (or a closure in one): analysed once for all instances. */
  get generic(): boolean {
    if (this.kind === 'decl') return !!this.sig && (this.sig.typeParams.length > 0 || this.sig.recvTypeParams.length > 0);
    return this.parent?.generic ?? false;
  }

  get body(): ast.BlockStmt | null {
    switch (this.node.kind) {
      case 'FuncDecl': return this.node.body;
      case 'FuncLit': return this.node.body;
      case 'RangeStmt': return this.node.body; // range-over-func body: the yield closure
      default: return null;
    }
  }
  /** Parameters, receiver first; null entries for unnamed parameters. */
  paramVars(): Var[] {
    const out: Var[] = [];
    if (!this.sig) return out;
    if (this.sig.recv) out.push(this.sig.recv);
    for (const v of this.sig.params.vars) out.push(v);
    return out;
  }
  resultVars(): Var[] {
    return this.sig ? [...this.sig.results.vars] : [];
  }
  isClosure(): boolean { return this.kind === 'lit' || this.kind === 'wrapper'; }
}

/** containsClosure (solve.go): c is a closure nested (at any depth) inside f. */
export function containsClosure(f: FuncUnit | null, c: FuncUnit | null): boolean {
  if (!f || !c || f === c || !c.isClosure()) return false;
  for (let p = c.parent; p; p = p.parent) if (p === f) return true;
  return false;
}

/** All units of a set of packages, with lookup tables. */
export class UnitSet {
  readonly decls: FuncUnit[] = [];
  readonly byFunc = new Map<Func, FuncUnit>();
  readonly byLit = new Map<ast.FuncLit, FuncUnit>();
  /** Range-over-func loops → the closure their body becomes (cmd/compile/internal/rangefunc). */
  readonly byRange = new Map<ast.RangeStmt, FuncUnit>();
  private stateCount = new Map<FuncUnit, number>();
  /** Function unit that declares each local variable. */
  readonly owner = new Map<Var, FuncUnit>();
  /** Message positions that differ from the declaration (type switch variables: the case). */
  readonly varPos = new Map<Var, number>();

  add(input: PkgInput, report: boolean): void {
    const { info } = input;
    const inits = info.initOrder.filter((x) => !isStaticInit(info, x.rhs));
    if (inits.length > 0 && input.files.length > 0) {
      const file = fileOf(input, inits[0].rhs) ?? input.files[0];
      const u = new FuncUnit('init', file, input, file, null, null, null, report);
      u.inits = inits.map((x) => ({ lhs: [...x.lhs], rhs: x.rhs }));
      this.decls.push(u);
    }
    // Function literals in package-level initializers are functions of their own (glob..funcN),
    // analysed after init and before the declared functions.
    for (const file of input.files) {
      for (const d of file.decls) {
        if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
        inspect(d, (n) => {
          if (n.kind !== 'FuncLit') return;
          const t = info.types.get(n)?.type;
          const g = new FuncUnit('global', n, input, file, t && t.kind === 'Signature' ? t : null, null, null, report);
          this.byLit.set(n, g);
          this.decls.push(g);
          this.collect(g, n.body);
          return false;
        });
      }
    }
    for (const file of input.files) {
      for (const d of file.decls) {
        if (d.kind !== 'FuncDecl') continue;
        const obj = info.defs.get(d.name);
        if (!obj || obj.kind !== 'Func') continue;
        const sig = obj.type as Signature | null;
        // Generic functions are analysed once with type parameters treated conservatively (as
        // pointer-holding non-interface values); Go analyses each shape instantiation and prints
        // those lines with shape types, which we do not reproduce, so they are not reported.
        const generic = !!sig && sig.kind === 'Signature' && (sig.typeParams.length > 0 || sig.recvTypeParams.length > 0);
        const u = new FuncUnit('decl', d, input, file, sig, obj, null, report && !generic);
        this.decls.push(u);
        this.byFunc.set(obj, u);
        if (d.body) this.collect(u, d.body);
      }
    }
  }

  /** Collects Dcl order, nested literals and captures for u's body. */
  private collect(u: FuncUnit, body: ast.BlockStmt): void {
    const { info } = u.input;
    for (const v of u.paramVars()) this.own(u, v);
    for (const v of u.resultVars()) this.own(u, v);
    this.findLabels(u, body);
    let ndcl = u.paramVars().length + u.resultVars().length;
    const visit = (n: ast.Node): boolean | void => {
      switch (n.kind) {
        case 'RangeStmt': {
          const xt = info.types.get(n.x)?.type;
          if (!xt || xt.kind === 'TypeParam' || underlying(xt).kind !== 'Signature') return;
          inspect(n.x, visit);
          let root: FuncUnit = u;
          while (root.parent) root = root.parent;
          const k = (this.stateCount.get(root) ?? 0) + 1;
          this.stateCount.set(root, k);
          const state = new Var(null, `#state${k}`, Typ[BasicKind.Int], n.pos, u.file.filename);
          this.owner.set(state, u);
          u.dcls.push(state);
          ndcl++;
          const bu = new FuncUnit('lit', n, u.input, u.file, null, null, u, u.report);
          this.byRange.set(n, bu);
          u.lits.push(bu);
          for (const x of [n.key, n.value]) {
            if (!x || x.kind !== 'Ident') continue;
            const o = info.defs.get(x);
            if (o && o.kind === 'Var' && o.name !== '_' && !this.owner.has(o)) { this.owner.set(o, bu); bu.dcls.push(o); }
          }
          this.collect(bu, n.body);
          bu.captures = [state, ...this.freeVars(bu, n.body)];
          return false;
        }
        case 'AssignStmt': case 'ValueSpec': {
          // a, b := f(): the results go through one compiler temporary per variable
          const lhs = n.kind === 'AssignStmt' ? n.lhs : n.names;
          const rhs = n.kind === 'AssignStmt' ? n.rhs : n.values;
          if (lhs.length > 1 && rhs.length === 1) {
            let r: ast.Expr = rhs[0];
            while (r.kind === 'ParenExpr') r = r.x;
            if (r.kind === 'CallExpr' && info.types.get(r.fun)?.mode !== 'type') ndcl += lhs.length;
          }
          return;
        }
        case 'CallExpr': {
          // f()() calls the result of f() through a temporary; chains number innermost first
          const chain: ast.CallExpr[] = [];
          let f: ast.Expr = n.fun;
          while (f.kind === 'ParenExpr') f = f.x;
          while (f.kind === 'CallExpr' && info.types.get(f.fun)?.mode !== 'type' && !u.autotmps.has(f)) {
            chain.push(f);
            f = f.fun;
            while (f.kind === 'ParenExpr') f = f.x;
          }
          for (let i = chain.length - 1; i >= 0; i--) u.autotmps.set(chain[i], `.autotmp_${ndcl++}`);
          return;
        }
        case 'FuncLit': {
          const t = info.types.get(n)?.type;
          const lit = new FuncUnit('lit', n, u.input, u.file, t && t.kind === 'Signature' ? t : null, null, u, u.report);
          this.byLit.set(n, lit);
          u.lits.push(lit);
          this.collect(lit, n.body);
          lit.captures = this.freeVars(lit, n.body);
          return false;
        }
        case 'Ident': {
          const o = info.defs.get(n);
          if (o && o.kind === 'Var' && !o.isField && !o.isGlobal && o.name !== '_' && !this.owner.has(o)) {
            this.owner.set(o, u);
            u.dcls.push(o);
            ndcl++;
          }
          return;
        }
        case 'CaseClause': {
          const o = info.implicits.get(n);
          if (o && o.kind === 'Var' && !this.owner.has(o)) {
            this.owner.set(o, u);
            this.varPos.set(o, n.list && n.list.length > 0 ? n.list[0].pos : n.pos);
            u.dcls.push(o);
            ndcl++;
          }
          return;
        }
        default:
          return;
      }
    };
    inspect(body, visit);
  }

  private own(u: FuncUnit, v: Var): void {
    if (v.name === '' || v.name === '_') return;
    if (!this.owner.has(v)) {
      this.owner.set(v, u);
      u.dcls.push(v);
    }
  }

  /** Variables used in a literal's body but declared outside it (ClosureVars), first-use order. */
  private freeVars(lit: FuncUnit, body: ast.BlockStmt): Var[] {
    const { info } = lit.input;
    const out: Var[] = [];
    const seen = new Set<Var>();
    inspect(body, (n) => {
      if (n.kind !== 'Ident') return;
      const o = info.uses.get(n);
      if (!o || o.kind !== 'Var' || o.isField || o.isGlobal || seen.has(o)) return;
      if (!this.owner.has(o)) return;
      const ow = this.owner.get(o);
      if (!ow) return;
      let inside = false;
      for (let p: FuncUnit | null = ow; p; p = p.parent) if (p === lit) { inside = true; break; }
      if (inside) return;
      seen.add(o);
      out.push(o);
    });
    return out;
  }

  /** Marks labels that are targets of a later (backward) goto: they start an unstructured loop. */
  private findLabels(u: FuncUnit, body: ast.BlockStmt): void {
    const seen = new Map<string, ast.LabeledStmt>();
    inspect(body, (n) => {
      if (n.kind === 'FuncLit') return false;
      if (n.kind === 'LabeledStmt' && n.label.name !== '_') seen.set(n.label.name, n);
      if (n.kind === 'BranchStmt' && n.tok === 'goto' && n.label) {
        const l = seen.get(n.label.name);
        if (l) u.loopingLabels.add(l);
      }
      return;
    });
  }

  /** Static callees and closures referenced by a unit's body, in pre-order (scc.go visit). */
  refs(u: FuncUnit): FuncUnit[] {
    const body: ast.Node | null = u.kind === 'init' ? null : u.body;
    const roots: ast.Node[] = u.kind === 'init' ? u.inits.map((x) => x.rhs) : body ? [body] : [];
    const { info } = u.input;
    const out: FuncUnit[] = [];
    const visit = (n: ast.Node): boolean | void => {
      if (n.kind === 'RangeStmt' && this.byRange.has(n)) {
        out.push(this.byRange.get(n)!);
        inspect(n.x, visit);
        return false;
      }
      if (n.kind === 'FuncLit') {
        const l = this.byLit.get(n);
        if (l) out.push(l);
        return false;
      }
      if (n.kind === 'Ident') {
        const o = info.uses.get(n);
        if (o && o.kind === 'Func') {
          const t = this.byFunc.get(o.origin ?? o);
          if (t) out.push(t);
        }
      }
      return;
    };
    for (const root of roots) inspect(root, visit);
    return out;
  }

  /**
   * VisitFuncsBottomUp (scc.go): calls analyze on each strongly connected component of the
   * static call graph, callees before callers; closures are in their enclosing function's batch.
   */
  visitBottomUp(analyze: (batch: FuncUnit[]) => void): void {
    let visitgen = 0;
    const nodeID = new Map<FuncUnit, number>();
    const stack: FuncUnit[] = [];
    const DONE = 0xffffffff;
    const visit = (n: FuncUnit): number => {
      const known = nodeID.get(n);
      if (known !== undefined && known > 0) return known;
      visitgen++;
      const id = visitgen;
      nodeID.set(n, id);
      visitgen++;
      let min = visitgen;
      stack.push(n);
      for (const r of this.refs(n)) {
        const m = visit(r);
        if (m < min) min = m;
      }
      if ((min === id || min === id + 1) && !n.isClosure()) {
        let i: number;
        for (i = stack.length - 1; i >= 0; i--) {
          const x = stack[i];
          nodeID.set(x, DONE);
          if (x === n) break;
        }
        const block = stack.slice(i);
        stack.length = i;
        analyze(block);
      }
      return min;
    };
    for (const u of this.decls) visit(u);
  }
}

function fileOf(input: PkgInput, e: ast.Expr): ast.File | null {
  for (const f of input.files) if (e.pos >= f.pos && e.end <= f.end && f.decls.some((d) => d.pos <= e.pos && e.end <= d.end)) return f;
  return null;
}

/** Whether a package-level initializer is done statically (cmd/compile/internal/staticinit). */
export function isStaticInit(info: Info, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  const tv = info.types.get(e);
  if (tv && tv.mode === 'constant') return true;
  switch (e.kind) {
    case 'Ident': {
      const o = info.uses.get(e);
      return !!o && (o.kind === 'Nil' || o.kind === 'Func' || (o.kind === 'Var' && o.isGlobal));
    }
    case 'FuncLit': return true;
    case 'CompositeLit': {
      const t = tv?.type;
      if (t && t.kind !== 'TypeParam' && underlying(t).kind === 'Map') return false;
      return e.elts.every((x) => isStaticInit(info, x.kind === 'KeyValueExpr' ? x.value : x));
    }
    case 'UnaryExpr':
      if (e.op !== '&') return false;
      return isStaticInit(info, e.x) || (e.x.kind === 'Ident' && info.uses.get(e.x)?.kind === 'Var');
    case 'SelectorExpr': {
      const sel = info.selections.get(e);
      if (!sel) { const o = info.uses.get(e.sel); return !!o && (o.kind === 'Func' || (o.kind === 'Var' && o.isGlobal)); }
      return sel.kind === 'MethodExpr';
    }
    case 'CallExpr': {
      const ft = info.types.get(e.fun);
      if (ft && ft.mode === 'type' && e.args.length === 1) {
        const at = info.types.get(e.args[0]);
        const to = ft.type.kind !== 'TypeParam' ? underlying(ft.type) : null;
        if (to && to.kind === 'Slice') return !!at && at.mode === 'constant';
        return !!at && at.mode === 'constant' || isStaticInit(info, e.args[0]);
      }
      return false;
    }
    default: return false;
  }
}
