package main

import (
	"fmt"
	"sync"
)

type result struct {
	id  int
	val *int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		v := j * 2
		results <- result{id, &v}
	}
}

func producer(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func fanIn(a, b <-chan int) chan int {
	out := make(chan int)
	go func() {
		for {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v := <-b:
				out <- v
			}
		}
	}()
	return out
}

func spawn(msg string, done chan bool) {
	go func(m string) {
		fmt.Println(m)
		done <- true
	}(msg)
}

func spawnPtr(p *int, wg *sync.WaitGroup) {
	wg.Add(1)
	go inc(p, wg)
}

func inc(p *int, wg *sync.WaitGroup) {
	*p++
	wg.Done()
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 0; j < 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += *r.val
	}
	fmt.Println(sum)
	total := 0
	for v := range producer(4) {
		total += v
	}
	fmt.Println(total)
	done := make(chan bool)
	spawn("hi", done)
	<-done
	x := 0
	var wg2 sync.WaitGroup
	spawnPtr(&x, &wg2)
	wg2.Wait()
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	_ = fanIn(nil, nil)
}
