package main

import (
	"fmt"
	"runtime"
)

var sinkB [][]byte
var sinkP [][]*int
var sinkS [][]int16

func main() {
	var a, b runtime.MemStats
	// sequence: noscan sizes, scan sizes, tiny mixes
	noscan := []int{1, 2, 3, 5, 7, 8, 9, 12, 15, 16, 17, 24, 31, 33, 100, 500, 512, 513, 1000, 1024, 1025, 4000, 8192, 9000, 20000, 32760, 32761, 32768, 40000, 100000, 1 << 20}
	scan := []int{1, 2, 3, 4, 8, 50, 63, 64, 65, 100, 127, 128, 200, 1000, 4095, 4096, 5000, 10000}
	sinkB = make([][]byte, 0, 1000)
	sinkP = make([][]*int, 0, 1000)
	sinkS = make([][]int16, 0, 1000)
	runtime.ReadMemStats(&a)
	for r := 0; r < 3; r++ {
		for _, n := range noscan {
			sinkB = append(sinkB, make([]byte, n))
		}
		for _, n := range scan {
			sinkP = append(sinkP, make([]*int, n))
		}
		for _, n := range []int{1, 3, 2, 5, 1, 7, 4, 1} {
			sinkS = append(sinkS, make([]int16, n))
		}
	}
	runtime.ReadMemStats(&b)
	fmt.Println("Mallocs", b.Mallocs-a.Mallocs)
	fmt.Println("TotalAlloc", b.TotalAlloc-a.TotalAlloc)
	fmt.Println("HeapObjects", b.HeapObjects-a.HeapObjects)
	for i := range b.BySize {
		if d := b.BySize[i].Mallocs - a.BySize[i].Mallocs; d != 0 {
			fmt.Println("class", i, b.BySize[i].Size, d)
		}
	}
}
