package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 世é!α" {
		fmt.Println(string(r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.In(r, unicode.Greek, unicode.Digit), unicode.Is(unicode.Space, r), unicode.IsPunct(r))
	}
}
