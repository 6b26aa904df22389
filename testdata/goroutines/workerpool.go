// A worker pool: jobs on one channel, results on another, collected and summed.
package main

import (
	"fmt"
	"sort"
)

type result struct {
	job, worker, square int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, id, j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	var got []int
	seen := map[int]bool{}
	for i := 0; i < 20; i++ {
		r := <-results
		got = append(got, r.square)
		seen[r.worker] = true
	}
	sort.Ints(got)
	fmt.Println(got)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("sum", sum, "workers>0", len(seen) > 0)
}
