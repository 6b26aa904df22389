package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op func(int, int) int

type Shape interface{ Area() int }
type R struct{ w, h int }

func (r R) Area() int { return r.w * r.h }

type Key struct {
	a string
	b int
}

var ErrNotFound = errors.New("not found")

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func multi() (int, string, bool) { return 1, "two", true }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var s Shape = R{2, 3}
	area := s.Area
	fmt.Println(area())
	groups := map[string][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry") {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	type pt struct{ x, y int }
	pts := map[string]pt{"a": {1, 2}}
	fmt.Println(pts["a"].y, pts["zz"].x)
	km := map[Key]int{{"x", 1}: 10}
	km[Key{"x", 1}]++
	fmt.Println(km[Key{"x", 1}], len(km))
	_, err := lookup(map[string]int{}, "k")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	a, b, c := multi()
	fmt.Println(a, b, c)
	var x interface{} = R{1, 1}
	var y interface{} = R{1, 1}
	fmt.Println(x == y, x != R{2, 2})
	arr1 := [2]string{"a", "b"}
	arr2 := [2]string{"a", "b"}
	fmt.Println(arr1 == arr2)
	switch v := x.(type) {
	case int, string:
		fmt.Println("int or string", v)
	case R:
		fmt.Println("R", v.w)
	}
	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total)
	funcs := make([]func() int, 0)
	for _, v := range []int{10, 20, 30} {
		funcs = append(funcs, func() int { return v })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Println(sb.String(), sb.Len())
	p := new(int)
	*p = 5
	q := p
	*q++
	fmt.Println(*p)
	bs := make([]byte, 0, 4)
	bs = append(bs, "hello"...)
	fmt.Println(string(bs), len(bs), cap(bs) >= 5)
	str := fmt.Sprintf("%v|%+v|%T|%5s|%-5s|%05d", R{1, 2}, R{1, 2}, R{}, "ab", "cd", 42)
	fmt.Println(str)
	var np *R
	fmt.Println(np == nil, np)
}
