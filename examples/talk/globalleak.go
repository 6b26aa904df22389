// The talk's bad example: 100 MB held by a package-level variable. The garbage collector sees it is
// still referenced, so runtime.GC() cannot free it. The fix is to keep the data local.
package main

import (
	"fmt"
	"runtime"
)

var data []byte // global: reachable for the whole life of the program

func heapMB() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func main() {
	data = make([]byte, 100<<20) // 100 MB
	data[0] = 1
	fmt.Println("allocated", len(data)>>20, "MB")
	runtime.GC()
	fmt.Println("after runtime.GC():", heapMB(), "MB in use") // still 100: the global holds it
	data = nil
	runtime.GC()
	fmt.Println("after data = nil:", heapMB(), "MB in use")
}
