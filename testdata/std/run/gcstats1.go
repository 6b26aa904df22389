// runtime/metrics (Go 1.23's list, kinds, histogram layouts, KindBad, reuse of histograms),
// runtime/debug.ReadGCStats (slice lengths, quantiles, agreement with MemStats) and
// runtime.MemStats (PauseNs/PauseEnd ring of 256, NumForcedGC, LastGC, BySize, GCCPUFraction):
// only what is deterministic in Go.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

func read(names ...string) []metrics.Sample {
	s := make([]metrics.Sample, len(names))
	for i, n := range names {
		s[i].Name = n
	}
	metrics.Read(s)
	return s
}

func badUint64() (msg any) {
	defer func() { msg = recover() }()
	read("/no/such:metric")[0].Value.Uint64()
	return nil
}

func emptyRead() (msg any) {
	defer func() { msg = recover() }()
	metrics.Read(nil)
	return nil
}

func main() {
	all := metrics.All()
	kinds := map[metrics.ValueKind]int{}
	cum := 0
	for _, d := range all {
		kinds[d.Kind]++
		if d.Cumulative {
			cum++
		}
	}
	fmt.Println("All:", len(all), kinds[metrics.KindUint64], kinds[metrics.KindFloat64], kinds[metrics.KindFloat64Histogram], cum)
	fmt.Println(all[0].Name, all[len(all)-1].Name, all[0].Description)

	s := read("/gc/cycles/total:gc-cycles", "/gc/cycles/forced:gc-cycles", "/gc/gogc:percent",
		"/gc/gomemlimit:bytes", "/sched/goroutines:goroutines", "/gc/heap/goal:bytes",
		"/no/such:metric", "/cpu/classes/gc/total:cpu-seconds", "/gc/heap/allocs-by-size:bytes",
		"/sched/pauses/total/gc:seconds")
	for _, x := range s[:7] {
		fmt.Print(x.Value.Kind(), " ")
	}
	fmt.Println()
	before := s[0].Value.Uint64()
	fmt.Println("gogc", s[2].Value.Uint64(), "memlimit", s[3].Value.Uint64(), "goroutines", s[4].Value.Uint64(), "goal", s[5].Value.Uint64())
	fmt.Println("gc cpu is float", s[7].Value.Kind() == metrics.KindFloat64, s[7].Value.Float64() >= 0)
	h := s[8].Value.Float64Histogram()
	fmt.Println("allocs-by-size:", len(h.Counts), len(h.Buckets), h.Buckets[0], h.Buckets[1], h.Buckets[67], math.IsInf(h.Buckets[68], 1))
	p := s[9].Value.Float64Histogram()
	fmt.Println("pauses:", len(p.Counts), len(p.Buckets), math.IsInf(p.Buckets[0], -1), p.Buckets[1], p.Buckets[2], p.Buckets[161])
	fmt.Println(badUint64())
	fmt.Println(emptyRead())

	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	metrics.Read(s)
	p2 := s[9].Value.Float64Histogram()
	var npause uint64
	for _, c := range p2.Counts {
		npause += c
	}
	fmt.Println("after 3 GCs: cycles +", s[0].Value.Uint64()-before, "forced", s[1].Value.Uint64(), "histogram reused", p2 == p, "pauses counted", npause)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	var st debug.GCStats
	st.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&st)
	fmt.Println("ReadGCStats:", st.NumGC == int64(ms.NumGC), len(st.Pause), len(st.PauseEnd), cap(st.Pause),
		st.LastGC.Equal(time.Unix(0, int64(ms.LastGC))), st.PauseEnd[0].Equal(st.LastGC),
		st.PauseTotal == time.Duration(ms.PauseTotalNs), st.Pause[0] == time.Duration(ms.PauseNs[(ms.NumGC+255)%256]))
	q := st.PauseQuantiles
	fmt.Println("quantiles ordered:", q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && q[3] <= q[4], q[0] > 0)

	for i := 0; i < 300; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&ms)
	debug.ReadGCStats(&st)
	allPos := true
	for i := 0; i < 256; i++ {
		if ms.PauseNs[i] == 0 || ms.PauseEnd[i] == 0 {
			allPos = false
		}
	}
	last := (ms.NumGC + 255) % 256
	fmt.Println("MemStats:", ms.NumGC, ms.NumForcedGC, allPos, ms.PauseEnd[last] == ms.LastGC, ms.EnableGC, ms.DebugGC,
		ms.GCCPUFraction >= 0 && ms.GCCPUFraction < 1, ms.HeapAlloc == ms.Alloc, ms.Mallocs-ms.Frees == ms.HeapObjects)
	fmt.Println("LastGC:", ms.LastGC > 0, int64(ms.LastGC) <= time.Now().UnixNano(), time.Since(time.Unix(0, int64(ms.LastGC))) < time.Minute)
	fmt.Println("BySize:", len(ms.BySize), ms.BySize[0].Size, ms.BySize[1].Size, ms.BySize[2].Size, ms.BySize[60].Size)
	fmt.Println("ReadGCStats after 303:", st.NumGC, len(st.Pause), len(st.PauseEnd), cap(st.Pause), st.Pause[255] == time.Duration(ms.PauseNs[(ms.NumGC-256)%256]))
}
