package main

import "math"

const MaxU = ^uint(0)
const big = math.MaxInt64 + 1

type Celsius float64
type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	_ = int8(1) << 8 // ERROR "int8\(1\) << 8 \(constant 256 of type int8\) overflows int8"
	var x int8 = 100
	_ = x * 200 // ERROR "200 \(untyped int constant\) overflows int8"
	_ = int8(100) * 2 // ERROR "int8\(100\) \* 2 \(constant 200 of type int8\) overflows int8"
	var w Weekday = Monday
	var i int = w // ERROR "cannot use w \(variable of type Weekday\) as int value in variable declaration"
	_ = i
	_ = big // ERROR "cannot use big \(untyped int constant 9223372036854775808\) as int value in assignment to _ identifier \(overflows\)"
	var c Celsius = 1.5
	var f float64 = c // ERROR "cannot use c \(variable of type Celsius\) as float64 value in variable declaration"
	_ = f
	_ = math.Pi * 2
	var u8 uint8 = -x // ERROR "declared and not used: u8" "cannot use \-x \(value of type int8\) as uint8 value in variable declaration"
	_ = MaxU
	_ = uint8(x) + 256 // ERROR "256 \(untyped int constant\) overflows uint8"
	var r rune = "a" // ERROR "cannot use \"a\" \(untyped string constant\) as rune value in variable declaration"
	_ = r
	_ = string(65.0) // ERROR "cannot convert 65\.0 \(untyped float constant 65\) to type string"
	var b []byte = "abc" // ERROR "cannot use \"abc\" \(untyped string constant\) as \[\]byte value in variable declaration"
	_ = b
	_ = [3]int{1, 2, 3, 4} // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = [...]int{5: 1, 5: 2} // ERROR "duplicate index 5 in array or slice literal"
	var pp **int
	_ = pp.x // ERROR "pp\.x undefined \(type \*\*int has no field or method x\)"
}
