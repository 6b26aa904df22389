// Regression program (conformance issue 3): finalizers of tiny objects (several share one 16-byte
// block: each has its own finalizer, and all of them run when the block dies), removing one with
// SetFinalizer(p, nil), and the heap profile (runtime.MemProfile with MemProfileRate = 1: every
// allocation is recorded at its site, frees once the GC has swept them).
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink []*[48]byte

//go:noinline
func allocSite(n int) {
	for i := 0; i < n; i++ {
		sink = append(sink, new([48]byte))
	}
}

func record(fn string) (r runtime.MemProfileRecord, line int, ok bool) {
	n, _ := runtime.MemProfile(nil, true)
	recs := make([]runtime.MemProfileRecord, n+10)
	n, _ = runtime.MemProfile(recs, true)
	for _, r := range recs[:n] {
		f, _ := runtime.CallersFrames(r.Stack()).Next()
		if f.Function == fn && r.AllocObjects > 0 && r.AllocBytes/r.AllocObjects == 48 {
			return r, f.Line, true
		}
	}
	return r, 0, false
}

func main() {
	const N = 100
	finalized := make(chan int32, N)
	for i := 0; i < N; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) { finalized <- *p })
		if i == 50 {
			runtime.SetFinalizer(x, nil)
		}
	}
	runtime.GC()
	seen := map[int32]bool{}
	timeout := time.After(time.Second)
loop:
	for {
		select {
		case v := <-finalized:
			if seen[v] {
				fmt.Println("finalized twice:", v)
			}
			seen[v] = true
		case <-timeout:
			break loop
		}
	}
	fmt.Println("most finalized:", len(seen) > N*9/10, "removed one ran:", seen[50])

	runtime.MemProfileRate = 1
	allocSite(1000)
	runtime.GC()
	runtime.GC()
	r, line, ok := record("main.allocSite")
	fmt.Println("record:", ok, "line:", line, "allocs:", r.AllocObjects, r.AllocBytes, "in use:", r.InUseObjects())
	sink = nil
	runtime.GC()
	runtime.GC()
	r, _, _ = record("main.allocSite")
	fmt.Println("after drop: frees:", r.FreeObjects, "in use:", r.InUseObjects(), r.InUseBytes())
}
