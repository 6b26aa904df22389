package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "añb€\xffz"
	for i, r := range s {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.RuneCountInString(s), len(s), reverse("héllo"))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), strconv.Itoa(-45), strconv.Quote("a\nb"))
	n, err := strconv.Atoi("123x")
	fmt.Println(n, err)
	v, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, strconv.FormatInt(255, 2))
	b := []byte{}
	for i := 0; i < 3; i++ {
		b = strconv.AppendInt(b, int64(i), 10)
	}
	fmt.Println(string(b))
	var buf [8]byte
	k := utf8.EncodeRune(buf[:], '世')
	fmt.Println(k, buf[:k])
}
