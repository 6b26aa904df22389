// m[k] op= y: one insert; integer division panics before the key is inserted, a negative
// shift after it (as in Go 1.23).
package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 10; i++ {
		m["a"] += i
		m["b"]++
		m["c"] <<= 1
		m["d"] |= i
	}
	f := map[int]float64{}
	f[1] /= 2
	s := map[int]string{}
	s[1] += "x"
	fmt.Println(m, f, s)
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		z := 0
		m["e"] /= z
	}()
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		n := -1
		m["f"] <<= n
	}()
}
