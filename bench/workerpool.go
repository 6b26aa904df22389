// workerpool: a fixed pool of workers consumes jobs from a buffered channel and sends results back;
// a WaitGroup closes the results. Size: number of jobs.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < 50; i++ {
		s += (n*31 + i) % 97
	}
	return s
}

func main() {
	jobs := 300000
	if len(os.Args) > 1 {
		jobs, _ = strconv.Atoi(os.Args[1])
	}
	in := make(chan int, 64)
	out := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- work(j)
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			in <- j
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	total := 0
	for r := range out {
		total += r
	}
	fmt.Println("jobs:", jobs, "checksum:", total)
}
