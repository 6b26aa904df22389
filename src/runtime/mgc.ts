// The garbage collector driver: one stop-the-world mark-sweep cycle, its phases, accounting, pacer
// update and gctrace line. Mirrors src/runtime/mgc.go (gcStart, gcMarkDone, gcMarkTermination,
// gcSweep, runtime.GC). The phases keep Go's names (_GCoff, _GCmark, _GCmarktermination) so the
// concurrent collector of a later issue can slot in: marking uses a GCWork queue and per-span mark
// bits, and allocation while marking allocates black.

import type { Runtime } from './runtime.js';
import { GCWork, markPtr, markRoots } from './mgcmark.js';
import { sweepAll } from './mgcsweep.js';
import { formatGCTrace } from './gctrace.js';
import { fixedStack, stackGuard } from './stack.js';

export const enum GCPhase { Off = 0, Mark = 1, MarkTermination = 2 }

/** Monotonic clock in ns. */
export function nanotime(): number {
  return performance.now() * 1e6;
}

/** One full cycle (gcStart … gcMarkTermination … sweep). forced = runtime.GC(). */
export function gcCycle(rt: Runtime, forced: boolean): void {
  if (rt.gcPhase !== GCPhase.Off) return;
  const st = rt.mstats;
  const gcc = rt.gcc;
  const tSweepTerm = nanotime();
  // Sweep termination: flush the mcache so every span is visible to the sweeper; the current tiny
  // block is marked (gcMarkTinyAllocs) before it is dropped.
  const w = new GCWork();
  const tinyBlock = rt.mcache.tiny;
  const heap0 = gcc.heapLive;
  rt.mcache.releaseAll();
  const tMark = nanotime();
  rt.gcPhase = GCPhase.Mark;
  rt.gcMarking = true;
  if (tinyBlock !== 0) markPtr(rt, w, tinyBlock);
  markRoots(rt, w);
  const tMarkTerm = nanotime();
  rt.gcPhase = GCPhase.MarkTermination;
  const heap1 = heap0;
  const heapGoal = gcc.heapGoal;
  gcc.heapMarked = w.bytesMarked;
  gcc.heapLive = w.bytesMarked;
  gcc.lastStackScan = w.stackScan;
  gcc.globalsScan = rt.globalsScanBytes;
  computeStartingStackSize(rt, w);
  rt.gcMarking = false;
  rt.gcPhase = GCPhase.Off;
  sweepAll(rt);
  gcc.commit(false);
  const tEnd = nanotime();
  // Accounting (gcMarkTermination).
  const idx = st.numgc % 256;
  const pause = Math.floor(tEnd - tSweepTerm);
  st.pauseNs[idx] = pause;
  st.pauseEnd[idx] = Date.now() * 1e6;
  st.pauseTotalNs += pause;
  st.lastGC = st.pauseEnd[idx];
  st.numgc++;
  if (forced) st.numforcedgc++;
  rt.gcTimeNs += tEnd - tSweepTerm;
  const sinceStart = Math.max(1, tEnd - rt.startNs);
  st.gcCpuFraction = rt.gcTimeNs / (sinceStart * rt.procs);
  if (rt.gctrace) {
    rt.writeErr(formatGCTrace({
      n: st.numgc, startNs: tSweepTerm - rt.startNs, cpuFraction: st.gcCpuFraction,
      clock: [tMark - tSweepTerm, tMarkTerm - tMark, tEnd - tMarkTerm],
      cpu: [(tMark - tSweepTerm) * rt.procs, 0, tMarkTerm - tMark, 0, (tEnd - tMarkTerm) * rt.procs],
      heap0, heap1, heap2: w.bytesMarked, goal: heapGoal, stacks: w.stackScan,
      globals: rt.globalsScanBytes, procs: rt.procs, forced,
    }));
  }
}

/** gcComputeStartingStackSize (stack.go, GODEBUG adaptivestackstart=1 is the default): new
 *  goroutines start with the average scanned stack size plus stackGuard, as a power of two. */
function computeStartingStackSize(rt: Runtime, w: GCWork): void {
  if (w.stacksScanned === 0) { rt.startingStackSize = fixedStack; return; }
  let avg = Math.floor(w.stackScan / w.stacksScanned) + stackGuard;
  if (avg > rt.maxstacksize) avg = rt.maxstacksize;
  if (avg < fixedStack) avg = fixedStack;
  let p = 1;
  while (p < avg) p *= 2;
  rt.startingStackSize = p;
}
