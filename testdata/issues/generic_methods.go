// Generic code: methods of type parameters (calls, method values, method expressions), value
// receivers of generic types, constants of type-parameter type, unsafe.Sizeof/Alignof/Offsetof of
// type-parameter types (not constants), interfaces mentioning a type parameter, and a concrete
// switch tag against an interface case.
package main

import (
	"fmt"
	"strconv"
	"unsafe"
)

type Stringer interface{ String() string }

type myint int

func (m myint) String() string { return "myint" + strconv.Itoa(int(m)) }

type Ints interface{ ~int32 | ~int }

type Box[T Ints] struct{ f T }

func (b Box[T]) String() string { return "box" + strconv.Itoa(int(b.f)) }

func stringify[T Stringer](s []T) {
	for _, v := range s {
		f1 := T.String
		f2 := v.String
		fmt.Println(v.String(), Stringer(v).String(), f1(v), f2())
	}
}

func abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Complex interface{ ~complex64 | ~complex128 }

func pi[T Complex]() T { return T(3.5) }

func sizes[T any](x T) (uintptr, uintptr) { return unsafe.Sizeof(x), unsafe.Alignof(x) }

type pair[T any] struct {
	a T
	b int
}

func (p *pair[T]) off() uintptr { return unsafe.Offsetof(p.b) }

type getter[T any] interface{ get() T }

type num int

func (n num) get() int { return int(n) }

func get[T any](x any) T { return x.(getter[T]).get() }

func match[T comparable](i any) {
	var t T
	switch t {
	case i:
		fmt.Println("match")
	default:
		fmt.Println("no match")
	}
}

func main() {
	stringify([]myint{1, 2})
	stringify([]Box[myint]{{f: 3}})
	fmt.Println(abs(-3), abs(2.5), pi[complex128](), pi[complex64]())
	fmt.Println(sizes(int8(1)))
	fmt.Println(sizes("s"))
	fmt.Println(sizes([3]int32{}))
	var p1 pair[int8]
	var p2 pair[any]
	fmt.Println(p1.off(), p2.off())
	fmt.Println(get[int](num(7)))
	match[int](0)
	match[int](1)
	match[string]("")
}
