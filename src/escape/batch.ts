// batch.ts — one batch of escape analysis (a strongly connected component of the call graph plus
// its closures): location bookkeeping, flow edges, closure capture decisions, heap-allocation
// reasons, and the final results and -m diagnostics. Mirrors cmd/compile/internal/escape/escape.go
// (Batch, initFunc, flowClosure, finish, paramTag, reportLeaks), graph.go (flow, newLoc, teeHole,
// later) and utils.go (HeapAllocReason).

import type { Var } from '../types/objects.js';
import { position } from '../syntax/position.js';
import {
  attrCalls, attrEscapes, attrMutates, attrPersists, Hole, Location, type NameClass, type Site,
} from './graph.js';
import { Leaks, numEscResults } from './leaks.js';
import { walkAll } from './solve.js';
import { escFuncPlanned, escFuncTagged, type FuncUnit } from './units.js';
import { hasPointers, isUintptr, MaxImplicitStackVarSize, MaxStackVarSize, sizeof, alignof } from './typeutil.js';
import type { Analysis } from './analysis.js';

export interface Diagnostic {
  readonly filename: string;
  readonly line: number;
  readonly column: number;
  readonly msg: string;
}

interface PendingClosure {
  readonly k: Hole;
  readonly unit: FuncUnit;
  readonly site: Location;
}

export class Batch {
  readonly allLocs: Location[] = [];
  closures: PendingClosure[] = [];
  readonly heapLoc = new Location(null, null, null, null, 0);
  readonly mutatorLoc = new Location(null, null, null, null, 0);
  readonly calleeLoc = new Location(null, null, null, null, 0);
  readonly blankLoc = new Location(null, null, null, null, 0);
  /** Closure location → its unit (to re-flow lost closure results). */
  readonly closureOfLoc = new Map<Location, FuncUnit>();

  constructor(readonly an: Analysis, readonly fns: FuncUnit[]) {
    this.heapLoc.attrs = attrEscapes | attrPersists | attrMutates | attrCalls;
    this.mutatorLoc.attrs = attrMutates;
    this.calleeLoc.attrs = attrCalls;
  }

  heapHole(): Hole { return this.heapLoc.asHole(); }
  mutatorHole(): Hole { return this.mutatorLoc.asHole(); }
  calleeHole(): Hole { return this.calleeLoc.asHole(); }
  discardHole(): Hole { return this.blankLoc.asHole(); }

  newLoc(v: Var | null, cls: NameClass | null, site: Site | null, curfn: FuncUnit, loopDepth: number, persists: boolean, name = ''): Location {
    const loc = new Location(v, cls, site, curfn, loopDepth, name || (v ? v.name : ''));
    if (persists) loc.attrs |= attrPersists;
    this.allLocs.push(loc);
    if (v) this.an.varLocs.set(v, loc);
    return loc;
  }

  /** The location of a variable (created by initFunc), or null (globals, unknown). */
  oldLoc(v: Var): Location | null {
    return this.an.varLocs.get(v) ?? null;
  }

  flow(k: Hole, src: Location): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.hasAttr(attrEscapes) && k.derefs < 0) {
      src.attrs |= attrEscapes | attrPersists | attrMutates | attrCalls;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs });
  }

  /** initFunc: locations for a function's declared variables; result indices. */
  initFunc(fn: FuncUnit): void {
    fn.state = escFuncPlanned;
    const params = new Set(fn.paramVars());
    const results = fn.resultVars();
    const resultSet = new Set(results);
    for (const v of fn.dcls) {
      const cls: NameClass = params.has(v) ? 'param' : resultSet.has(v) ? 'result' : 'auto';
      this.newLoc(v, cls, null, fn, 1, true);
    }
    fn.resultLocs = results.map((v, i) => {
      let loc = v.name !== '' && v.name !== '_' ? this.oldLoc(v) : null;
      if (!loc || loc.curfn !== fn) loc = this.newLoc(null, 'result', null, fn, 1, true, v.name === '_' ? `~r${i}` : `~r${i}`);
      loc.resultIndex = i + 1;
      return loc;
    });
  }

  /** flowClosure: decide by-value or by-reference capture, flow captured variables to the closure. */
  flowClosure(k: Hole, fn: FuncUnit): void {
    for (const v of fn.captures) {
      const loc = this.oldLoc(v);
      if (!loc) continue;
      const byval = !loc.addrtaken && !loc.reassigned && sizeof(v.type) <= 128;
      this.an.recordCapture(fn, v, !byval);
      const kk = byval ? k : k.addr();
      this.flow(kk, loc);
    }
  }

  /** HeapAllocReason (utils.go): why a location must be heap allocated regardless of flows. */
  heapAllocReason(loc: Location): string {
    if (loc.v) {
      if (loc.cls === 'param' || loc.cls === 'result') return '';
      if (sizeof(loc.v.type) > MaxStackVarSize) return 'too large for stack';
      if (alignof(loc.v.type) > 8) return 'too aligned for stack';
      return '';
    }
    const s = loc.site;
    if (!s) return '';
    switch (s.op) {
      case 'new': case 'ptrlit':
        if (s.elem && sizeof(s.elem) > MaxImplicitStackVarSize) return 'too large for stack';
        return '';
      case 'closure': {
        if (!s.unit) return '';
        let size = 8;
        for (const v of s.unit.captures) size += this.an.captureByRefUnit(s.unit, v) ? 8 : sizeof(v.type);
        return size > MaxImplicitStackVarSize ? 'too large for stack' : '';
      }
      case 'methvalue':
        return 8 + (s.recvSize ?? 8) > MaxImplicitStackVarSize ? 'too large for stack' : '';
      case 'makeslice': {
        if (s.constLen === null || s.constLen === undefined) return 'non-constant size';
        const es = s.elem ? sizeof(s.elem) : 1;
        if (es !== 0 && s.constLen > Math.floor(MaxImplicitStackVarSize / es)) return 'too large for stack';
        return '';
      }
      default:
        return '';
    }
  }

  /** Runs the solver and finish() for the batch. */
  solve(): void {
    for (const c of this.closures) this.flowClosure(c.k, c.unit);
    this.closures = [];
    for (const loc of this.allLocs) {
      if (this.heapAllocReason(loc) !== '') this.flow(this.heapHole().addr(), loc);
    }
    walkAll({
      allLocs: this.allLocs,
      heapLoc: this.heapLoc,
      mutatorLoc: this.mutatorLoc,
      calleeLoc: this.calleeLoc,
      closureCalled: (root, enqueue) => {
        const fn = this.closureOfLoc.get(root);
        if (fn && fn.state < escFuncTagged && !fn.closureResultsLost) {
          fn.closureResultsLost = true;
          for (const r of fn.resultLocs) enqueue(r);
        }
      },
    });
    this.finish();
  }

  private diag(fn: FuncUnit, pos: number, msg: string): void {
    const p = position(fn.file, pos);
    this.an.diags.push({ filename: p.filename, line: p.line, column: p.column, msg });
  }

  private finish(): void {
    for (const fn of this.fns) {
      fn.state = escFuncTagged;
      const pv = fn.paramVars();
      fn.tags = pv.map((v) => this.paramTag(fn, v));
    }
    for (const loc of this.allLocs) {
      const fn = loc.curfn;
      if (!fn) continue;
      const escapes = loc.hasAttr(attrEscapes);
      if (loc.v) {
        if (escapes) this.an.heapVars.add(loc.v);
        if (escapes && fn.report && loc.v.pos >= 0) this.diag(fn, this.an.units.varPos.get(loc.v) ?? loc.v.pos, `moved to heap: ${loc.v.name}`);
        continue;
      }
      const s = loc.site;
      if (!s) continue;
      if (escapes) this.an.heapAllocs.add(loc.site!);
      this.an.siteResults.push({ site: s, escapes });
      if (!fn.report || s.wrapper) continue;
      this.diag(fn, s.pos, escapes ? `${s.text} escapes to heap` : `${s.text} does not escape`);
      if (s.op === 'str2bytes' && !loc.hasAttr(attrMutates)) this.diag(fn, s.pos, 'zero-copy string->[]byte conversion');
    }
  }

  /** paramTag (escape.go): the leak set of one parameter, reporting it with -m. */
  private paramTag(fn: FuncUnit, v: Var): Leaks {
    const diagnose = fn.report && fn.kind !== 'wrapper';
    const named = v.name !== '' && v.name !== '_';
    if (!fn.body) {
      if (isUintptr(v.type)) return new Leaks();
      if (!hasPointers(v.type)) return new Leaks();
      const noescape = fn.node.kind === 'FuncDecl' && fn.node.pragmas.includes('go:noescape');
      const esc = new Leaks();
      if (noescape) {
        if (diagnose && named) this.diag(fn, v.pos, `${v.name} does not escape`);
        esc.addMutator(0);
        esc.addCallee(0);
      } else {
        if (diagnose && named) this.diag(fn, v.pos, `leaking param: ${v.name}`);
        esc.addHeap(0);
      }
      return esc;
    }
    if (!hasPointers(v.type)) return new Leaks();
    if (!named) return new Leaks();
    const loc = this.oldLoc(v);
    if (!loc) return new Leaks();
    const esc = loc.paramEsc.clone();
    esc.optimize();
    if (diagnose && !loc.hasAttr(attrEscapes)) this.reportLeaks(fn, v, esc);
    return esc;
  }

  private reportLeaks(fn: FuncUnit, v: Var, esc: Leaks): void {
    let warned = false;
    const x = esc.heap();
    if (x >= 0) {
      this.diag(fn, v.pos, x === 0 ? `leaking param: ${v.name}` : `leaking param content: ${v.name}`);
      warned = true;
    }
    const results = fn.resultVars();
    for (let i = 0; i < numEscResults; i++) {
      const r = esc.result(i);
      if (r >= 0) {
        const rv = results[i];
        const rn = rv && rv.name !== '' && rv.name !== '_' ? rv.name : `~r${i}`;
        this.diag(fn, v.pos, `leaking param: ${v.name} to result ${rn} level=${r}`);
        warned = true;
      }
    }
    if (!warned) this.diag(fn, v.pos, `${v.name} does not escape`);
  }
}
