// defer inside range-over-func bodies runs when the enclosing function returns (also nested,
// with arguments evaluated at the defer).
package main

import (
	"fmt"
	"slices"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func show(tag string, v int) { fmt.Println(tag, v) }

func withDefer() (r int) {
	for i := range seq(3) {
		defer func() { r += i; fmt.Println("deferred", i) }()
	}
	fmt.Println("body done")
	return 10
}

func nested() {
	defer fmt.Println("outer defer")
	for i := range seq(2) {
		for j := range seq(2) {
			defer show("ij", i*10+j)
		}
		for s := range slices.Values([]string{"x", "y"}) {
			for k := 0; k < 2; k++ {
				defer fmt.Println(s, k, i)
			}
		}
	}
	fmt.Println("nested done")
}

func main() {
	fmt.Println(withDefer())
	nested()
}
