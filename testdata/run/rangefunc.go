package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for v := range Count(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func main() {
	sum := 0
	for v := range Count(10) {
		if v == 3 {
			continue
		}
		if v == 7 {
			break
		}
		sum += v
	}
	fmt.Println(sum)
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(50), firstOver(100000))
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	total := 0
	for _, v := range maps.All(m) {
		total += v
	}
	fmt.Println(total)
	for i, v := range slices.All([]int{5, 6}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
outer:
	for i := range 3 {
		for v := range Count(5) {
			if v == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, v, ";")
		}
	}
	fmt.Println()
}
