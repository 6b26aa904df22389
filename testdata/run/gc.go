package main

import "fmt"

type Node struct {
	next *Node
	val  [8]int
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{next: head, val: [8]int{i}}
	}
	return head
}

func sum(n *Node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val[0]
	}
	return s
}

func main() {
	keep := build(1000)
	total := 0
	for round := 0; round < 200; round++ {
		tmp := build(500)
		total += sum(tmp)
		m := map[int]string{}
		for i := 0; i < 50; i++ {
			m[i] = fmt.Sprint(i)
		}
		total += len(m)
	}
	fmt.Println(total, sum(keep))
	strs := []string{}
	for i := 0; i < 2000; i++ {
		strs = append(strs, fmt.Sprintf("s%d", i))
	}
	fmt.Println(len(strs), strs[1999], sum(keep))
}
