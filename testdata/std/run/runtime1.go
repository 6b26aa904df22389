package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	s := make([][]byte, 0)
	for i := 0; i < 100; i++ {
		s = append(s, make([]byte, 1000))
	}
	runtime.ReadMemStats(&m)
	fmt.Println(m.Mallocs-before >= 100, m.HeapAlloc > 100000, len(s))
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 1, m.NumForcedGC >= 1, m.EnableGC, len(m.BySize), m.BySize[1].Size)
	old := debug.SetGCPercent(50)
	fmt.Println(old, debug.SetGCPercent(old))
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < time.Second)
	runtime.KeepAlive(s)
	defer fmt.Println("deferred not run")
	os.Exit(0)
}
