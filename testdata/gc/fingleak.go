// -leaks: a goroutine blocked forever is reported; the finalizer goroutine parked in "finalizer
// wait" is a system goroutine and is not.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a [2]int
	p *int
}

func setup() {
	runtime.SetFinalizer(&T{}, func(*T) { fmt.Println("finalized") })
}

func main() {
	setup()
	runtime.GC()
	go func() {
		select {}
	}()
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
