// Stack liveness with Go 1.24's weak pointers and runtime.AddCleanup: the natural
// `x = nil; runtime.GC()` pattern (issue 5). weak and AddCleanup are not in Go 1.23: the expected
// output (liveness_weak.out) is what Go 1.24 semantics give (every dropped object is collected).
package main

import (
	"fmt"
	"runtime"
	"time"
	"weak"
)

type T struct {
	id   int
	next *T
}

var cleaned = make(chan int, 10)

func waitCleanup(what string) {
	select {
	case id := <-cleaned:
		fmt.Printf("%s: cleanup ran for %d\n", what, id)
	case <-time.After(2 * time.Second):
		fmt.Printf("%s: cleanup did not run\n", what)
	}
}

func weakNil() {
	p := &T{id: 1}
	w := weak.Make(p)
	fmt.Println("weak before:", w.Value() != nil, w.Value().id)
	p = nil
	runtime.GC()
	fmt.Println("weak after:", w.Value() == nil)
}

func weakKept() {
	p := &T{id: 2}
	w := weak.Make(p)
	runtime.GC()
	fmt.Println("weak kept:", w.Value() == p)
	runtime.KeepAlive(p)
}

func cleanup() {
	p := &T{id: 3}
	runtime.AddCleanup(p, func(id int) { cleaned <- id }, p.id)
	p = nil
	runtime.GC()
	waitCleanup("cleanup")
}

func cleanupChain() {
	head := &T{id: 4, next: &T{id: 5}}
	runtime.AddCleanup(head.next, func(id int) { cleaned <- id }, head.next.id)
	head.next = nil
	runtime.GC()
	waitCleanup("chain")
	runtime.KeepAlive(head)
}

func main() {
	weakNil()
	weakKept()
	cleanup()
	cleanupChain()
	for i := 0; i < 3; i++ {
		p := &T{id: 10 + i}
		runtime.AddCleanup(p, func(id int) { cleaned <- id }, p.id)
	}
	runtime.GC()
	n := 0
	for n < 3 {
		select {
		case <-cleaned:
			n++
			continue
		case <-time.After(2 * time.Second):
		}
		break
	}
	fmt.Println("loop cleanups:", n)
}
