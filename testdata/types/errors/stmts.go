package main

import "fmt"

func f(a, b int) int { return a }

func main() {
	f(1) // ERROR "not enough arguments in call to f"
	f() // ERROR "not enough arguments in call to f"
	x := []int{1}
	for i, v := range x { // ERROR "declared and not used: i" "declared and not used: v"
	}
	switch y := 5; y {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	}
	var e interface{} = 1
	switch t := e.(type) { // ERROR "t declared and not used"
	case int:
	}

	for {
	}
	return 1 // ERROR "too many return values"
	fmt.Println()
	var arr [3]int
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	for range 3.5 {} // ERROR "cannot range over 3\.5 \(untyped float constant\)"
	var ch chan<- int
	<-ch // ERROR "invalid operation: cannot receive from send\-only channel ch \(variable of type chan<\- int\)"
	x.y = 1 // ERROR "x\.y undefined \(type \[\]int has no field or method y\)"
	1 = 2 // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
}
func g() (int, string) {
	return 1 // ERROR "not enough return values"
}
