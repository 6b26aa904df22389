// Goroutines left blocked at exit: one on a channel nobody can reach, for the --leaks report.
package main

import (
	"fmt"
	"time"
)

func leaky(c chan int) {
	c <- 1
}

func main() {
	for i := 0; i < 3; i++ {
		c := make(chan int)
		go leaky(c)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
}
