package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func byValue() func() int {
	k := 10
	return func() int { return k * 2 }
}

func localClosure() int {
	a := 1
	f := func() int { return a + 1 }
	return f()
}

func localClosureRef() int {
	a := 1
	f := func() { a++ }
	f()
	return a
}

func immediate() int {
	b := 5
	func() {
		b = 6
	}()
	return b
}

var hook func()

func storeClosure() {
	c := 0
	hook = func() { c++ }
}

func bigCapture() func() int {
	var arr [20]int
	return func() int { return arr[3] }
}

func apply(f func(int) int, v int) int {
	return f(v)
}

func passClosure() int {
	m := 3
	return apply(func(x int) int { return x * m }, 4)
}

func main() {
	c := counter()
	fmt.Println(c(), c())
	fmt.Println(byValue()(), localClosure(), localClosureRef(), immediate())
	storeClosure()
	hook()
	fmt.Println(bigCapture()(), passClosure())
}
