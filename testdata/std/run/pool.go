// sync.Pool contents are dropped by the garbage collector: an idle object survives one collection
// (in the victim cache) and is gone after the second.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // Go keeps one pool cache per P: one P makes the demo deterministic
	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	p.Put("a")
	fmt.Println(p.Get(), p.Get())
	p.Put("b")
	runtime.GC()
	fmt.Println(p.Get())
	p.Put("c")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get(), made)
}
