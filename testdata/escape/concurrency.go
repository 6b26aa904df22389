package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func pipeline(nums []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n * n
		}
	}()
	return out
}

func parallelSum(parts [][]int) int {
	var wg sync.WaitGroup
	results := make([]int, len(parts))
	for i, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range p {
				results[i] += v
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	return total
}

func timeout(d time.Duration) string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- "done"
	}()
	select {
	case s := <-ch:
		return s
	case <-time.After(time.Second):
		return "timeout"
	}
}

type Job struct {
	ID   int
	Data []byte
}

func workers(jobs []*Job) []int {
	out := make(chan int, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(job *Job) {
			defer wg.Done()
			out <- len(job.Data) + job.ID
		}(j)
	}
	wg.Wait()
	close(out)
	var res []int
	for r := range out {
		res = append(res, r)
	}
	return res
}

func main() {
	c := &Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.n["k"])
	_, err := safeDiv(1, 0)
	fmt.Println(err)
	for v := range pipeline([]int{1, 2, 3}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(parallelSum([][]int{{1, 2}, {3}}), timeout(time.Millisecond))
	fmt.Println(len(workers([]*Job{{1, []byte("ab")}, {2, nil}})))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
}
