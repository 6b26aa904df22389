package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Pt struct{ x, y int }

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b // ERROR "not enough return values"
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
} // ERROR "missing return"

func main() {
	var s Shape = Rect{1, 2} // ERROR "cannot use Rect\{…\} \(value of type Rect\) as Shape value in variable declaration: Rect does not implement Shape \(missing method Perimeter\)"
	fmt.Println(s)
	x := 10
	var name string
	name = x // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	fmt.Println(strings.ToUpper(x)) // ERROR "cannot use x \(variable of type int\) as string value in argument to strings\.ToUpper"
	m := map[string]Pt{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	var p *Pt
	_ = p < p // ERROR "invalid operation: p < p \(operator < not defined on pointer\)"
	_ = Pt{} < Pt{} // ERROR "invalid operation: Pt\{\} < Pt\{\} \(operator < not defined on struct\)"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	v := 5
	v() // ERROR "invalid operation: cannot call non\-function v \(variable of type int\)"
	s.Area(1) // ERROR "too many arguments in call to s\.Area"
	z := "str"
	z++ // ERROR "invalid operation: z\+\+ \(non\-numeric type string\)"
	err := fmt.Errorf("x")
	if err := errors.New("y"); err != nil {
	}
	q, r := div(1, 2), 3 // ERROR "multiple\-value div\(1, 2\) \(value of type \(int, error\)\) in single\-value context"
	_, _ = q, r
	var f float64 = x // ERROR "cannot use x \(variable of type int\) as float64 value in variable declaration"
	_ = f
	var i8 int8 = int8(x) + 200 // ERROR "200 \(untyped int constant\) overflows int8"
	_ = i8
	fmt.Println(name, y, err)
	for i := 0; i < 3; i++ {
	}
	var arr []int
	arr.len() // ERROR "arr\.len undefined \(type \[\]int has no field or method len\)"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for built\-in len"
	k := map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	_ = k
	var iface interface{} = 1
	_ = iface + 1 // ERROR "invalid operation: iface \+ 1 \(mismatched types interface\{\} and int\)"
	_ = fmt.Sprintf
	const big = 1 << 100
	var bb = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_ = bb
}
