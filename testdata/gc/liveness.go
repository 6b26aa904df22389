// Stack liveness: a dead temp, an interface argument temp or the outgoing-args area of a finished
// call must not keep an object alive (issue 5). Each case drops its last reference, collects, and
// waits (bounded) for the finalizer.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id int
	a  [3]int
}

var fin = make(chan int, 100)

func wait(what string, n int) {
	runtime.GC()
	runtime.GC()
	got := 0
	deadline := time.After(2 * time.Second)
	for got < n {
		select {
		case <-fin:
			got++
		case <-deadline:
			fmt.Printf("%s: %d of %d finalized\n", what, got, n)
			return
		}
	}
	fmt.Printf("%s: finalized\n", what)
}

func setFin(p *T) {
	runtime.SetFinalizer(p, func(t *T) { fin <- t.id })
}

//go:noinline
func use(x any) int {
	if t, ok := x.(*T); ok {
		return t.id
	}
	return -1
}

//go:noinline
func make2(id int) (*T, *T) { return &T{id: id}, &T{id: id + 1} }

func basic() {
	p := &T{id: 1}
	runtime.SetFinalizer(p, func(t *T) { fin <- t.id })
	p = nil
	wait("basic", 1)
}

func ifaceArg() {
	p := &T{id: 2}
	setFin(p)
	fmt.Println("use:", use(p))
	p = nil
	wait("interface arg", 1)
}

func results() {
	a, b := make2(3)
	setFin(a)
	setFin(b)
	fmt.Println("ids:", a.id, b.id)
	a, b = nil, nil
	wait("results", 2)
}

func loop() {
	var keep *T
	for i := 0; i < 10; i++ {
		p := &T{id: 10 + i}
		setFin(p)
		if i == 0 {
			keep = p
		}
	}
	wait("loop", 9)
	runtime.KeepAlive(keep)
	keep = nil
	wait("loop kept", 1)
}

func inGoroutine() {
	done := make(chan bool)
	go func() {
		p := &T{id: 30}
		setFin(p)
		fmt.Println("goroutine use:", use(p))
		p = nil
		wait("goroutine", 1)
		done <- true
	}()
	<-done
}

func main() {
	basic()
	ifaceArg()
	results()
	loop()
	inGoroutine()
	fmt.Println("done")
}
