package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop(), len(s.items))
	is := &Stack[int]{}
	for i := 0; i < 5; i++ {
		is.Push(i)
	}
	fmt.Println(is.Pop(), is.Pop(), is.items)
	p := Pair[string, int]{"k", 1}
	fmt.Println(p, p.Key)
}
