package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Acc struct{ n int }

func (a *Acc) Add(k int) { a.n += k }

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	k := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * k }))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	a := &Acc{}
	add := a.Add
	add(5)
	add(6)
	fmt.Println(a.n)
	g := (*Acc).Add
	g(a, 100)
	fmt.Println(a.n)
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	fmt.Println(fib(3), rec(20))
	x := 1
	func() { x = 42 }()
	fmt.Println(x)
}
