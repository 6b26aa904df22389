// analysis.ts — state shared by all batches of one escape analysis run: the function units, the
// location of every variable, variable facts, capture decisions, and the collected results and
// diagnostics. Drives the bottom-up walk (escape.go Funcs/Batch).

import type * as ast from '../syntax/ast.js';
import type { Func, Var } from '../types/objects.js';
import type { Type } from '../types/types.js';
import { inspect } from '../syntax/walk.js';
import { devirtualize } from './call.js';
import { ukind } from './typeutil.js';
import { Batch, type Diagnostic } from './batch.js';
import type { Location, Site } from './graph.js';
import { Printer } from './fmt.js';
import { VarFacts } from './prepass.js';
import { escFuncStarted, escFuncTagged, UnitSet, type FuncUnit, type PkgInput } from './units.js';
import { Leaks } from './leaks.js';
import { Walker } from './walker.js';
import { position } from '../syntax/position.js';

export class Analysis {
  readonly units = new UnitSet();
  readonly varLocs = new Map<Var, Location>();
  readonly facts = new VarFacts();
  readonly capturedVars = new Set<Var>();
  readonly diags: Diagnostic[] = [];
  /** "devirtualizing" lines: Go prints them (from an earlier pass) before the escape lines. */
  readonly devirtDiags: Diagnostic[] = [];
  readonly heapVars = new Set<Var>();
  /** Expressions the analysis walked (others are answered conservatively: heap). */
  readonly seen = new Set<ast.Node>();
  readonly heapAllocs = new Set<Site>();
  readonly siteResults: { site: Site; escapes: boolean }[] = [];
  private readonly byRef = new Map<FuncUnit, Set<Var>>();
  /** Statically devirtualized interface calls (devirtualize.StaticCall). */
  readonly devirt = new Map<ast.CallExpr, { typ: Type; m: Func } | null>();
  private readonly printers = new Map<PkgInput, Printer>();

  diag(fn: FuncUnit, pos: number, msg: string): void {
    const p = position(fn.file, pos);
    this.diags.push({ filename: p.filename, line: p.line, column: p.column, msg });
  }

  /** The function's name as cmd/compile prints it: f, (*T).M, T.M, f.func1 for closures. */
  funcName(fn: FuncUnit): string {
    if (fn.kind === 'init') return 'init';
    if (fn.obj) {
      const sig = fn.sig;
      if (sig && sig.recv && sig.recv.type) {
        let t = sig.recv.type;
        const ptr = t.kind === 'Pointer';
        if (t.kind === 'Pointer') t = t.elem;
        const tn = t.kind === 'Named' ? t.obj.name : '?';
        return ptr ? `(*${tn}).${fn.obj.name}` : `${tn}.${fn.obj.name}`;
      }
      return fn.obj.name;
    }
    let root: FuncUnit = fn;
    while (root.parent) root = root.parent;
    if (root.kind === 'global') return 'glob..func' + (this.units.decls.filter((u) => u.kind === 'global').indexOf(root) + 1);
    return this.funcName(root) + '.func' + (this.closureIndex(fn));
  }

  private closureIndex(fn: FuncUnit): number {
    let root: FuncUnit = fn;
    while (root.parent) root = root.parent;
    const all: FuncUnit[] = [];
    const add = (u: FuncUnit): void => { for (const l of u.lits) { all.push(l); add(l); } };
    add(root);
    return all.indexOf(fn) + 1;
  }

  devirtDiag(fn: FuncUnit, pos: number, msg: string): void {
    const p = position(fn.file, pos);
    this.devirtDiags.push({ filename: p.filename, line: p.line, column: p.column, msg });
  }

  printerFor(p: PkgInput): Printer {
    let pr = this.printers.get(p);
    if (!pr) {
      pr = new Printer(p.info, p.pkg);
      this.printers.set(p, pr);
    }
    return pr;
  }

  recordCapture(fn: FuncUnit, v: Var, byRef: boolean): void {
    let s = this.byRef.get(fn);
    if (!s) {
      s = new Set();
      this.byRef.set(fn, s);
    }
    if (byRef) s.add(v);
    else s.delete(v);
  }

  captureByRefUnit(fn: FuncUnit, v: Var): boolean {
    return this.byRef.get(fn)?.has(v) ?? false;
  }

  run(pkgs: readonly PkgInput[], report: (p: PkgInput) => boolean): void {
    for (const p of pkgs) {
      this.units.add(p, report(p));
      for (const f of p.files) this.facts.scan(f, p.info);
    }
    for (const u of this.units.byLit.values()) for (const v of u.captures) this.capturedVars.add(v);
    for (const u of [...this.units.decls, ...this.units.byLit.values()]) {
      const pr = this.printerFor(u.input);
      for (const [k, v] of u.autotmps) pr.autotmps.set(k, v);
    }
    this.units.visitBottomUp((fns) => this.batch(fns));
  }

  /** Internal errors (a batch that could not be analysed is treated as all-escaping). */
  readonly errors: string[] = [];

  private batch(fns: FuncUnit[]): void {
    const b = new Batch(this, fns);
    const mark = this.diags.length;
    try {
      this.batch1(b, fns);
    } catch (err) {
      // Never fail compilation: answer conservatively for everything in this batch.
      this.errors.push(`escape analysis: ${(err as Error)?.stack ?? err}`);
      this.diags.length = mark;
      for (const loc of b.allLocs) {
        if (loc.v) this.heapVars.add(loc.v);
        if (loc.site) this.siteResults.push({ site: loc.site, escapes: true });
      }
      for (const fn of fns) {
        fn.state = escFuncTagged;
        fn.tags = fn.paramVars().map(() => Leaks.heapLeak());
      }
    }
  }

  private batch1(b: Batch, fns: FuncUnit[]): void {
    for (const fn of fns) {
      if (fn.isClosure() || !fn.body) continue;
      const w = new Walker(b, fn, 1);
      inspect(fn.body, (n) => {
        if (n.kind !== 'CallExpr') return;
        let f: ast.Expr = n.fun;
        while (f.kind === 'ParenExpr') f = f.x;
        if (f.kind !== 'SelectorExpr') return;
        const sel = fn.input.info.selections.get(f);
        if (!sel || sel.kind !== 'MethodVal' || ukind(sel.recv) !== 'Interface') return;
        devirtualize(w, n, f);
      });
    }
    for (const fn of fns) b.initFunc(fn);
    for (const fn of fns) {
      if (fn.isClosure()) continue;
      fn.state = escFuncStarted;
      if (fn.kind === 'init') {
        new Walker(b, fn, 1).inits(fn.inits);
        continue;
      }
      const body = fn.body;
      if (body) new Walker(b, fn, 1).block(body.list);
    }
    b.solve();
  }

  litUnit(n: ast.FuncLit): FuncUnit | undefined {
    return this.units.byLit.get(n);
  }
}
