// Regression program (conformance issue 3): order of evaluation in assignments — the value of a
// map assignment is computed before the key is inserted, m[k] op= v computes before inserting,
// calls on the left of a tuple assignment come first, and the indirections and bounds checks of the
// left side happen in phase 2, in order; blank struct fields stay zero; a bare return inside a
// range-over-func loop returns the named results; interfaces with the same methods compare by
// their dynamic values.
package main

import "fmt"

var trace []string

func f(s string) int { trace = append(trace, s); return len(trace) }

var arr [4]int

func ptr(s string) *int { trace = append(trace, s); return &arr[len(trace)-1] }

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	fn()
}

type X int

func (X) x() {}

func seq(yield func(int) bool) { _ = yield(1) && yield(2) }

func bare() (z, w int) {
	for i := range seq {
		z, w = 10, i
		return
	}
	return -1, -1
}

func main() {
	m := map[int]int{}
	m[0] = len(m)
	fmt.Println("m[0] = len(m):", m[0])

	try("m[1] /= zero", func() { zero := 0; m[1] /= zero })
	_, inserted := m[1]
	fmt.Println("inserted after failed m[1] /= 0:", inserted)

	trace = nil
	*ptr("lhs"), arr[3] = f("rhs1"), f("rhs2")
	fmt.Println("tuple order:", trace, arr)

	var p *int
	mm := map[int]int{}
	try("m[2], *p = 42, 2", func() { mm[2], *p = 42, 2 })
	fmt.Println("map after failed tuple:", mm)

	s := []int{0, 0}
	try("s[1], s[3] = 4, 5", func() { s[1], s[3] = 4, 5 })
	fmt.Println("slice after failed tuple:", s)

	type T struct{ i int }
	x := T{}
	q := &x
	q, q.i = new(T), 4
	fmt.Println("old pointer assigned:", x.i, q.i)

	v := struct{ a, _, c int }{1, 2, 3}
	fmt.Printf("%+v\n", v)

	fmt.Println(bare())

	type I1 interface{ x() }
	type I2 interface{ x() }
	a1, a2 := I1(X(0)), I2(X(0))
	fmt.Println("I1(X(0)) == I2(X(0)):", a1 == a2, "and X(1):", a1 == I2(X(1)))
}
