// Channels of interfaces, of channels, of structs with slices; channels in arrays and maps.
package main

import "fmt"

type P struct {
	name string
	xs   []int
}

func main() {
	ci := make(chan any, 3)
	ci <- 1
	ci <- "two"
	ci <- P{"p", []int{1, 2}}
	for i := 0; i < 3; i++ {
		fmt.Printf("%v %T\n", <-ci, nil)
	}
	cc := make(chan chan P, 1)
	inner := make(chan P, 1)
	cc <- inner
	sel := make(chan P)
	go func() { v := <-sel; (<-cc) <- P{v.name + "!", append(v.xs, 3)} }()
	select {
	case sel <- P{"q", []int{9}}:
	}
	r := <-inner
	fmt.Println(r.name, r.xs)
	var arr [3]chan int
	for i := range arr {
		arr[i] = make(chan int, 1)
		arr[i] <- i * 10
	}
	fmt.Println(<-arr[2], len(arr[0]))
	m := map[string]chan string{"a": make(chan string, 1)}
	m["a"] <- "via map"
	fmt.Println(<-m["a"])
}
