package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	var m map[string]int
	m["x"] = 1
}
