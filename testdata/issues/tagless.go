// Found by test/fuzz.test.ts: a tagless switch with an interface-typed case (`case i:`) compares i == true.
package main

func main() {
	switch i := interface{}(true); {
	case i:
		println("true")
	case false:
		println("false")
	}
	var j any = 1
	switch {
	case j:
		println("j")
	default:
		println("default")
	}
}
