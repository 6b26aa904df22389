// Stack liveness without goroutines (plain mode): the temp holding &T{}, the interface temp built
// for SetFinalizer's argument and the outgoing-args area of the finished native call must not keep
// the object alive once p = nil (issue 5).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a [4]int }

func main() {
	p := &T{}
	runtime.SetFinalizer(p, func(*T) { fmt.Println("finalized") })
	p = nil
	runtime.GC()
	runtime.GC()
	fmt.Println("done")
}
