// The GC pacer: heap goal and trigger from GOGC and GOMEMLIMIT.
// Mirrors src/runtime/mgcpacer.go (gcControllerState: commit, heapGoalInternal, trigger, endCycle,
// memoryLimitHeapGoal), the Go 1.18+ pacer:
//   goal = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100, at least 4 MiB*GOGC/100
//   trigger = goal − runway, runway = consMark·(1−u)/u·(lastHeapScan + lastStackScan + globalsScan)
// with u = 0.25 and consMark the max of the last 4 cons/mark measurements, clamped between
// heapMarked + (goal − heapMarked)·45/64 and ·61/64 (goal − 4 MiB for large heaps).

export const defaultHeapMinimum = 4 << 20;
/** Runway when the memory limit leaves none: stands in for the GC CPU limiter. */
function limiterRunway(marked: number): number {
  return Math.max(1 << 20, Math.floor(marked / 16));
}
/** sweepMinHeapDistance: runway kept for the concurrent sweeper. */
export const sweepMinHeapDistance = 1 << 20;
const triggerRatioDen = 64;
const minTriggerRatioNum = 45;
const maxTriggerRatioNum = 61;
/** Go's GOMEMLIMIT default is math.MaxInt64. */
export const noMemoryLimit = 2 ** 63 - 1;

export class GCController {
  /** GOGC; −1 = off. */
  gcPercent: number;
  /** GOMEMLIMIT in bytes (noMemoryLimit = none). */
  memoryLimit: number;
  heapMinimum: number;
  /** Bytes marked by the last cycle (the live heap). */
  heapMarked = 0;
  /** Bytes of heap considered live now: marked + allocated since + free slots of cached spans. */
  heapLive = 0;
  /** Bytes of stack scanned by the last cycle, and globals scannable. */
  lastStackScan = 0;
  /** Heap scan work of the last cycle (bytes of pointer-bearing objects scanned). */
  lastHeapScan = 0;
  /** cons/mark: bytes allocated per byte of scan work during marking (last 4 cycles; 0 = none). */
  consMarkHistory: number[] = [];
  consMark = 0;
  /** Runway of the last commit (bytes before the goal at which marking should start). */
  runway = 0;
  globalsScan = 0;
  /** Heap goal of the current cycle (gcPercentHeapGoal, bounded by the memory limit). */
  heapGoal = 0;
  /** heapLive at which the next cycle starts. */
  trigger = Infinity;
  /** For the memory-limit goal: returns non-heap mapped memory (Sys − HeapSys bytes). */
  nonHeapMemory: () => number = () => 0;

  constructor(gcPercent: number, memoryLimit: number) {
    this.gcPercent = gcPercent;
    this.memoryLimit = memoryLimit;
    this.heapMinimum = 0;
    this.commit();
  }

  /** Minimum trigger (and goal) that leaves the sweeper 1 MiB of runway (sweepDistMinTrigger). */
  sweepDistMinTrigger = 0;

  /**
   * Recomputes goal and trigger (gcControllerState.commit + heapGoalInternal + trigger).
   * isSweepDone is false when called at the end of a cycle: Go sweeps concurrently after marking,
   * so it keeps the trigger at least heapLive + sweepMinHeapDistance (1 MiB) away, and the goal
   * with it — e.g. GOGC=1 with 1 MiB live gives a 2 MiB goal, as Go's gctrace shows.
   */
  commit(isSweepDone = true): void {
    const gcPercent = this.gcPercent;
    this.sweepDistMinTrigger = isSweepDone ? 0 : this.heapLive + sweepMinHeapDistance;
    this.heapMinimum = gcPercent < 0 ? 0 : Math.floor(defaultHeapMinimum * gcPercent / 100);
    let goal = Infinity;
    if (gcPercent >= 0) {
      goal = this.heapMarked + Math.floor((this.heapMarked + this.lastStackScan + this.globalsScan) * gcPercent / 100);
      if (goal < this.heapMinimum) goal = this.heapMinimum;
    }
    let minTrigger = 0;
    const limitGoal = this.memoryLimitHeapGoal();
    if (limitGoal < goal) goal = limitGoal;
    else {
      if (this.sweepDistMinTrigger > goal) goal = this.sweepDistMinTrigger;
      minTrigger = this.sweepDistMinTrigger;
    }
    this.heapGoal = goal;
    this.trigger = this.computeTrigger(goal, minTrigger);
    if (goal === limitGoal && this.trigger < this.heapMarked + limiterRunway(this.heapMarked)) {
      // Over the memory limit Go keeps collecting, but its GC CPU limiter (mgclimit.go, ~50%) lets
      // the program keep allocating meanwhile. A stop-the-world collector has no "meanwhile", so
      // leave a runway instead of collecting at every span refill.
      this.trigger = this.heapMarked + limiterRunway(this.heapMarked);
    }
  }

  /**
   * endCycle: measures cons/mark = (heap allocated during marking · utilization) /
   * (scan work · (1 − utilization)) with the GC's share of CPU during marking.
   */
  endCycle(allocatedDuringMark: number, scanWork: number, utilization: number): void {
    if (scanWork <= 0 || !(utilization > 0) || utilization >= 1) return;
    const cm = (Math.max(0, allocatedDuringMark) * utilization) / (scanWork * (1 - utilization));
    this.consMarkHistory.push(cm);
    if (this.consMarkHistory.length > 4) this.consMarkHistory.shift();
    this.consMark = Math.max(...this.consMarkHistory);
  }

  /** memoryLimitHeapGoal: the limit minus non-heap memory, minus a headroom of max(3%, 1 MiB). */
  memoryLimitHeapGoal(): number {
    const limit = this.memoryLimit;
    if (limit >= noMemoryLimit && this.gcPercent >= 0) return Infinity;
    const nonHeap = this.nonHeapMemory();
    let goal = limit - nonHeap;
    const headroom = Math.max(Math.floor(goal * 3 / 100), 1 << 20);
    goal = goal > headroom ? goal - headroom : 0;
    if (goal < this.heapMarked) goal = this.heapMarked;
    return goal;
  }

  /** trigger(): goal − runway, between the 45/64 lower bound (and minTrigger) and the max trigger
   *  61/64 of the way from the marked heap to the goal (goal − 4 MiB for large heaps). */
  private computeTrigger(goal: number, minTrigger: number): number {
    if (goal === Infinity) return Infinity;
    const marked = this.heapMarked;
    if (marked >= goal) return goal;
    if (minTrigger < marked) minTrigger = marked;
    const lower = Math.floor((goal - marked) / triggerRatioDen) * minTriggerRatioNum + marked;
    if (minTrigger < lower) minTrigger = lower;
    let maxTrigger = Math.floor((goal - marked) / triggerRatioDen) * maxTriggerRatioNum + marked;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) maxTrigger = goal - defaultHeapMinimum;
    if (maxTrigger < minTrigger) maxTrigger = minTrigger;
    this.runway = Math.floor(this.consMark * (1 - 0.25) / 0.25 * (this.lastHeapScan + this.lastStackScan + this.globalsScan));
    let trigger = goal - this.runway;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    return Math.min(trigger, goal);
  }

  /** The goal as MemStats.NextGC reports it (a uint64; huge when GOGC=off and no limit). */
  nextGC(): number | bigint {
    if (this.heapGoal <= Number.MAX_SAFE_INTEGER) return this.heapGoal;
    if (this.heapGoal === Infinity) return 0;
    // The memory-limit goal with the default limit (math.MaxInt64), computed exactly.
    const g = 9223372036854775807n - BigInt(this.nonHeapMemory());
    return g - g * 3n / 100n;
  }
}
