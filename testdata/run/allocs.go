package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b int
	p    *int
}

var sinkP *int
var sinkT *T
var sinkS []int
var sinkStr string
var sinkAny any
var sinkF func() int
var sinkB []byte

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func report(name string, f func()) {
	before := mallocs()
	f()
	after := mallocs()
	fmt.Println(name, after-before)
}

//go:noinline
func local() int {
	x := new(int)
	*x = 5
	t := &T{a: 1}
	arr := make([]int, 8)
	arr[0] = *x + t.a
	return arr[0]
}

func main() {
	report("new escaping", func() { sinkP = new(int) })
	report("&T escaping", func() { sinkT = &T{a: 1} })
	report("local only", func() { _ = local() })
	n := 100
	report("make nonconst", func() { sinkS = make([]int, n) })
	report("append grow", func() {
		var s []int
		for i := 0; i < 10; i++ {
			s = append(s, i)
		}
		sinkS = s
	})
	a, b := "hello", "world"
	report("concat escaping", func() { sinkStr = a + b })
	report("concat local", func() {
		s := a + b
		_ = len(s)
	})
	report("conv int small", func() { sinkAny = 7 })
	report("conv int big", func() { sinkAny = 1000 })
	report("conv string", func() { sinkAny = a })
	report("closure", func() {
		k := n
		sinkF = func() int { return k }
	})
	report("bytes", func() { sinkB = []byte(a) })
	report("sprint", func() { sinkStr = fmt.Sprint(n) })
}
