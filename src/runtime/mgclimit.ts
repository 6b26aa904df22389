// The GC CPU limiter: a leaky bucket that fills with GC CPU time and drains with mutator time;
// when full, the collector stops charging mark assists (and stops forcing the mark phase to end at
// the heap goal), so GC CPU stays near 50% at most and memory may overshoot instead of thrashing.
// Mirrors src/runtime/mgclimit.go (gcCPULimiterState: capacityPerProc = 1 CPU-second per P).

export const capacityPerProc = 1e9;

export class GCCPULimiter {
  /** Bucket fill and capacity (ns of CPU). */
  fill = 0;
  capacity = capacityPerProc;
  enabled = false;
  /** Times the limiter was enabled, and the GC cycle it was last enabled in. */
  overflowCount = 0;
  lastEnabledCycle = 0;
  /** Total ns the limiter was on (/cpu/classes/gc/... accounting is in mgc.ts). */

  /** Accounts an interval: gcNs of GC CPU and mutatorNs of program CPU. */
  update(gcNs: number, mutatorNs: number, procs: number, cycle: number): void {
    this.capacity = capacityPerProc * procs;
    this.fill += gcNs - mutatorNs;
    if (this.fill < 0) this.fill = 0;
    if (this.fill >= this.capacity) {
      this.fill = this.capacity;
      if (!this.enabled) { this.overflowCount++; this.lastEnabledCycle = cycle; }
      this.enabled = true;
    } else this.enabled = false;
  }
}
