// range-over-func: return from a nested range-over-func loop, labelled break/continue, maps/slices iterators.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("v", i)) {
				return
			}
		}
	}
}

func nested() (int, string) {
	for i := range count(5) {
		for j, s := range pairs(5) {
			if i*j == 6 {
				return i + j, s
			}
		}
	}
	return -1, ""
}

func breakOuter() int {
	n := 0
outer:
	for i := range count(10) {
		for j := range count(10) {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			n++
		}
	}
	return n
}

func main() {

	fmt.Println(nested())
	fmt.Println(breakOuter())
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for k, v := range maps.All(map[int]int{7: 8}) {
		fmt.Println(k, v)
	}
}
