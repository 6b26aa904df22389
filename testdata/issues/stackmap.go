// Non-escaping maps live in the frame (hmap + first bucket); they must survive growth, stack
// copying (deep recursion), GC and iteration.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type big struct {
	a [20]int
	s string
}

func rec(d int) int {
	m := map[string]*int{}
	for i := 0; i < d%12; i++ {
		v := i * d
		m[fmt.Sprint("k", i)] = &v
	}
	if d > 0 {
		r := rec(d - 1)
		if d%50 == 0 {
			runtime.GC()
		}
		s := 0
		for _, v := range m {
			s += *v
		}
		return r + s + len(m)
	}
	return 0
}

func hinted(n int) int {
	m := make(map[int]big, n)
	for i := 0; i < 20; i++ {
		m[i%7] = big{s: fmt.Sprint(i)}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	t := 0
	for _, k := range keys {
		t += k * len(m[k].s)
	}
	return t
}

func main() {
	fmt.Println(rec(300))
	fmt.Println(hinted(0), hinted(5), hinted(9), hinted(100))
	for j := 0; j < 3; j++ {
		m := map[int]int{}
		m[j] = j
		fmt.Println(len(m), m)
	}
	lit := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(lit, "b")
	fmt.Println(lit)
}
