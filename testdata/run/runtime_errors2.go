// Regression program (conformance issue 3): run-time error texts and checks — slicing an array
// reports "with length", a uint64 index prints unsigned, make with len > constant cap is "cap out
// of range", appending to a huge slice of zero-size elements overflows, ranging over the values of
// a nil *array faults, println of a uintptr is decimal, an empty string slice keeps its base, a
// (*T).M wrapper called with nil reports the value method, and a large composite literal
// temporary does not live in the frame.
package main

import (
	"fmt"
	"runtime/debug"
	"unsafe"
)

func try(name string, fn func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	fn()
}

type T int

func (T) F() {}

var nilT interface{ F() } = (*T)(nil)

type Big struct {
	A [1 << 20]byte
	B string
}

func main() {
	var a [3]int
	lo, hi := -1, 4
	try("array[lo:hi]", func() { _ = a[lo:hi] })
	try("array[:hi:hi]", func() { _ = a[:hi:hi] })
	s := a[:]
	try("slice[lo:hi]", func() { _ = s[lo:hi] })
	var big uint64 = 1<<64 - 1
	try("slice[big]", func() { _ = s[big] })
	n := 2
	try("make len > cap", func() { _ = make([]int, n, 1) })
	m := -1
	try("make negative len", func() { _ = make([]int, m, 1) })
	maxInt := int(^uint(0) >> 1)
	try("append zero-size", func() {
		x := make([]struct{}, maxInt)
		_ = append(x, x...)
	})
	var p *[4]int
	try("range nil *array values", func() {
		for _, v := range p {
			_ = v
		}
	})
	cnt := 0
	for i := range p {
		cnt += i
	}
	fmt.Println("range nil *array indexes:", cnt)
	str := "hello"
	e := str[5:]
	fmt.Println("empty slice keeps base:", unsafe.StringData(e) == unsafe.StringData(str))
	try("nil *T value method", func() { nilT.F() })
	debug.SetMaxStack(1 << 16)
	done := make(chan bool)
	go func() {
		b := new(Big)
		*b = Big{B: "hello"}
		done <- b.B == "hello"
	}()
	fmt.Println("big literal:", <-done)
}
