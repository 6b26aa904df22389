package main

import "fmt"

type item struct{ v int }

func collectPtrs(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		out = append(out, &i)
	}
	return out
}

func closuresInLoop() []func() int {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println(i)
	}
}

func lastPtr(xs []item) *item {
	var p *item
	for i := range xs {
		p = &xs[i]
	}
	return p
}

func localInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

func sumMap(m map[string]*item) int {
	s := 0
	for k, v := range m {
		s += v.v + len(k)
	}
	return s
}

func gotoLoop() int {
	n := 0
	var p *int
loop:
	x := n
	p = &x
	n++
	if n < 3 {
		goto loop
	}
	return *p
}

func main() {
	fmt.Println(len(collectPtrs(3)))
	for _, f := range closuresInLoop() {
		fmt.Println(f())
	}
	deferInLoop()
	fmt.Println(lastPtr([]item{{1}, {2}}).v, localInLoop())
	fmt.Println(sumMap(map[string]*item{"a": {1}}), gotoLoop())
}
