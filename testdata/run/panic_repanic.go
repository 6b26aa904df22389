package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func inner() {
	defer cleanup("inner")
	panic("first")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	defer cleanup("main")
	inner()
}
