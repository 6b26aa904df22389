package main

import (
	"fmt"
	"strings"
)

func greet(name string) string {
	return "hello, " + name + "!"
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func bytesOf(s string) []byte {
	return []byte(s)
}

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func runes(s string) int {
	return len([]rune(s))
}

func sub(s string) string {
	return s[1:3]
}

func builder(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func split(s string) []string {
	return strings.Split(s, ",")
}

func main() {
	fmt.Println(greet("go"), repeat("ab", 3), bytesOf("x"), upper("abc"), runes("héllo"), sub("abcd"))
	fmt.Println(builder([]string{"a", "b"}), split("a,b"))
	s := fmt.Sprintf("%d-%s", 1, "x")
	fmt.Println(len(s), strings.ToUpper(s), strings.Contains(s, "1"), strings.Repeat("-", 3))
	msg := "count: " + fmt.Sprint(3)
	println(msg)
}
