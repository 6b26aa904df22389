package main

import (
	"fmt"
	"runtime"
)

type Big struct{ data [1024]byte }

var sink []*Big

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < 100; i++ {
		sink = append(sink, &Big{})
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-before >= 100, len(sink))
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0)
}
