// Operands of go and defer statements are evaluated at the statement, including calls inside them.
package main

import "fmt"

func g(s string) int { fmt.Println("g", s); return len(s) }

func show(a, b int, done chan bool) {
	fmt.Println("show", a, b)
	done <- true
}

func main() {
	defer fmt.Println("deferred", g("defer"))
	fmt.Println("body")
	done := make(chan bool)
	go show(g("one"), g("three"), done)
	go func(x int) { fmt.Println("x", x); done <- true }(g("closure"))
	<-done
	<-done
}
