// Mallocs of map creation and growth (deterministic cases only: overflow buckets depend on the hash seed).
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var sinkM map[int]int
var sinkSM map[string]int

func report(name string, f func()) {
	before := mallocs()
	f()
	after := mallocs()
	fmt.Println(name, after-before)
}

func fill(n int) {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	sinkM = m
}

func local(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	report("map insert 1", func() { fill(1) })
	report("map insert 6", func() { fill(6) })
	report("map insert 8", func() { fill(8) })
	report("map insert 9", func() { fill(9) })
	report("local 1", func() { _ = local(1) })
	report("local 8", func() { _ = local(8) })
	report("local 9", func() { _ = local(9) })
	report("hint 8", func() { m := make(map[int]int, 8); for i := 0; i < 8; i++ { m[i] = i }; sinkM = m })
	report("hint 9", func() { m := make(map[int]int, 9); for i := 0; i < 9; i++ { m[i] = i }; sinkM = m })
	report("str 5", func() { m := map[string]int{}; for i := 0; i < 5; i++ { m[string(rune('a'+i))] = i }; sinkSM = m })
	report("lit", func() { sinkM = map[int]int{1: 1, 2: 2} })
}
