package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"fmt"
	"io/ioutil"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	var cnt int64
	atomic.AddInt64(&cnt, 5)
	var ai atomic.Int32
	ai.Add(3)
	fmt.Println(atomic.LoadInt64(&cnt), ai.Load())
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Wait()
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%d", 42)
	fmt.Println(buf.String(), buf.Len())
	logger := log.New(os.Stdout, "pfx: ", 0)
	logger.Printf("value=%d", 7)
	logger.Println("done")
	dir, _ := ioutil.TempDir("", "x")
	defer os.RemoveAll(dir)
	ioutil.WriteFile(filepath.Join(dir, "f"), []byte("data"), 0600)
	b, err := ioutil.ReadFile(filepath.Join(dir, "f"))
	fmt.Println(string(b), err)
	r := rand.New(rand.NewSource(1))
	x := r.Intn(100)
	fmt.Println(x >= 0 && x < 100, len(rand.Perm(5)))
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print("std logger")
	log.Fatalf("fatal %d", 1)
}
