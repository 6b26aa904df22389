// Single-case selects are plain sends and receives (Go reports the case line when one blocks).
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 5
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
	select {
	case c <- 6:
		fmt.Println("sent")
	}
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
	select {
	case <-c:
		fmt.Println("closed")
	}
	d := make(chan int)
	select {
	case x := <-d:
		fmt.Println(x)
	}
}
