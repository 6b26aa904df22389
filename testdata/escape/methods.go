package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) Name() string  { return d.name }

type Cat struct{ name string }

func (c Cat) Sound() string { return "meow" }
func (c Cat) Name() string  { return c.name }

type Base struct{ id int }

func (b *Base) ID() int      { return b.id }
func (b Base) Describe() int { return b.id * 2 }

type Derived struct {
	Base
	tag string
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Node struct {
	val  int
	next *Node
}

func (n *Node) Append(v int) *Node {
	nn := &Node{val: v}
	n.next = nn
	return nn
}

func listLen(n *Node) int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(k int) error {
	if k < 0 {
		return &MyErr{k}
	}
	if k == 0 {
		return errors.New("zero")
	}
	return nil
}

func describe(a Animal) string {
	return a.Name() + " says " + a.Sound()
}

func join(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func main() {
	d := &Dog{"rex"}
	c := Cat{"tom"}
	animals := []Animal{d, c}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	var dv Derived
	dv.id = 3
	fmt.Println(dv.ID(), dv.Describe())
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop())
	head := &Node{val: 0}
	head.Append(1).Append(2)
	fmt.Println(listLen(head))
	if err := find(-1); err != nil {
		fmt.Println("error:", err)
	}
	var target *MyErr
	if errors.As(find(-2), &target) {
		fmt.Println(target.code)
	}
	fmt.Println(join([]string{"a", "b"}))
	f := d.Sound
	fmt.Println(f())
}
