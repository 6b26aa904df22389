// solve.ts — solving the location graph: from every location (the root), find the minimal number
// of dereferences with which every other location's value reaches it (Bellman-Ford over edges of
// weight −1…n, derefs bounded below by 0 past an address-of), marking locations whose address
// reaches something that outlives them as escaping, and recording parameter leaks.
// Mirrors cmd/compile/internal/escape/solve.go (walkAll, walkOne, outlives).

import { attrCalls, attrEscapes, attrMutates, attrPersists, type Location } from './graph.js';
import { containsClosure } from './units.js';
import { numEscResults } from './leaks.js';

export interface SolveCtx {
  readonly allLocs: Location[];
  readonly heapLoc: Location;
  readonly mutatorLoc: Location;
  readonly calleeLoc: Location;
  /** ClosureExpr callee in a mutual batch whose results are lost: re-enqueue its results. */
  closureCalled(root: Location, enqueue: (l: Location) => void): void;
}

export function walkAll(b: SolveCtx): void {
  const todo: Location[] = [];
  const enqueue = (loc: Location): void => {
    if (!loc.queued) {
      todo.push(loc);
      loc.queued = true;
    }
  };
  for (const loc of b.allLocs) enqueue(loc);
  enqueue(b.mutatorLoc);
  enqueue(b.calleeLoc);
  enqueue(b.heapLoc);

  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(b, root, walkgen, enqueue);
  }
}

function walkOne(b: SolveCtx, root: Location, walkgen: number, enqueue: (l: Location) => void): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  root.dst = null;

  if (root.hasAttr(attrCalls)) b.closureCalled(root, enqueue);

  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    let newAttrs = 0;

    const addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (outlives(b, root, l)) {
        newAttrs |= attrEscapes | attrPersists | attrMutates | attrCalls;
      } else if (root.hasAttr(attrPersists)) {
        newAttrs |= attrPersists;
      }
    }

    if (derefs === 0) newAttrs |= root.attrs & (attrMutates | attrCalls);

    if (l.cls === 'param') {
      if (outlives(b, root, l)) leakTo(l, root, derefs);
      if (root.hasAttr(attrMutates)) l.paramEsc.addMutator(derefs);
      if (root.hasAttr(attrCalls)) l.paramEsc.addCallee(derefs);
    }

    if ((newAttrs & ~l.attrs) !== 0) {
      l.attrs |= newAttrs;
      enqueue(l);
      if (l.attrs & attrEscapes) continue;
    }

    for (let i = 0; i < l.edges.length; i++) {
      const edge = l.edges[i];
      if (edge.src.hasAttr(attrEscapes)) continue;
      const d = derefs + edge.derefs;
      if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
        edge.src.walkgen = walkgen;
        edge.src.derefs = d;
        edge.src.dst = l;
        edge.src.dstEdgeIdx = i;
        todo.push(edge.src);
      }
    }
  }
}

/** graph.go leakTo: parameter l's value flows to sink with derefs dereferences. */
function leakTo(l: Location, sink: Location, derefs: number): void {
  if (!sink.hasAttr(attrEscapes) && sink.cls === 'result' && sink.curfn === l.curfn) {
    const ri = sink.resultIndex - 1;
    if (ri < numEscResults) {
      l.paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l.paramEsc.addHeap(derefs);
}

/** Whether values stored in l may survive beyond other's lifetime if other were stack allocated. */
export function outlives(b: SolveCtx, l: Location, other: Location): boolean {
  if (l.hasAttr(attrEscapes)) return true;
  if (l === b.mutatorLoc || l === b.calleeLoc) return false;
  if (l.cls === 'result') {
    if (containsClosure(other.curfn, l.curfn) && !l.curfn!.closureResultsLost) return false;
    return true;
  }
  if (l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
  if (containsClosure(l.curfn, other.curfn)) return true;
  return false;
}
