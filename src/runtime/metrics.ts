// runtime/metrics: Go 1.23's metric names (all 88 of metrics.All, plus the cleanup counters of later
// Go) and their current values, read from the allocator, collector and scheduler state.
// `readMetric(name)` is what the std natives call for metrics.Read; `allMetrics()` is metrics.All
// (name, kind, cumulative). Values are numbers for uint64/float64 metrics and {counts, buckets} for
// histograms, whose buckets are Go's (timeHistBuckets, sizeClassBuckets). Metrics of things the
// simulation has no counterpart for (cgo calls, scavenger CPU, godebug events, mutex wait time,
// scheduling latencies, non-GC pauses) read as zero.
// Mirrors src/runtime/metrics.go (initMetrics, compute functions) and src/runtime/metrics/doc.go
// (names, units). Identities kept as Go's TestReadMetrics checks them: heap/free = HeapIdle −
// HeapReleased; heap/unused = HeapInuse − HeapAlloc; frees:bytes = TotalAlloc − HeapAlloc.

import type { Runtime } from './runtime.js';
import { computeMemStats } from './mstats.js';
import { class_to_size, _NumSizeClasses } from './sizeclasses.js';

export type MetricKind = 'uint64' | 'float64' | 'float64histogram' | 'bad';
export interface Histogram { readonly counts: number[]; readonly buckets: number[] }
/** A uint64 value is a number, or a bigint beyond 2^53 (GOMEMLIMIT's default math.MaxInt64). */
export type MetricValue = { kind: 'uint64'; value: number | bigint } | { kind: 'float64'; value: number }
  | { kind: 'float64histogram'; value: Histogram } | { kind: 'bad' };

export interface MetricDesc { readonly name: string; readonly kind: MetricKind; readonly cumulative: boolean; readonly description: string }

const U = 'uint64' as const, F = 'float64' as const, H = 'float64histogram' as const;
/** Go 1.23's metrics.All() (name, kind, cumulative, description), in its order (generated from
 *  Go 1.23.5; src/std/runtime/metrics/description.go has the same list). */
const descs: Array<[string, MetricKind, boolean, string]> = [
  ["/cgo/go-to-c-calls:calls", U, true, "Count of calls made from Go to C by the current process."],
  ["/cpu/classes/gc/mark/assist:cpu-seconds", F, true, "Estimated total CPU time goroutines spent performing GC tasks to assist the GC and prevent it from falling behind the application. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/gc/mark/dedicated:cpu-seconds", F, true, "Estimated total CPU time spent performing GC tasks on processors (as defined by GOMAXPROCS) dedicated to those tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/gc/mark/idle:cpu-seconds", F, true, "Estimated total CPU time spent performing GC tasks on spare CPU resources that the Go scheduler could not otherwise find a use for. This should be subtracted from the total GC CPU time to obtain a measure of compulsory GC CPU time. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/gc/pause:cpu-seconds", F, true, "Estimated total CPU time spent with the application paused by the GC. Even if only one thread is running during the pause, this is computed as GOMAXPROCS times the pause latency because nothing else can be executing. This is the exact sum of samples in /sched/pauses/total/gc:seconds if each sample is multiplied by GOMAXPROCS at the time it is taken. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/gc/total:cpu-seconds", F, true, "Estimated total CPU time spent performing GC tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/gc."],
  ["/cpu/classes/idle:cpu-seconds", F, true, "Estimated total available CPU time not spent executing any Go or Go runtime code. In other words, the part of /cpu/classes/total:cpu-seconds that was unused. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/scavenge/assist:cpu-seconds", F, true, "Estimated total CPU time spent returning unused memory to the underlying platform in response eagerly in response to memory pressure. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/scavenge/background:cpu-seconds", F, true, "Estimated total CPU time spent performing background tasks to return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/cpu/classes/scavenge/total:cpu-seconds", F, true, "Estimated total CPU time spent performing tasks that return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/scavenge."],
  ["/cpu/classes/total:cpu-seconds", F, true, "Estimated total available CPU time for user Go code or the Go runtime, as defined by GOMAXPROCS. In other words, GOMAXPROCS integrated over the wall-clock duration this process has been executing for. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes."],
  ["/cpu/classes/user:cpu-seconds", F, true, "Estimated total CPU time spent running user Go code. This may also include some small amount of time spent in the Go runtime. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics."],
  ["/gc/cycles/automatic:gc-cycles", U, true, "Count of completed GC cycles generated by the Go runtime."],
  ["/gc/cycles/forced:gc-cycles", U, true, "Count of completed GC cycles forced by the application."],
  ["/gc/cycles/total:gc-cycles", U, true, "Count of all completed GC cycles."],
  ["/gc/gogc:percent", U, false, "Heap size target percentage configured by the user, otherwise 100. This value is set by the GOGC environment variable, and the runtime/debug.SetGCPercent function."],
  ["/gc/gomemlimit:bytes", U, false, "Go runtime memory limit configured by the user, otherwise math.MaxInt64. This value is set by the GOMEMLIMIT environment variable, and the runtime/debug.SetMemoryLimit function."],
  ["/gc/heap/allocs-by-size:bytes", H, true, "Distribution of heap allocations by approximate size. Bucket counts increase monotonically. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks."],
  ["/gc/heap/allocs:bytes", U, true, "Cumulative sum of memory allocated to the heap by the application."],
  ["/gc/heap/allocs:objects", U, true, "Cumulative count of heap allocations triggered by the application. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks."],
  ["/gc/heap/frees-by-size:bytes", H, true, "Distribution of freed heap allocations by approximate size. Bucket counts increase monotonically. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks."],
  ["/gc/heap/frees:bytes", U, true, "Cumulative sum of heap memory freed by the garbage collector."],
  ["/gc/heap/frees:objects", U, true, "Cumulative count of heap allocations whose storage was freed by the garbage collector. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks."],
  ["/gc/heap/goal:bytes", U, false, "Heap size target for the end of the GC cycle."],
  ["/gc/heap/live:bytes", U, false, "Heap memory occupied by live objects that were marked by the previous GC."],
  ["/gc/heap/objects:objects", U, false, "Number of objects, live or unswept, occupying heap memory."],
  ["/gc/heap/tiny/allocs:objects", U, true, "Count of small allocations that are packed together into blocks. These allocations are counted separately from other allocations because each individual allocation is not tracked by the runtime, only their block. Each block is already accounted for in allocs-by-size and frees-by-size."],
  ["/gc/limiter/last-enabled:gc-cycle", U, false, "GC cycle the last time the GC CPU limiter was enabled. This metric is useful for diagnosing the root cause of an out-of-memory error, because the limiter trades memory for CPU time when the GC's CPU time gets too high. This is most likely to occur with use of SetMemoryLimit. The first GC cycle is cycle 1, so a value of 0 indicates that it was never enabled."],
  ["/gc/pauses:seconds", H, true, "Deprecated. Prefer the identical /sched/pauses/total/gc:seconds."],
  ["/gc/scan/globals:bytes", U, false, "The total amount of global variable space that is scannable."],
  ["/gc/scan/heap:bytes", U, false, "The total amount of heap space that is scannable."],
  ["/gc/scan/stack:bytes", U, false, "The number of bytes of stack that were scanned last GC cycle."],
  ["/gc/scan/total:bytes", U, false, "The total amount space that is scannable. Sum of all metrics in /gc/scan."],
  ["/gc/stack/starting-size:bytes", U, false, "The stack size of new goroutines."],
  ["/godebug/non-default-behavior/asynctimerchan:events", U, true, "The number of non-default behaviors executed by the time package due to a non-default GODEBUG=asynctimerchan=... setting."],
  ["/godebug/non-default-behavior/execerrdot:events", U, true, "The number of non-default behaviors executed by the os/exec package due to a non-default GODEBUG=execerrdot=... setting."],
  ["/godebug/non-default-behavior/gocachehash:events", U, true, "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocachehash=... setting."],
  ["/godebug/non-default-behavior/gocachetest:events", U, true, "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocachetest=... setting."],
  ["/godebug/non-default-behavior/gocacheverify:events", U, true, "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocacheverify=... setting."],
  ["/godebug/non-default-behavior/gotypesalias:events", U, true, "The number of non-default behaviors executed by the go/types package due to a non-default GODEBUG=gotypesalias=... setting."],
  ["/godebug/non-default-behavior/http2client:events", U, true, "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=http2client=... setting."],
  ["/godebug/non-default-behavior/http2server:events", U, true, "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=http2server=... setting."],
  ["/godebug/non-default-behavior/httplaxcontentlength:events", U, true, "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httplaxcontentlength=... setting."],
  ["/godebug/non-default-behavior/httpmuxgo121:events", U, true, "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httpmuxgo121=... setting."],
  ["/godebug/non-default-behavior/httpservecontentkeepheaders:events", U, true, "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httpservecontentkeepheaders=... setting."],
  ["/godebug/non-default-behavior/installgoroot:events", U, true, "The number of non-default behaviors executed by the go/build package due to a non-default GODEBUG=installgoroot=... setting."],
  ["/godebug/non-default-behavior/multipartmaxheaders:events", U, true, "The number of non-default behaviors executed by the mime/multipart package due to a non-default GODEBUG=multipartmaxheaders=... setting."],
  ["/godebug/non-default-behavior/multipartmaxparts:events", U, true, "The number of non-default behaviors executed by the mime/multipart package due to a non-default GODEBUG=multipartmaxparts=... setting."],
  ["/godebug/non-default-behavior/multipathtcp:events", U, true, "The number of non-default behaviors executed by the net package due to a non-default GODEBUG=multipathtcp=... setting."],
  ["/godebug/non-default-behavior/netedns0:events", U, true, "The number of non-default behaviors executed by the net package due to a non-default GODEBUG=netedns0=... setting."],
  ["/godebug/non-default-behavior/panicnil:events", U, true, "The number of non-default behaviors executed by the runtime package due to a non-default GODEBUG=panicnil=... setting."],
  ["/godebug/non-default-behavior/randautoseed:events", U, true, "The number of non-default behaviors executed by the math/rand package due to a non-default GODEBUG=randautoseed=... setting."],
  ["/godebug/non-default-behavior/tarinsecurepath:events", U, true, "The number of non-default behaviors executed by the archive/tar package due to a non-default GODEBUG=tarinsecurepath=... setting."],
  ["/godebug/non-default-behavior/tls10server:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tls10server=... setting."],
  ["/godebug/non-default-behavior/tls3des:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tls3des=... setting."],
  ["/godebug/non-default-behavior/tlsmaxrsasize:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsmaxrsasize=... setting."],
  ["/godebug/non-default-behavior/tlsrsakex:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsrsakex=... setting."],
  ["/godebug/non-default-behavior/tlsunsafeekm:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsunsafeekm=... setting."],
  ["/godebug/non-default-behavior/winreadlinkvolume:events", U, true, "The number of non-default behaviors executed by the os package due to a non-default GODEBUG=winreadlinkvolume=... setting."],
  ["/godebug/non-default-behavior/winsymlink:events", U, true, "The number of non-default behaviors executed by the os package due to a non-default GODEBUG=winsymlink=... setting."],
  ["/godebug/non-default-behavior/x509keypairleaf:events", U, true, "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=x509keypairleaf=... setting."],
  ["/godebug/non-default-behavior/x509negativeserial:events", U, true, "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509negativeserial=... setting."],
  ["/godebug/non-default-behavior/x509sha1:events", U, true, "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509sha1=... setting."],
  ["/godebug/non-default-behavior/x509usefallbackroots:events", U, true, "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509usefallbackroots=... setting."],
  ["/godebug/non-default-behavior/x509usepolicies:events", U, true, "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509usepolicies=... setting."],
  ["/godebug/non-default-behavior/zipinsecurepath:events", U, true, "The number of non-default behaviors executed by the archive/zip package due to a non-default GODEBUG=zipinsecurepath=... setting."],
  ["/memory/classes/heap/free:bytes", U, false, "Memory that is completely free and eligible to be returned to the underlying system, but has not been. This metric is the runtime's estimate of free address space that is backed by physical memory."],
  ["/memory/classes/heap/objects:bytes", U, false, "Memory occupied by live objects and dead objects that have not yet been marked free by the garbage collector."],
  ["/memory/classes/heap/released:bytes", U, false, "Memory that is completely free and has been returned to the underlying system. This metric is the runtime's estimate of free address space that is still mapped into the process, but is not backed by physical memory."],
  ["/memory/classes/heap/stacks:bytes", U, false, "Memory allocated from the heap that is reserved for stack space, whether or not it is currently in-use. Currently, this represents all stack memory for goroutines. It also includes all OS thread stacks in non-cgo programs. Note that stacks may be allocated differently in the future, and this may change."],
  ["/memory/classes/heap/unused:bytes", U, false, "Memory that is reserved for heap objects but is not currently used to hold heap objects."],
  ["/memory/classes/metadata/mcache/free:bytes", U, false, "Memory that is reserved for runtime mcache structures, but not in-use."],
  ["/memory/classes/metadata/mcache/inuse:bytes", U, false, "Memory that is occupied by runtime mcache structures that are currently being used."],
  ["/memory/classes/metadata/mspan/free:bytes", U, false, "Memory that is reserved for runtime mspan structures, but not in-use."],
  ["/memory/classes/metadata/mspan/inuse:bytes", U, false, "Memory that is occupied by runtime mspan structures that are currently being used."],
  ["/memory/classes/metadata/other:bytes", U, false, "Memory that is reserved for or used to hold runtime metadata."],
  ["/memory/classes/os-stacks:bytes", U, false, "Stack memory allocated by the underlying operating system. In non-cgo programs this metric is currently zero. This may change in the future.In cgo programs this metric includes OS thread stacks allocated directly from the OS. Currently, this only accounts for one stack in c-shared and c-archive build modes, and other sources of stacks from the OS are not measured. This too may change in the future."],
  ["/memory/classes/other:bytes", U, false, "Memory used by execution trace buffers, structures for debugging the runtime, finalizer and profiler specials, and more."],
  ["/memory/classes/profiling/buckets:bytes", U, false, "Memory that is used by the stack trace hash map used for profiling."],
  ["/memory/classes/total:bytes", U, false, "All memory mapped by the Go runtime into the current process as read-write. Note that this does not include memory mapped by code called via cgo or via the syscall package. Sum of all metrics in /memory/classes."],
  ["/sched/gomaxprocs:threads", U, false, "The current runtime.GOMAXPROCS setting, or the number of operating system threads that can execute user-level Go code simultaneously."],
  ["/sched/goroutines:goroutines", U, false, "Count of live goroutines."],
  ["/sched/latencies:seconds", H, true, "Distribution of the time goroutines have spent in the scheduler in a runnable state before actually running. Bucket counts increase monotonically."],
  ["/sched/pauses/stopping/gc:seconds", H, true, "Distribution of individual GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total GC-related stop-the-world time (/sched/pauses/total/gc:seconds). During this time, some threads may be executing. Bucket counts increase monotonically."],
  ["/sched/pauses/stopping/other:seconds", H, true, "Distribution of individual non-GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total non-GC-related stop-the-world time (/sched/pauses/total/other:seconds). During this time, some threads may be executing. Bucket counts increase monotonically."],
  ["/sched/pauses/total/gc:seconds", H, true, "Distribution of individual GC-related stop-the-world pause latencies. This is the time from deciding to stop the world until the world is started again. Some of this time is spent getting all threads to stop (this is measured directly in /sched/pauses/stopping/gc:seconds), during which some threads may still be running. Bucket counts increase monotonically."],
  ["/sched/pauses/total/other:seconds", H, true, "Distribution of individual non-GC-related stop-the-world pause latencies. This is the time from deciding to stop the world until the world is started again. Some of this time is spent getting all threads to stop (measured directly in /sched/pauses/stopping/other:seconds). Bucket counts increase monotonically."],
  ["/sync/mutex/wait/total:seconds", F, true, "Approximate cumulative time goroutines have spent blocked on a sync.Mutex, sync.RWMutex, or runtime-internal lock. This metric is useful for identifying global changes in lock contention. Collect a mutex or block profile using the runtime/pprof package for more detailed contention data."],
];
/** Readable by name beyond Go 1.23's list (not in All, KindBad in Go 1.23): the finalizer and
 *  cleanup counters of later Go (doc.go at tip), which show the finalizer goroutine's work. */
const extra: Array<[string, MetricKind]> = [
  ['/gc/finalizers/executed:finalizers', U], ['/gc/finalizers/queued:finalizers', U],
  ['/gc/cleanups/executed:cleanups', U], ['/gc/cleanups/queued:cleanups', U],
];

/** metrics.All: every supported metric, sorted by name. */
export function allMetrics(): MetricDesc[] {
  return descs.map(([name, kind, cumulative, description]) => ({ name, kind, cumulative, description }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const kinds = new Map<string, MetricKind>([...descs.map(d => [d[0], d[1]] as [string, MetricKind]), ...extra]);

/** timeHistogram's bucket boundaries in seconds (Go's timeHistogramMetricsBuckets, go1.23): -Inf,
 *  4 sub-buckets of 64 ns below 2^9 ns, then 4 sub-buckets per power of two up to 2^47 ns, +Inf
 *  (163 boundaries, 162 counts). */
export const timeHistBuckets: readonly number[] = (() => {
  const minBits = 9, maxBits = 48, subBits = 2, nsub = 1 << subBits;
  const b = [-Infinity];
  for (let j = 0; j < nsub; j++) b.push((j * 2 ** (minBits - 1 - subBits)) / 1e9);
  for (let i = minBits; i < maxBits; i++) {
    for (let j = 0; j < nsub; j++) b.push((2 ** (i - 1) + j * 2 ** (i - 1 - subBits)) / 1e9);
  }
  b.push(2 ** (maxBits - 1) / 1e9, Infinity);
  return b;
})();

/** sizeClassBuckets (metrics.go): 1, then each size class's size + 1 (classes as [lo, hi+1)), +Inf
 *  (69 boundaries; the last count holds large objects). */
export const sizeClassBuckets: readonly number[] = (() => {
  const b = [1];
  for (let i = 1; i < _NumSizeClasses; i++) b.push(class_to_size[i] + 1);
  b.push(Infinity);
  return b;
})();

/** A time histogram (seconds) of durations in ns, as Go's timeHistogram records them. */
function timeHistogram(ns: readonly number[]): Histogram {
  const b = timeHistBuckets;
  const counts = new Array(b.length - 1).fill(0);
  for (const d of ns) {
    const x = d / 1e9;
    let lo = 0, hi = b.length - 2; // the last count is [2^47 ns, +Inf)
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (b[mid] <= x) lo = mid; else hi = mid - 1; }
    counts[lo]++;
  }
  return { counts, buckets: b as number[] };
}

/** Allocations (or frees) by size class: counts[i] is size class i + 1, the last one large objects. */
function sizeHistogram(n: Float64Array, large: number): Histogram {
  const counts: number[] = [];
  for (let i = 1; i < _NumSizeClasses; i++) counts.push(n[i]);
  counts.push(large);
  return { counts, buckets: sizeClassBuckets as number[] };
}

/** readMetric: the current value of one metric ({kind:'bad'} for an unknown name, as KindBad). */
export function readMetric(rt: Runtime, name: string): MetricValue {
  const kind = kinds.get(name);
  if (kind === undefined) return { kind: 'bad' };
  if (!rt.started) rt.start();
  const u = (value: number): MetricValue => ({ kind: 'uint64', value: Math.max(0, Math.floor(value)) });
  const f = (value: number): MetricValue => ({ kind: 'float64', value });
  const gs = rt.gcstate;
  const st = rt.mstats;
  const gcc = rt.gcc;
  const ms = () => computeMemStats(rt);
  const sec = (ns: number) => ns / 1e9;
  switch (name) {
    case '/cpu/classes/gc/mark/assist:cpu-seconds': return f(sec(gs.cpuAssist));
    case '/cpu/classes/gc/mark/dedicated:cpu-seconds': return f(sec(gs.cpuBg));
    case '/cpu/classes/gc/mark/idle:cpu-seconds': return f(sec(gs.cpuIdle));
    case '/cpu/classes/gc/pause:cpu-seconds': return f(sec(gs.cpuPause));
    case '/cpu/classes/gc/total:cpu-seconds': return f(sec(gs.cpuAssist + gs.cpuBg + gs.cpuIdle + gs.cpuPause));
    case '/cpu/classes/total:cpu-seconds': return f(sec((performance.now() * 1e6 - rt.startNs) * rt.procs));
    case '/gc/cycles/automatic:gc-cycles': return u(st.numgc - st.numforcedgc);
    case '/gc/cycles/forced:gc-cycles': return u(st.numforcedgc);
    case '/gc/cycles/total:gc-cycles': return u(st.numgc);
    case '/gc/finalizers/executed:finalizers': return u(rt.fin.executed);
    case '/gc/finalizers/queued:finalizers': return u(rt.fin.queued);
    case '/gc/cleanups/executed:cleanups': return u(rt.cleanups.executed);
    case '/gc/cleanups/queued:cleanups': return u(rt.cleanups.queued);
    case '/gc/gogc:percent': return u(gcc.gcPercent < 0 ? 0 : gcc.gcPercent);
    case '/gc/gomemlimit:bytes': {
      const l = rt.memoryLimitExact;
      return typeof l === 'bigint' ? { kind: 'uint64', value: l } : u(l);
    }
    case '/gc/heap/allocs-by-size:bytes': return { kind: 'float64histogram', value: sizeHistogram(st.nmalloc, st.largeAllocCount) };
    case '/gc/heap/frees-by-size:bytes': return { kind: 'float64histogram', value: sizeHistogram(st.nfree, st.largeFreeCount) };
    case '/gc/heap/allocs:bytes': return u(ms().TotalAlloc);
    case '/gc/heap/allocs:objects': { const m = ms(); return u(m.Mallocs - rt.mcache.tinyAllocs); }
    case '/gc/heap/frees:bytes': { const m = ms(); return u(m.TotalAlloc - m.HeapAlloc); }
    case '/gc/heap/frees:objects': { const m = ms(); return u(m.Frees - rt.mcache.tinyAllocs); }
    case '/gc/heap/goal:bytes': { const g = gcc.nextGC(); return u(typeof g === 'bigint' ? Number(g) : g); }
    case '/gc/heap/live:bytes': return u(gcc.heapMarked);
    case '/gc/heap/objects:objects': return u(ms().HeapObjects);
    case '/gc/heap/tiny/allocs:objects': return u(rt.mcache.tinyAllocs);
    case '/gc/limiter/last-enabled:gc-cycle': return u(rt.gcLimiter.lastEnabledCycle);
    case '/gc/pauses:seconds':
    case '/sched/pauses/total/gc:seconds':
      // Two stop-the-world pauses per cycle: sweep termination and mark termination.
      return { kind: 'float64histogram', value: timeHistogram(gs.stwPauses) };
    case '/sched/pauses/stopping/gc:seconds':
      // Time to stop the world: one JS thread has nothing to wait for.
      return { kind: 'float64histogram', value: timeHistogram(gs.stwPauses.map(() => 0)) };
    case '/sched/pauses/stopping/other:seconds':
    case '/sched/pauses/total/other:seconds':
    case '/sched/latencies:seconds':
      return { kind: 'float64histogram', value: timeHistogram([]) };
    case '/cgo/go-to-c-calls:calls': return u(0);
    case '/cpu/classes/idle:cpu-seconds': return f(0);
    case '/cpu/classes/scavenge/assist:cpu-seconds':
    case '/cpu/classes/scavenge/background:cpu-seconds':
    case '/cpu/classes/scavenge/total:cpu-seconds': return f(0);
    case '/cpu/classes/user:cpu-seconds':
      return f(Math.max(0, sec((performance.now() * 1e6 - rt.startNs) * rt.procs - (gs.cpuAssist + gs.cpuBg + gs.cpuIdle + gs.cpuPause))));
    case '/sync/mutex/wait/total:seconds': return f(0);
    case '/gc/scan/globals:bytes': return u(rt.globalsScanBytes);
    case '/gc/scan/heap:bytes': return u(gcc.lastHeapScan);
    case '/gc/scan/stack:bytes': return u(gcc.lastStackScan);
    case '/gc/scan/total:bytes': return u(gcc.lastHeapScan + gcc.lastStackScan + rt.globalsScanBytes);
    case '/gc/stack/starting-size:bytes': return u(rt.startingStackSize);
    case '/memory/classes/heap/free:bytes': { const m = ms(); return u(m.HeapIdle - m.HeapReleased); }
    case '/memory/classes/heap/objects:bytes': return u(ms().HeapAlloc);
    case '/memory/classes/heap/released:bytes': return u(ms().HeapReleased);
    case '/memory/classes/heap/stacks:bytes': return u(ms().StackInuse);
    case '/memory/classes/heap/unused:bytes': { const m = ms(); return u(m.HeapInuse - m.HeapAlloc); }
    case '/memory/classes/metadata/mcache/free:bytes': { const m = ms(); return u(m.MCacheSys - m.MCacheInuse); }
    case '/memory/classes/metadata/mcache/inuse:bytes': return u(ms().MCacheInuse);
    case '/memory/classes/metadata/mspan/free:bytes': { const m = ms(); return u(m.MSpanSys - m.MSpanInuse); }
    case '/memory/classes/metadata/mspan/inuse:bytes': return u(ms().MSpanInuse);
    case '/memory/classes/metadata/other:bytes': return u(ms().GCSys);
    case '/memory/classes/os-stacks:bytes': { const m = ms(); return u(m.StackSys - m.StackInuse); }
    case '/memory/classes/other:bytes': return u(ms().OtherSys);
    case '/memory/classes/profiling/buckets:bytes': return u(ms().BuckHashSys);
    case '/memory/classes/total:bytes': return u(ms().Sys);
    case '/sched/gomaxprocs:threads': return u(rt.procs);
    case '/sched/goroutines:goroutines': {
      const n = (rt as unknown as { numGoroutine?: () => number }).numGoroutine;
      return u(typeof n === 'function' ? n.call(rt) : rt.allgs.length);
    }
  }
  // /godebug/non-default-behavior/*:events: no GODEBUG setting changes a default here.
  if (name.startsWith('/godebug/non-default-behavior/')) return u(0);
  return { kind: 'bad' };
}

/** debug.ReadGCStats data: last GC (Unix ns), count, total pause, pauses and their end times
 *  (most recent first, at most 256). The native fills runtime/debug.GCStats from it. */
export function readGCStats(rt: Runtime): { lastGC: bigint; numGC: number; pauseTotalNs: number; pauses: number[]; pauseEnds: bigint[] } {
  const st = rt.mstats;
  const n = Math.min(st.numgc, 256);
  const pauses: number[] = [], pauseEnds: bigint[] = [];
  for (let k = 0; k < n; k++) {
    const i = (st.numgc - 1 - k + 256) % 256;
    pauses.push(st.pauseNs[i]);
    pauseEnds.push(st.pauseEnd[i]);
  }
  return { lastGC: st.lastGC, numGC: st.numgc, pauseTotalNs: st.pauseTotalNs, pauses, pauseEnds };
}
