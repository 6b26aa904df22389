// `_ = a[x]`, `var _ = *p`, `_ = x / y` keep their bounds, nil and divide checks.
package main

import "fmt"

type T struct{ a, b int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
	}()
	f()
}

var sink int

func main() {
	a := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	x := 5
	var p *int
	var tp *T
	var y int
	s := "abc"
	var m map[string]int
	var i interface{} = 3
	try("slice", func() { _ = a[x] })
	try("array", func() { _ = arr[x%8] })
	try("string", func() { _ = s[x] })
	try("deref", func() { _ = *p })
	try("field", func() { _ = tp.b })
	try("structderef", func() { _ = *tp })
	try("div", func() { _ = x / y })
	try("mod", func() { _ = x % y })
	try("slice3", func() { _ = a[1:x] })
	try("multi", func() { _, _ = a[0], a[x] })
	try("multi2", func() { var q int; q, _ = 1, *p; sink = q })
	try("assert", func() { _ = i.(string) })
	try("map", func() { _ = m["x"] })
	try("conv", func() { _ = []int(nil)[x] })
	try("var", func() { var _ = a[x] })
	try("strslice", func() { _ = s[x:] })
	fmt.Println("done")
}

var gA = []int{1}
var gX = 3

func init() {
	defer func() { fmt.Println("init", recover()) }()
	f()
}

func f() { var _ = gA[gX] }
