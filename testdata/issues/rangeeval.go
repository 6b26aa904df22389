// Range and len/cap over arrays: an operand that calls a function is evaluated once (len is not
// constant then); `for i, x[i] = range y` evaluates x[i]'s index before assigning i.
package main

import "fmt"

var n int

func arr() [3]int     { n++; return [3]int{1, 2, 3} }
func parr() *[4]int   { n++; return nil }
func main() {
	s := 0
	for i := range arr() {
		s += i
	}
	for i := range parr() {
		s += i
	}
	fmt.Println(s, n)
	l, c := len(arr()), cap(parr())
	fmt.Println(l, c, n)
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[int]int{}
	k := 5
	for k, m[k] = range []int{7} {
	}
	fmt.Println(k, m)
}
