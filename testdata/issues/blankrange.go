// Found by test/fuzz.test.ts: `for _, _ = range m` (blank operands with =) crashed codegen.
package main

func main() {
	var mnil map[string]int
	for _, _ = range mnil {
		panic("range mnil")
	}
	n := 0
	for _, _ = range []int{1, 2, 3} {
		n++
	}
	for _ = range "héllo" {
		n++
	}
	println(n)
}
