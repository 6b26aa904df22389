package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				t := total
				time.Sleep(time.Microsecond)
				total = t + 1
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	var rw sync.RWMutex
	m := map[int]int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			m[i] = i * i
			rw.Unlock()
			rw.RLock()
			_ = m[i]
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m))
	c := sync.NewCond(&mu)
	ready := false
	var order []int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(len(order))
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(time.Since(start) >= 100*time.Millisecond)
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println(n)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	fired := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after")
	}
}
