// range-over-func: labelled break/continue of plain loops and of outer range-over-func loops from
// nested bodies.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	n := 0
plain:
	for k := 0; k < 4; k++ {
		for i := range count(5) {
			for j := range count(5) {
				if j == 2 {
					continue plain
				}
				if k == 3 {
					break plain
				}
				n += i + j
			}
		}
	}
	fmt.Println("n", n)
outer:
	for i := range count(4) {
		for j := range count(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("done")
}
