// String results built in stack tmpBufs must not survive in an escaping concatenation (concatstrings count==1).
package main

import "fmt"

func itoa(i int) string {
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

func itoa2(i int) string {
	if i == 0 {
		return "0"
	}
	return itoa2(i/10) + string(rune('0'+i%10))
}

func main() {
	fmt.Println(itoa(10), itoa(12345), itoa2(10), itoa2(9876))
	x := itoa(7)
	y := string(rune('a')) + x
	b := []byte("hi")
	z := string(b)
	fmt.Println(y, z, x+z)
}
