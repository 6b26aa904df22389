package main

import "fmt"

type T struct {
	a int
	b string
}

type T2 T2 // ERROR "invalid recursive type: T2 refers to itself"

type R struct{ r R } // ERROR "invalid recursive type: R refers to itself"

type S interface {
	String() string
}

type V int

func (v V) String() int { return 0 }

type W int

func (w W) string() string { return "" }

func (int) M() {} // ERROR "cannot define new methods on non\-local type int"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type Number interface {
	~int | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var s S = V(1) // ERROR "cannot use V\(1\) \(constant 1 of type V\) as S value in variable declaration: V does not implement S \(wrong type for method String\)"
	var s2 S = W(1) // ERROR "cannot use W\(1\) \(constant 1 of type W\) as S value in variable declaration: W does not implement S \(missing method String\)"
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number \(string missing in \~int \| \~float64\)"
	_ = Zero() // ERROR "in call to Zero, cannot infer T"
	var m map[[]int]int // ERROR "invalid map key type \[\]int"
	var i interface{} = 1
	switch i.(type) {
	case int, int: // ERROR "duplicate case int in type switch"
	}
	var n int = 1
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	t := T{c: 1} // ERROR "unknown field c in struct literal of type T"
	_ = T{1, "a", 3} // ERROR "too many values in struct literal of type T"
	switch n {
	case 1, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var u undefinedType // ERROR "undefined: undefinedType"
	fmt.Println(s, s2, m, t, u)
	var p *T
	p.x = 1 // ERROR "p\.x undefined \(type \*T has no field or method x\)"
	_ = fmt.println // ERROR "undefined: fmt\.println"
	_ = unsafe.Sizeof(1) // ERROR "undefined: unsafe"
	var str string = 'a' // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in variable declaration"
	_ = str
	var fl float64 = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as float64 value in variable declaration"
	_ = fl
	var b bool = 1 == 1.5
	_ = b
	_ = []int{1, 2} == nil
	_ = []int{1} == []int{1} // ERROR "invalid operation: \[\]int\{…\} == \[\]int\{…\} \(slice can only be compared to nil\)"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	var ch <-chan int
	ch <- 1 // ERROR "invalid operation: cannot send to receive\-only channel ch \(variable of type <\-chan int\)"
	close(ch) // ERROR "invalid operation: cannot close receive\-only channel ch \(variable of type <\-chan int\)"
	const c = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
	_ = c
	_ = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	_ = ^1.5 // ERROR "invalid operation: operator \^ not defined on 1\.5 \(untyped float constant\)"
	_ = "a" * 2 // ERROR "invalid operation: \"a\" \* 2 \(mismatched types untyped string and untyped int\)"
	var arr [2]int
	_ = arr[-1] // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
	_ = arr[:3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = new(5) // ERROR "5 is not a type"
	_ = copy(1, 2) // ERROR "invalid argument: copy expects slice arguments; found 1 \(untyped int constant\) and 2 \(untyped int constant\)"
}
