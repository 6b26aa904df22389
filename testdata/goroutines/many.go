// 100,000 goroutines blocked on one channel, then released by close; counted with a second channel.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const n = 100000
	gate := make(chan struct{})
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-gate
			done <- i
		}(i)
	}
	runtime.Gosched()
	fmt.Println("blocked", runtime.NumGoroutine() >= n)
	close(gate)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
}
