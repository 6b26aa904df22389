// The talk's live demo: a program that serves net/http/pprof on :6060 while leakyFunction keeps
// growing memory, inspected with `go tool pprof http://localhost:6060/debug/pprof/heap` and `top`.
package main

import (
	"fmt"
	"net/http"
	_ "net/http/pprof"
	"sync"
)

var leaked [][]byte

func leakyFunction(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 1000; i++ {
		leaked = append(leaked, make([]byte, 1<<20))
	}
}

func main() {
	go func() {
		fmt.Println(http.ListenAndServe("localhost:6060", nil))
	}()
	fmt.Println("hello world")
	var wg sync.WaitGroup
	wg.Add(1)
	go leakyFunction(&wg)
	wg.Wait()
	select {}
}
