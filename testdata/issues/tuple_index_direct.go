// Tuple assignment with index targets: operands of variables no target reassigns are read
// directly; a reassigned slice variable is indexed with its old value.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	t := []int{9, 9, 9}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	s[1], s = 100, t
	fmt.Println(s, t)
	u := []int{5, 6}
	p := &u
	(*p)[0], u = 7, []int{8}
	fmt.Println(u, *p)
	var m = map[int]int{}
	i := 0
	m[i], i = 1, 2
	fmt.Println(m, i)
	func() {
		defer func() { fmt.Println(recover(), s) }()
		s[0], s[5] = 42, 1
	}()
}
