package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type A [N]int

func g[T any, ]() {}

func h[T any]( {}

func main() {
	_ = Sum[int]([]int{1})
	_ = Pair[string, int]{}
}
