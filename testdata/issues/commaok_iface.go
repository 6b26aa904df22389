// Comma-ok results assigned to interface-typed variables: the ok value is converted from bool.
package main

import (
	"errors"
	"fmt"
)

var a, b any = any(nil).(bool)

func main() {
	fmt.Println(a, b)
	m := map[string]int{"k": 1}
	var v, ok any
	v, ok = m["k"]
	fmt.Println(v, ok)
	var x any = 3
	var n, ok2 any
	n, ok2 = x.(int)
	fmt.Println(n, ok2)
	c := make(chan int, 1)
	c <- 5
	var r, ok3 any
	select {
	case r, ok3 = <-c:
	}
	fmt.Println(r, ok3)
	close(c)
	r, ok3 = <-c
	fmt.Println(r, ok3)
	// blank targets keep the value's own type
	var e error
	var y any = errors.New("boom")
	e, _ = y.(error)
	var _, ok5 = m["zz"]
	var e2, _ = y.(error)
	fmt.Println(e, ok5, e2)
}
