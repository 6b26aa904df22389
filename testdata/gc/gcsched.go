// Goroutines handing freshly allocated trees over channels: many short goroutine slices while the
// collector runs (GOGC=10 in the test), so the scheduler drives the background mark worker.
package main

import "fmt"

type node struct {
	left, right *node
	val         int
}

func build(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func main() {
	long := build(12)
	trees := make(chan *node)
	sums := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			for t := range trees {
				sums <- t.sum()
			}
		}()
	}
	go func() {
		for i := 0; i < 3000; i++ {
			trees <- build(6)
		}
		close(trees)
	}()
	total := 0
	for i := 0; i < 3000; i++ {
		total += <-sums
	}
	fmt.Println(total, long.sum())
}
