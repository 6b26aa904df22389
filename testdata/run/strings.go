package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[:2], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), len(b))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:]))
	t := s + "!" + "?"
	fmt.Println(t, t == s+"!?", t < s, "abc" < "abd")
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("x")
		sb.WriteByte('0' + byte(i))
	}
	fmt.Println(sb.String())
	fmt.Println(strings.ToUpper("go lang"), strings.Repeat("ab", 3), strings.Split("a,b,c", ","))
	fmt.Println(strings.Contains(s, "llo"), strings.Index(s, "世"), strings.Fields("  a b  c "))
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	fmt.Println(x, len(x))
	fmt.Printf("%q %v %d %s %5.2f|%-4d|%x\n", "hi", 42, 7, "str", 3.14159, 5, 255)
}
