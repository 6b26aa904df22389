// pingpong: two goroutines pass a counter back and forth over unbuffered channels (scheduler and
// channel hand-off cost). Size: number of round trips.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println("round trips:", n, "checksum:", sum)
}
