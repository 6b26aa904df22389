// select with time.After timeouts on the virtual clock, sync.Mutex and sync.WaitGroup across goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- 1
	}()
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout")
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, time.Since(start) >= 150*time.Millisecond)
}
