// Producer/consumer over an unbuffered and a buffered channel, with done signalling and v, ok.
package main

import "fmt"

type msg struct {
	id   int
	text string
}

func produce(n int, out chan<- msg) {
	for i := 0; i < n; i++ {
		out <- msg{i, fmt.Sprintf("item-%d", i)}
	}
	close(out)
}

func consume(in <-chan msg, done chan<- []string) {
	var seen []string
	for {
		m, ok := <-in
		if !ok {
			break
		}
		seen = append(seen, m.text)
	}
	done <- seen
}

func main() {
	for _, size := range []int{0, 1, 3, 10} {
		c := make(chan msg, size)
		done := make(chan []string)
		go produce(7, c)
		go consume(c, done)
		s := <-done
		fmt.Println(size, len(s), s[0], s[len(s)-1], cap(c))
	}
	// Ping-pong: strict alternation through unbuffered channels.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pingpong", v, ok)
}
