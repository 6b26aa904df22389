// rewire: goroutines rewire a shared pointer graph (slices, maps, closures, strings) while the
// collector runs; run under GOGC=1 and GODEBUG=gccheckmark=1 the checksums must match real Go.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type Node struct {
	id    int
	name  string
	edges []*Node
	attrs map[string]*Node
	fn    func() int
}

type Graph struct {
	mu    sync.Mutex
	nodes []*Node
}

func (g *Graph) add(id int) *Node {
	n := &Node{id: id, name: "n" + strconv.Itoa(id), attrs: map[string]*Node{}}
	k := id
	n.fn = func() int { return k*3 + len(n.name) }
	g.nodes = append(g.nodes, n)
	return n
}

func lcg(x uint32) uint32 { return x*1664525 + 1013904223 }

// worker takes its turn from its channel and passes it on, so the interleaving (and the checksum)
// is the same in every run, while the graph is shared by all goroutines.
func worker(g *Graph, seed uint32, steps int, turn <-chan int, next chan<- int, wg *sync.WaitGroup, out *int) {
	defer wg.Done()
	r := seed
	sum := 0
	for i := 0; i < steps; i++ {
		<-turn
		g.mu.Lock()
		r = lcg(r)
		a := g.nodes[int(r>>8)%len(g.nodes)]
		r = lcg(r)
		b := g.nodes[int(r>>8)%len(g.nodes)]
		switch r % 5 {
		case 0:
			a.edges = append(a.edges, b)
			if len(a.edges) > 6 {
				a.edges = a.edges[len(a.edges)-3:]
			}
		case 1:
			a.attrs["k"+strconv.Itoa(int(r%7))] = b
		case 2:
			old := g.nodes[int(r>>4)%len(g.nodes)]
			nn := &Node{id: old.id + 1000, name: old.name + "'", attrs: map[string]*Node{"prev": old}}
			nn.edges = append([]*Node(nil), old.edges...)
			id := nn.id
			nn.fn = func() int { return id + len(old.name) }
			g.nodes[int(r>>4)%len(g.nodes)] = nn
		case 3:
			delete(a.attrs, "k"+strconv.Itoa(int(r%7)))
			a.name = fmt.Sprintf("%s-%d", b.name[:1], i%10)
		case 4:
			s := make([]byte, 0, 64)
			for _, e := range a.edges {
				s = append(s, e.name...)
			}
			sum += len(s)
			junk := make([]*Node, 64)
			for j := range junk {
				junk[j] = &Node{id: j, name: string(s)}
			}
			a.attrs["junk"] = junk[int(r>>3)%64]
		}
		sum += a.fn() % 101
		g.mu.Unlock()
		if i%50 == 0 {
			runtime.Gosched()
		}
		next <- i
	}
	*out = sum
}

// checksum walks the graph from every node (depth-first with an explicit stack, depth ≤ 50).
func checksum(g *Graph) int {
	type item struct {
		n     *Node
		depth int
	}
	seen := map[*Node]bool{}
	keys := []string{"prev", "k0", "k1", "k2", "k3", "k4", "k5", "k6"}
	t := 0
	for _, root := range g.nodes {
		stack := []item{{root, 0}}
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			n := it.n
			if n == nil || it.depth > 50 {
				continue
			}
			if seen[n] {
				continue
			}
			seen[n] = true
			t += n.id + len(n.name) + n.fn()
			for i := len(n.edges) - 1; i >= 0; i-- {
				stack = append(stack, item{n.edges[i], it.depth + 1})
			}
			for _, k := range keys {
				if v, ok := n.attrs[k]; ok {
					t += len(k)
					stack = append(stack, item{v, it.depth + 1})
				}
			}
		}
	}
	return t
}

func main() {
	g := &Graph{}
	for i := 0; i < 200; i++ {
		g.add(i)
	}
	for round := 0; round < 4; round++ {
		var wg sync.WaitGroup
		outs := make([]int, 4)
		chans := make([]chan int, 5)
		for w := range chans {
			chans[w] = make(chan int, 1)
		}
		for w := 0; w < 4; w++ {
			wg.Add(1)
			next := chans[w+1]
			go worker(g, uint32(round*10+w+1), 1500, chans[w], next, &wg, &outs[w])
		}
		go func() { // the ring: the last worker's turn goes back to the first
			for v := range chans[4] {
				chans[0] <- v
			}
		}()
		chans[0] <- 0
		wg.Wait()
		g.mu.Lock()
		fmt.Println("round", round, "checksum", checksum(g), "workers", outs[0]+outs[1]+outs[2]+outs[3])
		g.mu.Unlock()
	}
}
