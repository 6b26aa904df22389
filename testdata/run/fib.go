package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func deep(n int) int {
	var buf [16]int
	buf[n%16] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + buf[n%16]
}

func main() {
	fmt.Println(fib(25))
	for i := uint64(15); i <= 25; i += 5 {
		fmt.Println(i, fact(i))
	}
	fmt.Println(deep(2000))
}
