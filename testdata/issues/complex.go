// complex64/complex128: arithmetic, ==, real/imag/complex, conversions, constants, printing.
package main

import (
	"fmt"
	"math"
)

type C complex128

func div(a, b complex128) complex128 { return a / b }

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(b), a == b, a != b, a == complex(1, 2))
	var c64 complex64 = complex64(a)
	c64 *= 2
	c64 += 1i
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%v %.2f %g %T %T\n", a, b, c64, a, c64)
	var x any = a
	fmt.Println(x, x == any(complex(1, 2)))
	z := complex128(c64)
	fmt.Println(z)
	fmt.Println(div(1, 0), div(0, 0), div(complex(math.Inf(1), 1), 2), div(1, complex(math.Inf(1), 0)))
	m := map[complex128]string{1i: "i", 1: "one"}
	fmt.Println(m[1i], m[1], len(m))
	cs := []complex128{1, 2i, 3 + 3i}
	s := complex128(0)
	for _, v := range cs {
		s += v
	}
	s++
	fmt.Println(s, C(s)*2)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var f float32 = 1.5
	fmt.Println(complex(f, f*2))
}
