// Preemption: a goroutine spinning in `for {}` does not starve main or other goroutines.
package main

import (
	"fmt"
	"runtime"
)

var counter int

func spin() {
	for {
		counter++
	}
}

func main() {
	go spin()
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			runtime.Gosched()
		}
		c <- 7
	}()
	fmt.Println(<-c)
}
