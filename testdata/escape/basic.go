// Escape analysis basics: §6 rows of the reference.
package main

import "fmt"

type Point struct{ X, Y int }

var global *int
var gp *Point

func retAddr() *int {
	p := 1
	return &p
}

func storeGlobal() {
	q := 2
	global = &q
}

func noEscape() int {
	r := 3
	p := &r
	return *p
}

func newLocal() int {
	p := new(Point)
	p.X = 1
	return p.X
}

func newEscapes() *Point {
	return new(Point)
}

func ptrLitEscapes() *Point {
	return &Point{1, 2}
}

func ptrLitLocal() int {
	p := &Point{X: 1}
	return p.X + p.Y
}

func ptrLitGlobal() {
	gp = &Point{3, 4}
}

func bigVar() byte {
	var a [20 << 20]byte
	a[0] = 1
	return a[0]
}

func bigMake() int {
	b := make([]byte, 131072)
	return len(b)
}

func exactMake() int {
	b := make([]byte, 65536)
	return len(b)
}

func varMake(n int) int {
	b := make([]byte, n)
	return len(b)
}

func param(p *int) *int {
	return p
}

func paramHeap(p *int) {
	global = p
}

func paramContent(pp **int) {
	global = *pp
}

func paramNone(p *int) int {
	return *p + 1
}

func sendPtr(ch chan *int) {
	v := 5
	ch <- &v
}

func retIface(v int) any {
	return any(v)
}

func retIface2(p Point) interface{} {
	return p
}

func main() {
	x := 42
	fmt.Println(x)
	fmt.Println(retAddr(), noEscape(), newLocal(), newEscapes(), ptrLitEscapes(), ptrLitLocal())
	storeGlobal()
	ptrLitGlobal()
	fmt.Println(bigVar(), bigMake(), exactMake(), varMake(10))
	y := 7
	fmt.Println(*param(&y))
	z := 8
	paramHeap(&z)
	w := 9
	pw := &w
	paramContent(&pw)
	u := 10
	fmt.Println(paramNone(&u))
	ch := make(chan *int, 1)
	sendPtr(ch)
	fmt.Println(*<-ch, retIface(3), retIface2(Point{1, 2}))
}
