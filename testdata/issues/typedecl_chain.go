// A defined type whose declaration chain (type T4 T5; type T5 T3) is resolved while T3 is still
// being declared: its underlying type is T3's struct, also in composite literals.
package main

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T3

type T12 struct {
	F1 *T15
	F2 *T13
	F3 *T16
}

type T13 T14
type T14 T15
type T15 T16
type T16 T17
type T17 T12

func main() {
	x := &T3{&T4{}}
	y := &T5{&T4{Next: &T4{}}}
	z := &T12{&T15{}, &T13{}, &T16{}}
	println(x.Next != nil, y.Next.Next != nil, z.F2 != nil)
}
