// Regression program (conformance issue 3): recover() rules — wrappers are transparent, a recovered
// panic ends before the frame's later deferred calls, `defer recover()`, deferred builtins evaluate
// their arguments at the defer statement, and a deferred method call on a nil interface panics at
// the defer statement.
package main

import "fmt"

type I interface{ M() }

type Word uintptr // not pointer-shaped: i.M() goes through the (*Word).M wrapper

func (Word) M() { fmt.Println("Word.M recovered:", recover()) }

type Empty struct{}

func (Empty) M() { fmt.Println("Empty.M recovered:", recover()) }

type Inner struct{ n int }

func (p *Inner) M() { fmt.Println("(*Inner).M recovered:", recover(), p.n) }

type Outer struct{ Inner } // (*Outer).M is a promoted-method wrapper

func viaWrapper(i I, v int) {
	defer i.M()
	panic(v)
}

func methodValue(v int) {
	f := Word(0).M
	defer f()
	panic(v)
}

func mustNot() {
	if r := recover(); r != nil {
		fmt.Println("spurious recover", r)
	}
}

func mustRecover(want any) {
	mustNot() // a sub-call of a deferred call does not recover
	r := recover()
	fmt.Println("recovered", r, "want", want)
}

// After the panic of 3 is recovered the frame returns normally: its next deferred call runs like
// an ordinary call from it, and that frame is the deferred call of panic 2, so recover works.
func laterDefers() {
	defer mustNot()
	defer func() {
		defer recover()
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

// Here `defer recover()` runs while panic 3 unwinds the frame: it is called by the panic, not by
// the deferred function, so it recovers nothing.
func noOpRecover() {
	defer mustRecover(2)
	defer func() {
		defer mustRecover(3)
		defer recover()
		panic(3)
	}()
	panic(2)
}

func deferBuiltinArgs() map[int]bool {
	m := map[int]bool{}
	for i := 0; i < 3; i++ {
		m[i] = true
		defer delete(m, i)
	}
	return m
}

func deferPrint() {
	x := 1
	defer fmt.Println("deferred print sees", x)
	defer println("builtin println sees", x)
	x = 2
}

func nilIfaceDefer() (reached bool) {
	defer func() { recover() }()
	var i I
	defer i.M()
	reached = true
	return
}

func main() {
	viaWrapper(Word(7), 1)
	viaWrapper(Empty{}, 2)
	viaWrapper(&Outer{Inner{5}}, 3)
	methodValue(4)
	laterDefers()
	noOpRecover()
	fmt.Println("deferred deletes leave", len(deferBuiltinArgs()))
	deferPrint()
	fmt.Println("nil interface defer reached the next statement:", nilIfaceDefer())
}
