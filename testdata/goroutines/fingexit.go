// With the finalizer goroutine parked, a main that called Goexit leaves "no goroutines": it is a
// system goroutine. runtime.GC lets it run the queued finalizer before returning, as in Go.
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
	runtime.SetFinalizer(p, func(*T) { fmt.Println("finalized") })
}

func main() {
	setup()
	runtime.GC()
	defer fmt.Println("main exits")
	runtime.Goexit()
}
