// The talk's goroutine demo: two tasks started with `go`; nothing guarantees which finishes first.
package main

import (
	"fmt"
	"sync"
)

func task(name string, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("task", name)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go task("1", &wg)
	go task("2", &wg)
	wg.Wait()
}
