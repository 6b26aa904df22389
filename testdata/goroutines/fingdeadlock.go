// The finalizer goroutine is a system goroutine: not counted by runtime.NumGoroutine (not even
// while it runs a finalizer), not in the deadlock check or the goroutine dump.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a [4]int
	p *int
}

func setup() {
	p := &T{}
	runtime.SetFinalizer(p, func(*T) { fmt.Println("finalized; goroutines:", runtime.NumGoroutine()) })
}

func main() {
	fmt.Println("goroutines:", runtime.NumGoroutine())
	setup()
	fmt.Println("after SetFinalizer:", runtime.NumGoroutine())
	runtime.GC()
	c := make(chan int)
	<-c
}
