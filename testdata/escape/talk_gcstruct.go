// The talk's good garbage-collector example: a struct holding 100 MB, allocated inside a function.
// Once the function returns nothing references it, and runtime.GC() gives the memory back.
package main

import (
	"fmt"
	"runtime"
)

type myStruct struct {
	data []byte
}

func useMemory() {
	s := &myStruct{}
	s.data = make([]byte, 100<<20) // 100 MB
	s.data[0] = 1
	fmt.Println("allocated", len(s.data)>>20, "MB")
}

func heapMB() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func main() {
	fmt.Println("before:", heapMB(), "MB in use")
	useMemory()
	fmt.Println("after the call:", heapMB(), "MB in use")
	runtime.GC()
	fmt.Println("after runtime.GC():", heapMB(), "MB in use")
}
