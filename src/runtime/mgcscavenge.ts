// The scavenger: returns idle heap pages to the "OS" (zeroes them, counts them in HeapReleased)
// until the retained heap (HeapSys − HeapReleased, stacks excluded) is at most the heap goal + 10%,
// or 95% of the memory limit. Go's background scavenger releases at about 1% of CPU; here it
// releases in steps (scavengeQuantum 64 KiB worth of pages) after each GC and from the background
// slices, highest addresses first, as Go's scavenger does.
// Mirrors src/runtime/mgcscavenge.go (gcPaceScavenger, bgscavenge, scavengeOne; retainExtraPercent
// = 10, reduceExtraPercent = 5).

import type { Runtime } from './runtime.js';
import { pageSize } from './mheap.js';

export const retainExtraPercent = 10;
export const reduceExtraPercent = 5;
/** Pages released per step (64 KiB). */
const quantumPages = 8;

export class Scavenger {
  /** Retained-bytes goal (Infinity = nothing to do). */
  goal = Infinity;
  /** Bytes released by the background scavenger so far. */
  released = 0;
}

/** Retained heap bytes: pages mapped for the heap (not stacks) minus released ones. */
export function heapRetained(rt: Runtime): number {
  const h = rt.heap;
  return (h.mappedPages - h.stackPages - h.releasedPages) * pageSize;
}

/** gcPaceScavenger: the goals after a GC, then a first step. */
export function scavengeAfterGC(rt: Runtime): void {
  const sc = rt.scavenger;
  const gcc = rt.gcc;
  let goal = Infinity;
  if (gcc.heapGoal !== Infinity) goal = Math.floor(gcc.heapGoal * (100 + retainExtraPercent) / 100);
  if (gcc.memoryLimit < 2 ** 62) goal = Math.min(goal, Math.floor(gcc.memoryLimit * (100 - reduceExtraPercent) / 100));
  sc.goal = goal;
  scavengeStep(rt, 64);
}

/** Releases up to maxSteps quanta of free pages while retained memory is over the goal. */
export function scavengeStep(rt: Runtime, maxSteps: number): number {
  const sc = rt.scavenger;
  if (sc.goal === Infinity) return 0;
  let over = heapRetained(rt) - sc.goal;
  if (over <= 0) return 0;
  const h = rt.heap as unknown as { freeStart: number[]; freeLen: number[]; released: Uint8Array; releasedPages: number; base: number; m: { memclr(p: number, n: number): void } };
  let budget = Math.min(maxSteps * quantumPages, Math.ceil(over / pageSize));
  let n = 0;
  for (let k = h.freeStart.length - 1; k >= 0 && budget > 0; k--) {
    const start = h.freeStart[k];
    for (let i = start + h.freeLen[k] - 1; i >= start && budget > 0; i--) {
      if (h.released[i]) continue;
      h.released[i] = 1;
      h.releasedPages++;
      h.m.memclr(h.base + i * pageSize, pageSize);
      budget--;
      n++;
    }
  }
  sc.released += n * pageSize;
  return n;
}
