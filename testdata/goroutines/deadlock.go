// A deadlock: main and a worker both blocked; Go prints every goroutine with its wait reason.
package main

import "fmt"

func worker(c chan int) {
	c <- 1
	c <- 2
}

func main() {
	c := make(chan int)
	go worker(c)
	fmt.Println(<-c)
	d := make(chan int)
	<-d
}
