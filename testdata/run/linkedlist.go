package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else {
		t.Right = insert(t.Right, k)
	}
	return t
}

func walk(t *Tree, f func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, f)
	f(t.Key)
	walk(t.Right, f)
}

func main() {
	l := &List{}
	for i := 0; i < 10; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())
	var root *Tree
	for _, k := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, k)
	}
	var keys []int
	walk(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys)
}
