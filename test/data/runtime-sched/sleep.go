package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start.UTC())
	done := make(chan int)
	for _, d := range []int{3, 1, 2} {
		go func() {
			time.Sleep(time.Duration(d) * time.Second)
			done <- d
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done, time.Since(start))
	}
	time.Sleep(time.Hour)
	fmt.Println(time.Since(start))
}
