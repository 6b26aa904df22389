// The talk's recursion gone wrong: with no base case the stack grows until Go's 1 GB limit and the
// runtime stops the program with "fatal error: stack overflow".
package main

import "fmt"

func recursion(n int) int {
	return recursion(n+1) + 1
}

func main() {
	fmt.Println(recursion(0))
}
