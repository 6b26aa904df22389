package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20 hello 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=5 y=hi", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("12-34", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	var ok bool
	fmt.Sscan("true", &ok)
	fmt.Println(ok)
	r := bufio.NewReader(strings.NewReader("3\n1 2 3\n"))
	var cnt int
	fmt.Fscan(r, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var x int
		fmt.Fscan(r, &x)
		sum += x
	}
	fmt.Println(cnt, sum)
}
