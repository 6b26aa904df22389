// An unrecovered panic in a goroutine: its trace and "created by" line, exit status 2.
package main

import (
	"fmt"
	"time"
)

func boom(n int) {
	if n == 3 {
		panic(fmt.Sprintf("boom %d", n))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		go boom(i)
	}
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
