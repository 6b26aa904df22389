package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = 1 << 30
	c *= 4
	fmt.Println(c)
	var d uint32 = 0xffffffff
	d += 2
	fmt.Println(d)
	var e int64 = 1 << 62
	e *= 2
	fmt.Println(e)
	var f uint64 = 1<<64 - 1
	fmt.Println(f, f+1, f/3, f%7)
	x := -7
	fmt.Println(x/2, x%2, x>>1, x<<3, uint(x)>>60)
	var g int = 9007199254740993
	fmt.Println(g, g*3, g-1)
	var h int16 = -32768
	fmt.Println(-h, h/-1)
	var s uint = 70
	one := int32(1)
	fmt.Println(1<<s, one<<31, int64(-1)>>s, one<<s, uint8(200)>>s)
	fmt.Println(0x7fffffffffffffff+x, ^x, ^uint16(5))
	big2, neg := 70000, -3.9
	fmt.Println(int8(200+x), uint16(big2), int(neg), uint8(neg+7.9))
	var big uint64 = 18446744073709551615
	fmt.Println(float64(big), int64(big), float32(16777217))
	m := 1000003
	acc := 1
	for i := 0; i < 50; i++ {
		acc = (acc*31 + i) % m
	}
	fmt.Println(acc)
	var hash uint32 = 2166136261
	for _, ch := range []byte("hello world") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	fmt.Println(hash)
	var h64 uint64 = 14695981039346656037
	for _, ch := range []byte("hello world") {
		h64 ^= uint64(ch)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
	fmt.Println(7&3, 7|8, 7^2, 7&^5, min(3, 1, 2), max(2.5, 1.0))
}
