// leaks.ts — parameter leak sets ("parameter tags"): for one parameter, the minimal number of
// dereferences of any assignment flow from it to the heap, to the mutator and callee
// pseudo-locations, and to each of the first 5 results of its function.
// Mirrors cmd/compile/internal/escape/leaks.go (type leaks, Optimize; the export encoding is not
// needed: tags stay in memory).

import type { StdParamTag } from './stdtags.js';

const leakHeap = 0;
const leakMutator = 1;
const leakCallee = 2;
const leakResult0 = 3;
/** Number of results whose flows fit in a tag (numEscResults in leaks.go). */
export const numEscResults = 5;

/** A leak set: entry i holds derefs+1 (0 = no flow), capped at 255 like Go's uint8 encoding. */
export class Leaks {
  readonly a = new Uint8Array(3 + numEscResults);

  private get(i: number): number { return this.a[i] - 1; }
  private add(i: number, derefs: number): void {
    const old = this.get(i);
    if (old < 0 || derefs < old) this.set(i, derefs);
  }
  private set(i: number, derefs: number): void {
    this.a[i] = Math.min(derefs + 1, 255);
  }

  /** Minimal derefs of a flow to the heap, or -1. */
  heap(): number { return this.get(leakHeap); }
  mutator(): number { return this.get(leakMutator); }
  callee(): number { return this.get(leakCallee); }
  result(i: number): number { return this.get(leakResult0 + i); }

  addHeap(derefs: number): void { this.add(leakHeap, derefs); }
  addMutator(derefs: number): void { this.add(leakMutator, derefs); }
  addCallee(derefs: number): void { this.add(leakCallee, derefs); }
  addResult(i: number, derefs: number): void { this.add(leakResult0 + i, derefs); }

  /** Drops flows that are equal to or longer than the shortest heap flow (leaks.go Optimize). */
  optimize(): void {
    const x = this.heap();
    if (x >= 0) {
      for (let i = 1; i < this.a.length; i++) if (this.get(i) >= x) this.a[i] = 0;
    }
  }

  clone(): Leaks {
    const l = new Leaks();
    l.a.set(this.a);
    return l;
  }

  /** The tag of an unanalysable parameter: leaks to the heap (parseLeaks of a non-"esc:" note). */
  static heapLeak(): Leaks {
    const l = new Leaks();
    l.addHeap(0);
    return l;
  }

  /** Decodes an entry of the std tag table (stdtags.ts). */
  static fromStd(t: StdParamTag): Leaks {
    const l = new Leaks();
    if (t === 0) return l;
    if (t[0] >= 0) l.addHeap(t[0]);
    if (t[1] >= 0) l.addMutator(t[1]);
    if (t[2] >= 0) l.addCallee(t[2]);
    for (let i = 3; i < t.length && i - 3 < numEscResults; i++) if (t[i] >= 0) l.addResult(i - 3, t[i]);
    return l;
  }
}
