package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
	str "strings" // ERROR "\"strings\" imported as str and not used"
)

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func f() int { return 1 }
func g() (int, int) { return 1, 2 }

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	b := byte(256) // ERROR "constant 256 overflows byte"
	var c string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	x := 1
	var y int // ERROR "declared and not used: y"
	y = 2
	z := 3
	z += 1
	var s string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
	_ = x + "a" // ERROR "invalid operation: x \+ \"a\" \(mismatched types int and untyped string\)"
	_ = undefinedThing // ERROR "undefined: undefinedThing"
	f(1) // ERROR "too many arguments in call to f"
	p, q := f() // ERROR "assignment mismatch: 2 variables but f returns 1 value"
	var i I = T{} // ERROR "cannot use T\{\} \(value of type T\) as I value in variable declaration: T does not implement I \(method M has pointer receiver\)"
	if x { // ERROR "non\-boolean condition in if statement"
	}
	const k = 10
	var w uint8 = k * 100 // ERROR "declared and not used: w" "cannot use k \* 100 \(untyped int constant 1000\) as uint8 value in variable declaration \(overflows\)"
	_ = 1 / 0 // ERROR "invalid operation: division by zero"
	_, _, _, _ = a, b, c, s
	_, _ = p, q
	var ff float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	_ = ff
	fmt.Println(i)
	var m map[string]int
	m.foo() // ERROR "m\.foo undefined \(type map\[string\]int has no field or method foo\)"
	_ = T{}.M // ERROR "cannot call pointer method M on T"
	_ = -"s" // ERROR "invalid operation: operator \- not defined on \"s\" \(untyped string constant\)"
	_ = 1 << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	var sh int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = sh
	x := 2 // ERROR "no new variables on left side of :="
}
func h() int {
} // ERROR "missing return"
