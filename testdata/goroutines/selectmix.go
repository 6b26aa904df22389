// select: default, ready cases, send cases, nil channels, a loop until both sides are closed.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			b <- s
		}
		close(b)
	}()
	na, nb := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			na += v + 1
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			nb += len(s)
		}
	}
	fmt.Println(na, nb)
	out := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full", i)
		}
	}
	select {
	case v := <-out:
		fmt.Println("got", v)
	}
	var never chan int
	select {
	case never <- 1:
		fmt.Println("impossible")
	case v := <-out:
		fmt.Println("got", v)
	}
	done := make(chan struct{})
	go func() { close(done) }()
	select {
	case <-done:
		fmt.Println("done")
	}
}
