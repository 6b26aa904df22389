package main

import "fmt"

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered (wrong)", r)
	}
}

func direct() {
	if r := recover(); r != nil {
		fmt.Println("direct recovered", r)
	}
}

func a() {
	defer direct()
	panic("A")
}

func b() {
	defer func() {
		helper()
		fmt.Println("after helper:", recover())
	}()
	panic("B")
}

func c() {
	defer func() { fmt.Println("c outer", recover()) }()
	defer recover()
	panic("C")
}

func main() {
	a()
	b()
	c()
	fmt.Println("recover outside:", recover())
}
