// The talk's channel demo: a goroutine sends 42 on a channel and main receives it.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 42
	}()
	x := <-c
	fmt.Println(x)
}
