// Types declared inside generic functions are different types in each instance (their reflect
// names carry the function's type arguments: main.T[int;int]); local types used as type arguments
// print with their `·N` number. reflect.Type values are comparable with ==.
package main

import (
	"fmt"
	"reflect"
)

type intish interface{ ~int }

type Int int

func F[A intish]() []any {
	type pair struct{ a, b A }
	type T[B intish] struct{ x B }
	type U[_ any] int
	p := pair{1, 2}
	fmt.Println(p.a+p.b, reflect.TypeOf(p), reflect.TypeOf(T[int]{}), reflect.TypeOf(T[A]{}), reflect.TypeOf(T[U[int]]{}))
	return []any{p, T[int]{}, T[A]{}}
}

func main() {
	a := F[int]()
	b := F[Int]()
	c := F[int]()
	fmt.Println(a[0] == c[0], a[1] == a[2], reflect.TypeOf(a[0]) == reflect.TypeOf(b[0]), reflect.TypeOf(a[1]) == reflect.TypeOf(c[1]))
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(a[0]).Kind())
	type local int
	fmt.Printf("%T\n", []any{F[local]()[0]}[0])
}
