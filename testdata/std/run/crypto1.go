package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 1000)} {
		fmt.Printf("%x\n%x\n%x\n", md5.Sum([]byte(s)), sha256.Sum256([]byte(s)), sha256.Sum224([]byte(s)))
	}
	h := md5.New()
	io.WriteString(h, "The fog is getting thicker!")
	io.WriteString(h, "And Leon's getting laaarger!")
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	s := sha256.New()
	for i := 0; i < 100; i++ {
		s.Write([]byte("chunk of data "))
	}
	fmt.Printf("%x\n", s.Sum([]byte("prefix")))
}
