package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var a Animal = Dog{} // ERROR "cannot use Dog\{\} \(value of type Dog\) as Animal value in variable declaration: Dog does not implement Animal \(method Sound has pointer receiver\)"
	st := Stack[int]{}
	st.Push("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to st\.Push"
	v := st.Pop() // ERROR "assignment mismatch: 1 variable but st\.Pop returns 2 values"
	_ = Max(1, 2.5)
	_ = Max("a", "b") // ERROR "string does not satisfy int \| float64 \(string missing in int \| float64\)"
	var ch chan int
	ch <- "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
	x, ok := <-ch, true
	select {
	case v := <-ch: // ERROR "declared and not used: v"
	}
	fmt.Println(a, v, x, ok)
	var fn func(int) int = func(s string) int { return 0 } // ERROR "cannot use func\(s string\) int \{…\} \(value of type func\(s string\) int\) as func\(int\) int value in variable declaration"
	_ = fn
	type E struct{ Err error }
	e := E{}
	e.Err.Foo() // ERROR "e\.Err\.Foo undefined \(type error has no field or method Foo\)"
	for k, v := range map[string]int{} { // ERROR "declared and not used: k" "declared and not used: v"
		k = "x"
	}
	lbl := 1
	_ = lbl
	var u uint = 1
	_ = u << -1 // ERROR "invalid operation: negative shift count \-1 \(untyped int constant\)"
	_ = 1 % 2.0 // ERROR "invalid operation: operator % not defined on 1 \(untyped float constant\)"
	_ = 7.0 % 2 // ERROR "invalid operation: operator % not defined on 7\.0 \(untyped float constant 7\)"
	const c uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
}
