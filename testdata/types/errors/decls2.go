package main

type T struct{ X int }

func (T) X() {} // ERROR "field and method with the same name X"

type U struct{ a, a int } // ERROR "a redeclared"

var a = b // ERROR "initialization cycle for a"
var b = a

type A struct{}
type B struct{}

func (A) F() {}
func (B) F() {}

type C struct {
	A
	B
}

func (T) M() {}
func (T) M() {} // ERROR "method T\.M already declared at .*:23:10"

func main() {
	_ = []int{-1: 0} // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
	_ = [10]int{100: 0} // ERROR "invalid argument: index 100 out of bounds \[0:10\]"
	_ = [2]int{1.5: 0} // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = C.F // ERROR "ambiguous selector C\.F"
	var c C
	c.F() // ERROR "ambiguous selector c\.F"
	_ = map[interface{}]int{int16(2): 1, int32(2): 2, int16(2): 3} // ERROR "duplicate key 2 in map literal"
	var i interface{}
	switch i.(type) {
	case int, int: // ERROR "duplicate case int in type switch"
	}
}
