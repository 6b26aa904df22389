package main

import "fmt"

type T struct {
	buf []int
	p   *int
}

func sliceLit() int {
	s := []int{1, 2, 3}
	return s[0] + len(s)
}

func sliceLitEscape() []int {
	return []int{1, 2, 3}
}

func appendLocal() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendPtrs() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i
		out = append(out, &v)
	}
	return out
}

func mapLocal() int {
	m := map[string]int{"a": 1}
	m["b"] = 2
	return len(m)
}

func mapMake() map[int]int {
	m := make(map[int]int)
	m[1] = 2
	return m
}

func mapKeyPtr() int {
	k := 1
	m := make(map[*int]bool)
	m[&k] = true
	return len(m)
}

func arrLit() int {
	a := [3]int{1, 2, 3}
	p := &a
	return p[1]
}

func structSlice(t *T) {
	t.buf = make([]int, 4)
}

func sliceOfArr() int {
	var a [8]int
	s := a[:]
	return len(s)
}

func copyIt(dst, src []int) int {
	return copy(dst, src)
}

func rangeIt(s []*int) int {
	sum := 0
	for _, p := range s {
		sum += *p
	}
	return sum
}

func bytesConv(s string) int {
	b := []byte(s)
	return len(b)
}

func strConv(b []byte) string {
	return string(b)
}

func concat(a, b string) string {
	return a + b
}

func concatLocal(a, b string) int {
	c := a + b + "!"
	return len(c)
}

func main() {
	var t T
	structSlice(&t)
	fmt.Println(sliceLit(), sliceLitEscape(), appendLocal(), len(appendPtrs()), mapLocal(), mapMake(), mapKeyPtr(), arrLit())
	fmt.Println(sliceOfArr(), copyIt(make([]int, 2), []int{1, 2}), rangeIt(nil), bytesConv("hi"), strConv([]byte{65}), concat("a", "b"), concatLocal("x", "y"))
}
