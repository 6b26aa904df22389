// The channel panics, recovered: send on closed, close of nil, close of closed; receive from closed.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close closed", func() { close(c) })
	var n chan int
	try("close nil", func() { close(n) })
	v, ok := <-c
	fmt.Println(v, ok, len(c), cap(c), len(n), cap(n))
	s := make(chan string, 2)
	s <- "a"
	s <- "b"
	close(s)
	for x := range s {
		fmt.Println(x)
	}
}
