// runtime/metrics: the metric descriptions of Go 1.23 (mirrors $GOROOT/src/runtime/metrics/
// description.go, with the /godebug/non-default-behavior/ entries that its init adds from
// internal/godebugs written out). Generated from Go 1.23.5's metrics.All(); keep the order.
package metrics

// Description describes a runtime metric.
type Description struct {
	// Name is the full name of the metric which includes the unit: a path that always starts
	// with a /, a colon, and a machine-parseable unit ("/memory/heap/free:bytes").
	Name string

	// Description is an English language sentence describing the metric.
	Description string

	// Kind is the kind of value for this metric.
	//
	// The purpose of this field is to allow users to filter out metrics whose values are types
	// which their application may not understand.
	Kind ValueKind

	// Cumulative is whether or not the metric is cumulative. If a cumulative metric is just a
	// single number, then it increases monotonically. If the metric is a distribution, then each
	// bucket count increases monotonically.
	//
	// This flag thus indicates whether or not it's useful to compute a rate from this value.
	Cumulative bool
}

// The English language descriptions below must be kept in sync with the descriptions of each
// metric in doc.go.
var allDesc = []Description{
	{
		Name:        "/cgo/go-to-c-calls:calls",
		Description: "Count of calls made from Go to C by the current process.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/gc/mark/assist:cpu-seconds",
		Description: "Estimated total CPU time goroutines spent performing GC tasks to assist the GC and prevent it from falling behind the application. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/gc/mark/dedicated:cpu-seconds",
		Description: "Estimated total CPU time spent performing GC tasks on processors (as defined by GOMAXPROCS) dedicated to those tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/gc/mark/idle:cpu-seconds",
		Description: "Estimated total CPU time spent performing GC tasks on spare CPU resources that the Go scheduler could not otherwise find a use for. This should be subtracted from the total GC CPU time to obtain a measure of compulsory GC CPU time. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/gc/pause:cpu-seconds",
		Description: "Estimated total CPU time spent with the application paused by the GC. Even if only one thread is running during the pause, this is computed as GOMAXPROCS times the pause latency because nothing else can be executing. This is the exact sum of samples in /sched/pauses/total/gc:seconds if each sample is multiplied by GOMAXPROCS at the time it is taken. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/gc/total:cpu-seconds",
		Description: "Estimated total CPU time spent performing GC tasks. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/gc.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/idle:cpu-seconds",
		Description: "Estimated total available CPU time not spent executing any Go or Go runtime code. In other words, the part of /cpu/classes/total:cpu-seconds that was unused. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/scavenge/assist:cpu-seconds",
		Description: "Estimated total CPU time spent returning unused memory to the underlying platform in response eagerly in response to memory pressure. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/scavenge/background:cpu-seconds",
		Description: "Estimated total CPU time spent performing background tasks to return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/scavenge/total:cpu-seconds",
		Description: "Estimated total CPU time spent performing tasks that return unused memory to the underlying platform. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes/scavenge.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/total:cpu-seconds",
		Description: "Estimated total available CPU time for user Go code or the Go runtime, as defined by GOMAXPROCS. In other words, GOMAXPROCS integrated over the wall-clock duration this process has been executing for. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics. Sum of all metrics in /cpu/classes.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/cpu/classes/user:cpu-seconds",
		Description: "Estimated total CPU time spent running user Go code. This may also include some small amount of time spent in the Go runtime. This metric is an overestimate, and not directly comparable to system CPU time measurements. Compare only with other /cpu/classes metrics.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/cycles/automatic:gc-cycles",
		Description: "Count of completed GC cycles generated by the Go runtime.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/cycles/forced:gc-cycles",
		Description: "Count of completed GC cycles forced by the application.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/cycles/total:gc-cycles",
		Description: "Count of all completed GC cycles.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/gogc:percent",
		Description: "Heap size target percentage configured by the user, otherwise 100. This value is set by the GOGC environment variable, and the runtime/debug.SetGCPercent function.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/gomemlimit:bytes",
		Description: "Go runtime memory limit configured by the user, otherwise math.MaxInt64. This value is set by the GOMEMLIMIT environment variable, and the runtime/debug.SetMemoryLimit function.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/heap/allocs-by-size:bytes",
		Description: "Distribution of heap allocations by approximate size. Bucket counts increase monotonically. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/allocs:bytes",
		Description: "Cumulative sum of memory allocated to the heap by the application.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/allocs:objects",
		Description: "Cumulative count of heap allocations triggered by the application. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/frees-by-size:bytes",
		Description: "Distribution of freed heap allocations by approximate size. Bucket counts increase monotonically. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/frees:bytes",
		Description: "Cumulative sum of heap memory freed by the garbage collector.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/frees:objects",
		Description: "Cumulative count of heap allocations whose storage was freed by the garbage collector. Note that this does not include tiny objects as defined by /gc/heap/tiny/allocs:objects, only tiny blocks.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/heap/goal:bytes",
		Description: "Heap size target for the end of the GC cycle.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/heap/live:bytes",
		Description: "Heap memory occupied by live objects that were marked by the previous GC.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/heap/objects:objects",
		Description: "Number of objects, live or unswept, occupying heap memory.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/heap/tiny/allocs:objects",
		Description: "Count of small allocations that are packed together into blocks. These allocations are counted separately from other allocations because each individual allocation is not tracked by the runtime, only their block. Each block is already accounted for in allocs-by-size and frees-by-size.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/gc/limiter/last-enabled:gc-cycle",
		Description: "GC cycle the last time the GC CPU limiter was enabled. This metric is useful for diagnosing the root cause of an out-of-memory error, because the limiter trades memory for CPU time when the GC's CPU time gets too high. This is most likely to occur with use of SetMemoryLimit. The first GC cycle is cycle 1, so a value of 0 indicates that it was never enabled.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/pauses:seconds",
		Description: "Deprecated. Prefer the identical /sched/pauses/total/gc:seconds.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/gc/scan/globals:bytes",
		Description: "The total amount of global variable space that is scannable.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/scan/heap:bytes",
		Description: "The total amount of heap space that is scannable.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/scan/stack:bytes",
		Description: "The number of bytes of stack that were scanned last GC cycle.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/scan/total:bytes",
		Description: "The total amount space that is scannable. Sum of all metrics in /gc/scan.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/gc/stack/starting-size:bytes",
		Description: "The stack size of new goroutines.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/godebug/non-default-behavior/asynctimerchan:events",
		Description: "The number of non-default behaviors executed by the time package due to a non-default GODEBUG=asynctimerchan=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/execerrdot:events",
		Description: "The number of non-default behaviors executed by the os/exec package due to a non-default GODEBUG=execerrdot=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/gocachehash:events",
		Description: "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocachehash=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/gocachetest:events",
		Description: "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocachetest=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/gocacheverify:events",
		Description: "The number of non-default behaviors executed by the cmd/go package due to a non-default GODEBUG=gocacheverify=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/gotypesalias:events",
		Description: "The number of non-default behaviors executed by the go/types package due to a non-default GODEBUG=gotypesalias=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/http2client:events",
		Description: "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=http2client=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/http2server:events",
		Description: "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=http2server=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/httplaxcontentlength:events",
		Description: "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httplaxcontentlength=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/httpmuxgo121:events",
		Description: "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httpmuxgo121=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/httpservecontentkeepheaders:events",
		Description: "The number of non-default behaviors executed by the net/http package due to a non-default GODEBUG=httpservecontentkeepheaders=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/installgoroot:events",
		Description: "The number of non-default behaviors executed by the go/build package due to a non-default GODEBUG=installgoroot=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/multipartmaxheaders:events",
		Description: "The number of non-default behaviors executed by the mime/multipart package due to a non-default GODEBUG=multipartmaxheaders=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/multipartmaxparts:events",
		Description: "The number of non-default behaviors executed by the mime/multipart package due to a non-default GODEBUG=multipartmaxparts=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/multipathtcp:events",
		Description: "The number of non-default behaviors executed by the net package due to a non-default GODEBUG=multipathtcp=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/netedns0:events",
		Description: "The number of non-default behaviors executed by the net package due to a non-default GODEBUG=netedns0=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/panicnil:events",
		Description: "The number of non-default behaviors executed by the runtime package due to a non-default GODEBUG=panicnil=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/randautoseed:events",
		Description: "The number of non-default behaviors executed by the math/rand package due to a non-default GODEBUG=randautoseed=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tarinsecurepath:events",
		Description: "The number of non-default behaviors executed by the archive/tar package due to a non-default GODEBUG=tarinsecurepath=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tls10server:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tls10server=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tls3des:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tls3des=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tlsmaxrsasize:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsmaxrsasize=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tlsrsakex:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsrsakex=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/tlsunsafeekm:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=tlsunsafeekm=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/winreadlinkvolume:events",
		Description: "The number of non-default behaviors executed by the os package due to a non-default GODEBUG=winreadlinkvolume=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/winsymlink:events",
		Description: "The number of non-default behaviors executed by the os package due to a non-default GODEBUG=winsymlink=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/x509keypairleaf:events",
		Description: "The number of non-default behaviors executed by the crypto/tls package due to a non-default GODEBUG=x509keypairleaf=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/x509negativeserial:events",
		Description: "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509negativeserial=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/x509sha1:events",
		Description: "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509sha1=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/x509usefallbackroots:events",
		Description: "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509usefallbackroots=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/x509usepolicies:events",
		Description: "The number of non-default behaviors executed by the crypto/x509 package due to a non-default GODEBUG=x509usepolicies=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/godebug/non-default-behavior/zipinsecurepath:events",
		Description: "The number of non-default behaviors executed by the archive/zip package due to a non-default GODEBUG=zipinsecurepath=... setting.",
		Kind:        KindUint64,
		Cumulative:  true,
	},
	{
		Name:        "/memory/classes/heap/free:bytes",
		Description: "Memory that is completely free and eligible to be returned to the underlying system, but has not been. This metric is the runtime's estimate of free address space that is backed by physical memory.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/heap/objects:bytes",
		Description: "Memory occupied by live objects and dead objects that have not yet been marked free by the garbage collector.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/heap/released:bytes",
		Description: "Memory that is completely free and has been returned to the underlying system. This metric is the runtime's estimate of free address space that is still mapped into the process, but is not backed by physical memory.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/heap/stacks:bytes",
		Description: "Memory allocated from the heap that is reserved for stack space, whether or not it is currently in-use. Currently, this represents all stack memory for goroutines. It also includes all OS thread stacks in non-cgo programs. Note that stacks may be allocated differently in the future, and this may change.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/heap/unused:bytes",
		Description: "Memory that is reserved for heap objects but is not currently used to hold heap objects.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/metadata/mcache/free:bytes",
		Description: "Memory that is reserved for runtime mcache structures, but not in-use.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/metadata/mcache/inuse:bytes",
		Description: "Memory that is occupied by runtime mcache structures that are currently being used.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/metadata/mspan/free:bytes",
		Description: "Memory that is reserved for runtime mspan structures, but not in-use.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/metadata/mspan/inuse:bytes",
		Description: "Memory that is occupied by runtime mspan structures that are currently being used.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/metadata/other:bytes",
		Description: "Memory that is reserved for or used to hold runtime metadata.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/os-stacks:bytes",
		Description: "Stack memory allocated by the underlying operating system. In non-cgo programs this metric is currently zero. This may change in the future.In cgo programs this metric includes OS thread stacks allocated directly from the OS. Currently, this only accounts for one stack in c-shared and c-archive build modes, and other sources of stacks from the OS are not measured. This too may change in the future.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/other:bytes",
		Description: "Memory used by execution trace buffers, structures for debugging the runtime, finalizer and profiler specials, and more.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/profiling/buckets:bytes",
		Description: "Memory that is used by the stack trace hash map used for profiling.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/memory/classes/total:bytes",
		Description: "All memory mapped by the Go runtime into the current process as read-write. Note that this does not include memory mapped by code called via cgo or via the syscall package. Sum of all metrics in /memory/classes.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/sched/gomaxprocs:threads",
		Description: "The current runtime.GOMAXPROCS setting, or the number of operating system threads that can execute user-level Go code simultaneously.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/sched/goroutines:goroutines",
		Description: "Count of live goroutines.",
		Kind:        KindUint64,
		Cumulative:  false,
	},
	{
		Name:        "/sched/latencies:seconds",
		Description: "Distribution of the time goroutines have spent in the scheduler in a runnable state before actually running. Bucket counts increase monotonically.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/sched/pauses/stopping/gc:seconds",
		Description: "Distribution of individual GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total GC-related stop-the-world time (/sched/pauses/total/gc:seconds). During this time, some threads may be executing. Bucket counts increase monotonically.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/sched/pauses/stopping/other:seconds",
		Description: "Distribution of individual non-GC-related stop-the-world stopping latencies. This is the time it takes from deciding to stop the world until all Ps are stopped. This is a subset of the total non-GC-related stop-the-world time (/sched/pauses/total/other:seconds). During this time, some threads may be executing. Bucket counts increase monotonically.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/sched/pauses/total/gc:seconds",
		Description: "Distribution of individual GC-related stop-the-world pause latencies. This is the time from deciding to stop the world until the world is started again. Some of this time is spent getting all threads to stop (this is measured directly in /sched/pauses/stopping/gc:seconds), during which some threads may still be running. Bucket counts increase monotonically.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/sched/pauses/total/other:seconds",
		Description: "Distribution of individual non-GC-related stop-the-world pause latencies. This is the time from deciding to stop the world until the world is started again. Some of this time is spent getting all threads to stop (measured directly in /sched/pauses/stopping/other:seconds). Bucket counts increase monotonically.",
		Kind:        KindFloat64Histogram,
		Cumulative:  true,
	},
	{
		Name:        "/sync/mutex/wait/total:seconds",
		Description: "Approximate cumulative time goroutines have spent blocked on a sync.Mutex, sync.RWMutex, or runtime-internal lock. This metric is useful for identifying global changes in lock contention. Collect a mutex or block profile using the runtime/pprof package for more detailed contention data.",
		Kind:        KindFloat64,
		Cumulative:  true,
	},
}

// All returns a slice of containing metric descriptions for all supported metrics.
func All() []Description {
	return allDesc
}
