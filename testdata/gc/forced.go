// forced: runtime.GC() runs whole cycles (gctrace marks them "(forced)"); MemStats stays
// consistent: the PauseNs ring, PauseEnd, LastGC, NumForcedGC, BySize, HeapAlloc ≤ NextGC goal.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	next *T
	buf  [48]byte
}

var keep *T

func main() {
	for i := 0; i < 1000; i++ {
		keep = &T{next: keep}
	}
	runtime.GC()
	keep = nil
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	last := ms.PauseNs[(ms.NumGC+255)%256]
	fmt.Println("NumGC", ms.NumGC, "NumForcedGC", ms.NumForcedGC)
	fmt.Println("last pause > 0:", last > 0, "PauseTotalNs >= last:", ms.PauseTotalNs >= last)
	fmt.Println("LastGC == PauseEnd[last]:", ms.LastGC == ms.PauseEnd[(ms.NumGC+255)%256])
	fmt.Println("EnableGC", ms.EnableGC, "BySize[5].Size", ms.BySize[5].Size)
	fmt.Println("Frees <= Mallocs:", ms.Frees <= ms.Mallocs, "HeapObjects:", ms.HeapObjects == ms.Mallocs-ms.Frees)
	fmt.Println("HeapIdle >= HeapReleased:", ms.HeapIdle >= ms.HeapReleased, "Sys >= HeapSys:", ms.Sys >= ms.HeapSys)
}
