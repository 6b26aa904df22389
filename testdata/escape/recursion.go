package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func isEven(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n-1, p)
}

func isOdd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	*p++
	return isEven(n-1, p)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func build(depth int) *Tree {
	if depth == 0 {
		return nil
	}
	return &Tree{Left: build(depth - 1), Right: build(depth - 1), Val: depth}
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Val)
	walk(t.Right, visit)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1} {
		root = insert(root, v)
	}
	fmt.Println(root.Sum())
	calls := 0
	fmt.Println(isEven(10, &calls), calls, fib(10))
	total := 0
	walk(build(3), func(v int) { total += v })
	fmt.Println(total)
}
