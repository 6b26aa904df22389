package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [3]int
}

type big struct {
	p   *node
	pad [600]byte
}

var keepList *node
var keepBig []*big
var keepBytes [][]byte

func main() {
	var a, b runtime.MemStats
	keepBig = make([]*big, 0, 100)
	keepBytes = make([][]byte, 0, 100)
	runtime.GC()
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		n := &node{}
		n.val[0] = i
		if i%3 == 0 {
			n.next = keepList
			keepList = n
		}
	}
	for i := 0; i < 100; i++ {
		bg := &big{}
		if i%10 == 0 {
			keepBig = append(keepBig, bg)
		}
	}
	for i := 0; i < 300; i++ {
		s := make([]byte, i%40+1)
		if i%7 == 0 {
			keepBytes = append(keepBytes, s)
		}
	}
	for i := 0; i < 5; i++ {
		x := make([]byte, 50000)
		if i == 2 {
			keepBytes = append(keepBytes, x)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&b)
	fmt.Println("Mallocs", b.Mallocs-a.Mallocs)
	fmt.Println("Frees", b.Frees-a.Frees)
	fmt.Println("TotalAlloc", b.TotalAlloc-a.TotalAlloc)
	fmt.Println("HeapAlloc", int64(b.HeapAlloc)-int64(a.HeapAlloc))
	fmt.Println("HeapObjects", int64(b.HeapObjects)-int64(a.HeapObjects))
	fmt.Println("NumGC", b.NumGC-a.NumGC, b.NumForcedGC-a.NumForcedGC)
}
