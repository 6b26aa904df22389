package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Grid struct {
	cells [4][4]byte
	name  string
}

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Mul(id) == m, m.Mul(m))
	var g Grid
	g.cells[1][2] = 'x'
	g2 := g
	g2.cells[0][0] = 'y'
	fmt.Println(g.cells[0][0], g2.cells[0][0], g.cells[1][2], g2 == g)
	a := [3]int{1, 2, 3}
	b := modify(a)
	fmt.Println(a, b)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	for i, v := range arr {
		fmt.Print(i, v, ",")
	}
	fmt.Println()
	pa := &a
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(a)
	sl := a[1:]
	sl[0] = 55
	fmt.Println(a, sl)
	var counts [26]int
	for _, c := range "hello world" {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts['l'-'a'], counts['o'-'a'])
}
