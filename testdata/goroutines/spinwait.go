// Regression program (conformance issue 3): goroutines that compute — spinning with
// runtime.Gosched, a loop with no calls, runtime.GC in a loop — let time pass and others run, so a
// sleeping goroutine wakes up (Go's test/fixedbugs/issue11256, issue19182, issue30977).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var done int32
	go func() {
		for atomic.LoadInt32(&done) == 0 {
			runtime.Gosched()
		}
		fmt.Println("spinner saw done")
		atomic.StoreInt32(&done, 2)
	}()
	time.Sleep(50 * time.Microsecond)
	atomic.StoreInt32(&done, 1)
	for atomic.LoadInt32(&done) != 2 {
		runtime.Gosched()
	}

	var n int64
	go func() {
		for {
			atomic.AddInt64(&n, 1)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main woke up:", atomic.LoadInt64(&n) > 0)

	var cycles int64
	go func() {
		for {
			runtime.GC()
			atomic.AddInt64(&cycles, 1)
		}
	}()
	for i := 0; i < 20; i++ {
		runtime.Gosched()
	}
	fmt.Println("GC loop did not starve main")
}
