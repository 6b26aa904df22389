// spawn: start many short-lived goroutines in waves, each sending one value back (goroutine creation,
// stack allocation and reuse). Size: total goroutines.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const wave = 1000
	c := make(chan int, wave)
	sum := 0
	for done := 0; done < n; done += wave {
		for i := 0; i < wave; i++ {
			go func(v int) { c <- v & 7 }(done + i)
		}
		for i := 0; i < wave; i++ {
			sum += <-c
		}
	}
	fmt.Println("goroutines:", n, "checksum:", sum)
}
