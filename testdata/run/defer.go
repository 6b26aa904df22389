package main

import (
	"errors"
	"fmt"
)

func f() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

type E struct{}

func (E) Error() string { return "E!" }

func main() {
	fmt.Println(f())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	order()
	nested()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, errors.Is(err, err))
		}()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		panic(E{})
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		var p *struct{ x int }
		fmt.Println(p.x)
	}()
	fmt.Println("done")
}
