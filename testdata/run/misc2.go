package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	Visit(n int) (stop bool)
}

type sumVisitor struct{ total int }

func (s *sumVisitor) Visit(n int) bool {
	s.total += n
	return s.total > 20
}

func walk(xs []int, v Visitor) int {
	for i, x := range xs {
		if v.Visit(x) {
			return i
		}
	}
	return -1
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if q < 0 {
			q, r = -q, -r
		}
	}()
	q = a / b
	r = a % b
	return
}

type Matrix [][]float64

func NewMatrix(n, m int) Matrix {
	mat := make(Matrix, n)
	for i := range mat {
		mat[i] = make([]float64, m)
	}
	return mat
}

func (a Matrix) Mul(b Matrix) Matrix {
	c := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func main() {
	sv := &sumVisitor{}
	fmt.Println(walk([]int{5, 6, 7, 8, 9}, sv), sv.total)
	fmt.Println(divmod(-7, 2))
	a := Matrix{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(a))
	items := []*Item{{"apple", 1.25, []string{"fruit"}}, {"bread", 2.5, nil}}
	for _, it := range items {
		fmt.Printf("%-6s %6.2f %v %d\n", it.Name, it.Price, it.Tags, len(it.Tags))
	}
	fmt.Println(items[0].Name, *items[1])
	byTag := map[string][]*Item{}
	for _, it := range items {
		for _, t := range it.Tags {
			byTag[t] = append(byTag[t], it)
		}
	}
	fmt.Println(len(byTag["fruit"]), byTag["fruit"][0].Name)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	fmt.Println(x)
	var ifs []interface{}
	ifs = append(ifs, 1, "two", 3.0, nil, []int{4}, map[string]int{"five": 5}, struct{ A int }{6}, &Item{Name: "p"})
	for _, v := range ifs {
		fmt.Printf("%v|", v)
	}
	fmt.Println()
	mk := map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(mk[1], mk["1"], mk[1.5], len(mk))
	words := strings.Split("a b c d", " ")
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	fmt.Println(strings.Join(words, ""))
	counter := map[rune]int{}
	for _, r := range "hello" {
		counter[r]++
	}
	fmt.Println(counter['l'], counter['z'])
	fmt.Printf("%5.1f%%\n", 12.345)
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%c|%U\n", 3.14159, 5, "hi", 255, 8, 5, 'A', 'A')
	fmt.Println(fmt.Sprintf("%T %T %T", ifs, mk, sv))
}
