// A deadlock with two goroutines parked in multi-case selects: Go's [select] dump lines.
package main

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		select {
		case <-a:
		case b <- 1:
		}
	}()
	c := make(chan int)
	select {
	case <-a:
	case <-c:
	}
}
