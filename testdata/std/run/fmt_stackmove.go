package main

import "fmt"

type D int

func depth(n int) int {
	var buf [64]byte
	buf[n%64] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return depth(n-1) + int(buf[n%64]&1)
}

func (d D) String() string { return fmt.Sprintf("D%d", depth(int(d))) }

type P struct{ X int }

func main() {
	p := &P{7}
	m := map[string]int{"k": 1}
	fmt.Println(D(2000), p, m, D(5000), p, []D{3000, 1}, *p)
	fmt.Printf("%v %v %v %d\n", D(4000), p, m, 42)
}
