// The talk's recursion example: every call pushes a frame on the goroutine's stack. A million calls
// deep is fine (the stack grows by doubling and copying); the stack is released when they return.
package main

import "fmt"

func recursion(n int) int {
	if n != 0 {
		return recursion(n-1) + 1
	}
	return 0
}

func main() {
	fmt.Println(recursion(10))
	fmt.Println(recursion(1000000))
}
