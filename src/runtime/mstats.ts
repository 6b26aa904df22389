// Memory statistics: the allocator's counters and runtime.ReadMemStats, which writes Go 1.23's
// runtime.MemStats struct (exact field order and layout) into simulated memory.
// Mirrors src/runtime/mstats.go (MemStats, readmemstats_m): Mallocs and Frees include tiny
// allocations; TotalAlloc adds the slot size of each small object and the page-rounded size of each
// large one; HeapAlloc = TotalAlloc − freed bytes; BySize[i] is size class i (0..60).

import type { Runtime } from './runtime.js';
import { class_to_size, _NumSizeClasses } from './sizeclasses.js';
import { pageSize } from './mheap.js';
import { st64 } from './int64.js';

/** Offsets of runtime.MemStats fields on amd64 (go1.23). */
export const MemStatsLayout = {
  Alloc: 0, TotalAlloc: 8, Sys: 16, Lookups: 24, Mallocs: 32, Frees: 40, HeapAlloc: 48, HeapSys: 56,
  HeapIdle: 64, HeapInuse: 72, HeapReleased: 80, HeapObjects: 88, StackInuse: 96, StackSys: 104,
  MSpanInuse: 112, MSpanSys: 120, MCacheInuse: 128, MCacheSys: 136, BuckHashSys: 144, GCSys: 152,
  OtherSys: 160, NextGC: 168, LastGC: 176, PauseTotalNs: 184, PauseNs: 192, PauseEnd: 2240,
  NumGC: 4288, NumForcedGC: 4292, GCCPUFraction: 4296, EnableGC: 4304, DebugGC: 4305, BySize: 4312,
  /** sizeof(runtime.MemStats) */
  size: 5776,
  /** BySize entries: {Size uint32; Mallocs, Frees uint64} = 24 bytes. */
  bySizeEntry: 24,
  bySizeLen: 61,
} as const;

/** Size of Go's mspan struct (for MSpanInuse) and of an mcache (MCacheInuse per P). */
const mspanStructSize = 160;
const mcacheStructSize = 1200;
/** Off-heap metadata Go maps at start (approximations of a small go1.23 program). */
const baseMCacheSys = 15600;
const baseBuckHashSys = 1442 + 918; // 2360
const baseGCSys = 1400000;
const baseOtherSys = 400000;

export class MStats {
  /** Small-object allocations / frees per size class (consistent stats smallAllocCount). */
  nmalloc = new Float64Array(_NumSizeClasses);
  nfree = new Float64Array(_NumSizeClasses);
  largeAlloc = 0;
  largeAllocCount = 0;
  largeFree = 0;
  largeFreeCount = 0;
  numgc = 0;
  numforcedgc = 0;
  pauseTotalNs = 0;
  pauseNs = new Float64Array(256);
  /** Unix ns (exact int64: the program's clock, as time.Now reads it). */
  pauseEnd = new BigInt64Array(256);
  lastGC = 0n;
  gcCpuFraction = 0;
}

/** The derived numbers ReadMemStats reports (also used by gctrace and tests). */
export interface MemStatsValues {
  Alloc: number; TotalAlloc: number; Sys: number; Mallocs: number; Frees: number; HeapAlloc: number;
  HeapSys: number; HeapIdle: number; HeapInuse: number; HeapReleased: number; HeapObjects: number;
  StackInuse: number; StackSys: number; MSpanInuse: number; MSpanSys: number; MCacheInuse: number;
  MCacheSys: number; BuckHashSys: number; GCSys: number; OtherSys: number; NextGC: number | bigint;
  LastGC: bigint; PauseTotalNs: number; NumGC: number; NumForcedGC: number; GCCPUFraction: number;
  BySize: Array<{ Size: number; Mallocs: number; Frees: number }>;
}

/** The memory obtained from the "OS", by class (the XSys fields) and in total. */
export function sysMemory(rt: Runtime): { stackInuse: number; heapSys: number; mspanInuse: number; mspanSys: number; gcSys: number; sys: number } {
  const heap = rt.heap;
  const stackInuse = heap.stackPages * pageSize;
  const heapSys = heap.mappedBytes - stackInuse;
  const mspanInuse = (heap.allspans.size + 8) * mspanStructSize;
  const mspanSys = Math.ceil(mspanInuse / 16384) * 16384 + 16384;
  const gcSys = baseGCSys + Math.floor(heap.mappedBytes / 64);
  const sys = heapSys + stackInuse + mspanSys + baseMCacheSys + baseBuckHashSys + gcSys + baseOtherSys;
  return { stackInuse, heapSys, mspanInuse, mspanSys, gcSys, sys };
}

/** readmemstats_m: computes every MemStats field from the allocator state. */
export function computeMemStats(rt: Runtime): MemStatsValues {
  const st = rt.mstats;
  const heap = rt.heap;
  let totalAlloc = st.largeAlloc, totalFree = st.largeFree;
  let nMalloc = st.largeAllocCount, nFree = st.largeFreeCount;
  for (let i = 0; i < _NumSizeClasses; i++) {
    totalAlloc += st.nmalloc[i] * class_to_size[i];
    totalFree += st.nfree[i] * class_to_size[i];
    nMalloc += st.nmalloc[i];
    nFree += st.nfree[i];
  }
  const tiny = rt.mcache.tinyAllocs;
  const heapObjects = nMalloc - nFree;
  nMalloc += tiny;
  nFree += tiny;
  const { stackInuse, heapSys, mspanInuse, mspanSys, gcSys, sys } = sysMemory(rt);
  const heapInuse = heap.inusePages * pageSize;
  const bySize = [];
  for (let i = 0; i < MemStatsLayout.bySizeLen; i++) bySize.push({ Size: class_to_size[i], Mallocs: st.nmalloc[i], Frees: st.nfree[i] });
  return {
    Alloc: totalAlloc - totalFree, TotalAlloc: totalAlloc, Sys: sys, Mallocs: nMalloc, Frees: nFree,
    HeapAlloc: totalAlloc - totalFree, HeapSys: heapSys, HeapIdle: heapSys - heapInuse, HeapInuse: heapInuse,
    HeapReleased: heap.releasedPages * pageSize, HeapObjects: heapObjects, StackInuse: stackInuse,
    StackSys: stackInuse, MSpanInuse: mspanInuse, MSpanSys: mspanSys, MCacheInuse: mcacheStructSize,
    MCacheSys: baseMCacheSys, BuckHashSys: baseBuckHashSys, GCSys: gcSys, OtherSys: baseOtherSys,
    NextGC: rt.gcc.nextGC(), LastGC: st.lastGC, PauseTotalNs: st.pauseTotalNs, NumGC: st.numgc,
    NumForcedGC: st.numforcedgc, GCCPUFraction: st.gcCpuFraction, BySize: bySize,
  };
}

/** runtime.ReadMemStats: writes a runtime.MemStats at addr. */
export function readMemStats(rt: Runtime, addr: number): void {
  const v = computeMemStats(rt);
  const m = rt.m;
  const L = MemStatsLayout;
  const put = (off: number, x: number | bigint) => st64(m, addr + off, typeof x === 'bigint' ? x : Math.floor(x));
  put(L.Alloc, v.Alloc); put(L.TotalAlloc, v.TotalAlloc); put(L.Sys, v.Sys); put(L.Lookups, 0);
  put(L.Mallocs, v.Mallocs); put(L.Frees, v.Frees); put(L.HeapAlloc, v.HeapAlloc); put(L.HeapSys, v.HeapSys);
  put(L.HeapIdle, v.HeapIdle); put(L.HeapInuse, v.HeapInuse); put(L.HeapReleased, v.HeapReleased);
  put(L.HeapObjects, v.HeapObjects); put(L.StackInuse, v.StackInuse); put(L.StackSys, v.StackSys);
  put(L.MSpanInuse, v.MSpanInuse); put(L.MSpanSys, v.MSpanSys); put(L.MCacheInuse, v.MCacheInuse);
  put(L.MCacheSys, v.MCacheSys); put(L.BuckHashSys, v.BuckHashSys); put(L.GCSys, v.GCSys);
  put(L.OtherSys, v.OtherSys); put(L.NextGC, v.NextGC); put(L.LastGC, v.LastGC);
  put(L.PauseTotalNs, v.PauseTotalNs);
  const st = rt.mstats;
  for (let i = 0; i < 256; i++) {
    put(L.PauseNs + 8 * i, st.pauseNs[i]);
    put(L.PauseEnd + 8 * i, st.pauseEnd[i]);
  }
  m.u32[(addr + L.NumGC) >>> 2] = v.NumGC;
  m.u32[(addr + L.NumForcedGC) >>> 2] = v.NumForcedGC;
  m.f64[(addr + L.GCCPUFraction) >>> 3] = v.GCCPUFraction;
  m.u8[addr + L.EnableGC] = 1;
  m.u8[addr + L.DebugGC] = 0;
  for (let i = 0; i < L.bySizeLen; i++) {
    const e = addr + L.BySize + i * L.bySizeEntry;
    m.u32[e >>> 2] = v.BySize[i].Size;
    m.u32[(e >>> 2) + 1] = 0;
    put(L.BySize + i * L.bySizeEntry + 8, v.BySize[i].Mallocs);
    put(L.BySize + i * L.bySizeEntry + 16, v.BySize[i].Frees);
  }
}
