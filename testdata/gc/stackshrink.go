// Stack shrinking during marking (mgcmark.go scanstack → shrinkstack): a goroutine that grew its
// stack and returned gets it halved at each GC while it uses less than a quarter of it, which
// MemStats.StackInuse shows. Go shrinks a parked goroutine during the GC itself; gomemlab at the
// goroutine's next function call (its guard is poisoned at the scan, like a running goroutine's in
// Go), so the goroutine below runs once after each GC before StackInuse is read.
package main

import (
	"fmt"
	"runtime"
)

func grow(n int) int {
	var pad [100]byte
	pad[n%100] = byte(n)
	if n == 0 {
		return 0
	}
	return grow(n-1) + int(pad[n%100])
}

func inuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	start := inuse()
	grow(4000)
	grown := inuse()
	prev, shrinks := grown, 0
	var first uint64
	for i := 0; i < 9; i++ {
		runtime.GC()
		cur := inuse()
		if i == 0 {
			first = cur
		}
		if cur < prev {
			shrinks++
		}
		prev = cur
	}
	fmt.Println("main: grew", grown > start, "shrank at the first GC", first < grown, "shrank again", shrinks >= 2,
		"below half", prev < grown/2)

	wake, ack := make(chan bool), make(chan bool)
	go func() {
		grow(4000)
		ack <- true
		for range wake {
			grow(1) // a call: where gomemlab's deferred shrink happens
			ack <- true
		}
	}()
	<-ack
	g0 := inuse()
	for i := 0; i < 6; i++ {
		runtime.GC()
		wake <- true
		<-ack
	}
	fmt.Println("goroutine: grew", g0 > prev, "shrank", inuse() < g0)
}
