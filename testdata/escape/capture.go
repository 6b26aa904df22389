package main

import "fmt"

type big struct{ a [20]int }

func byValSmall() func() int {
	x := 1
	return func() int { return x }
}

func byRefReassigned() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func byRefAddr() func() int {
	x := 1
	p := &x
	*p = 3
	return func() int { return x }
}

func byRefBig() func() int {
	var b big
	return func() int { return b.a[0] }
}

func reassignedBefore() func() int {
	x := 1
	x = 2
	return func() int { return x }
}

func loopCapture() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 2 })
	}
	return fs
}

func loopMutate() []func() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { i++ })
	}
	return fs
}

func nested() func() func() int {
	a := 1
	return func() func() int {
		b := 2
		return func() int { a++; return a + b }
	}
}

func counterPair() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func deferClosure() (r int) {
	defer func() { r *= 2 }()
	r = 21
	return
}

func main() {
	fmt.Println(byValSmall()(), byRefReassigned()(), byRefAddr()(), byRefBig()(), reassignedBefore()())
	for _, f := range loopCapture() {
		fmt.Println(f())
	}
	for _, f := range loopMutate() {
		f()
	}
	inc, get := counterPair()
	inc()
	fmt.Println(get(), nested()()(), deferClosure())
}
