package main

import "os"

func main() {
	x := 1
	foo()
}
