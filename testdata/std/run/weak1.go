// Weak pointers (package weak, Go 1.24's API) and runtime.AddCleanup / Cleanup.Stop, with
// runtime.KeepAlive: only what is deterministic in Go (expected output recorded with Go 1.23 and
// the go124shim/ stand-ins: go124shim/oracle.sh weak1.go > weak1.out).
package main

import (
	"fmt"
	"runtime"
	"weak"
)

type T struct {
	id  int
	ptr *int
}

type Pair struct {
	a, b int
	p    *int
}

func makeWeak(id int) weak.Pointer[T] { return weak.Make(&T{id: id}) }

// gone reports whether w's object was reclaimed. Reading Value in a function of its own keeps the
// strong pointer it returns out of main's frame: gomemlab's frames keep a temporary alive until the
// function returns (no liveness maps yet), where Go's liveness analysis would not.
func gone(w weak.Pointer[T]) bool { return w.Value() == nil }

func withCleanup(done chan<- int, id int) weak.Pointer[T] {
	t := &T{id: id}
	runtime.AddCleanup(t, func(x int) { done <- x }, id)
	return weak.Make(t)
}

func stopped(done chan<- int) {
	t := &T{id: 5}
	c := runtime.AddCleanup(t, func(int) { done <- 99 }, 0)
	c.Stop()
	c.Stop() // a second Stop does nothing
}

func withFinalizer(fin chan<- int) weak.Pointer[T] {
	t := &T{id: 3}
	runtime.SetFinalizer(t, func(t *T) { fin <- t.id })
	return weak.Make(t)
}

func keepAlive(fin chan int) {
	p := &T{id: 42}
	runtime.SetFinalizer(p, func(p *T) { fin <- p.id })
	runtime.GC()
	select {
	case <-fin:
		fmt.Println("finalized before KeepAlive")
	default:
		fmt.Println("alive until KeepAlive")
	}
	runtime.KeepAlive(p)
}

func ptrIsArg() (msg any) {
	defer func() { msg = recover() }()
	p := &T{id: 7}
	runtime.AddCleanup(p, func(*T) {}, p)
	return nil
}

func nilPtr() (msg any) {
	defer func() { msg = recover() }()
	var p *T
	runtime.AddCleanup(p, func(int) {}, 1)
	return nil
}

func main() {
	var z weak.Pointer[T]
	fmt.Println("zero:", z.Value() == nil, weak.Make[T](nil) == z)

	keep := &T{id: 1}
	wk := weak.Make(keep)
	wd := makeWeak(2)
	fmt.Println("made:", wk == weak.Make(keep), wk != wd, wk.Value() == keep, !gone(wd))
	runtime.GC()
	fmt.Println("after GC:", wk.Value() == keep, wk.Value().id, gone(wd), wd == wd)

	pr := &Pair{a: 1, b: 2}
	wa, wb := weak.Make(&pr.a), weak.Make(&pr.b)
	fmt.Println("interior:", wa == weak.Make(&pr.a), wa != wb, *wb.Value())
	runtime.KeepAlive(pr)

	done := make(chan int, 10)
	var ws []weak.Pointer[T]
	for i := 0; i < 3; i++ {
		ws = append(ws, withCleanup(done, 10+i))
	}
	stopped(done)
	runtime.GC()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("cleanups ran, sum", sum, "weak cleared:", gone(ws[0]), gone(ws[1]), gone(ws[2]))
	runtime.GC()
	fmt.Println("stopped cleanup queued:", len(done))

	fin := make(chan int, 1)
	wf := withFinalizer(fin)
	runtime.GC()
	fmt.Println("finalizer ran for", <-fin, "weak cleared when queued:", gone(wf))

	keepAlive(fin)
	runtime.GC()
	fmt.Println("finalized after KeepAlive:", <-fin)

	fmt.Println(ptrIsArg())
	fmt.Println(nilPtr())
	runtime.KeepAlive(keep)
}
