package main

type I interface{ I } // ERROR "invalid recursive type: I refers to itself"

type A [2]A // ERROR "invalid recursive type: A refers to itself"

type B struct{ c C } // ERROR "invalid recursive type B"
type C struct{ b B }

type P struct{ p *P }

type Q []Q

func main() {
	_ = []*int{{}} // ERROR "invalid composite literal type \*int"
	type S struct{ x int }
	_ = []S{{1}, {x: 2}}
	_ = map[string]*S{"a": {1}}
}
