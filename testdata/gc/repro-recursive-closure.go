// Compiler bug found by the GC stress test (not a GC bug: fails with GOGC=off too): a recursive
// closure (var visit func…; visit = func…) reading a map[*Node]bool dereferences nil. Go prints 90.
package main

import "fmt"

type Node struct {
	id    int
	edges []*Node
	fn    func() int
}

func main() {
	var nodes []*Node
	for i := 0; i < 10; i++ {
		k := i
		nodes = append(nodes, &Node{id: i, fn: func() int { return k }})
	}
	for i, n := range nodes {
		n.edges = append(n.edges, nodes[(i+1)%10], nodes[(i+3)%10])
	}
	seen := map[*Node]bool{}
	var visit func(n *Node, depth int) int
	visit = func(n *Node, depth int) int {
		if n == nil || seen[n] || depth > 50 {
			return 0
		}
		seen[n] = true
		s := n.id + n.fn()
		for _, e := range n.edges {
			s += visit(e, depth+1)
		}
		return s
	}
	t := 0
	for _, n := range nodes {
		t += visit(n, 0)
	}
	fmt.Println(t)
}
