package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
}

type T struct {
	a, c bool
	b    int64
}

func main() {
	fmt.Println(unsafe.Sizeof(S{}), unsafe.Sizeof(T{}), unsafe.Alignof(int32(0)), unsafe.Offsetof(S{}.c))
	x := [4]int32{1, 2, 3, 4}
	p := unsafe.Pointer(&x[0])
	p2 := (*int32)(unsafe.Add(p, 8))
	fmt.Println(*p2)
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%x\n", bits)
	s := "hello"
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	fmt.Println(b[1], len(b))
	u := uintptr(unsafe.Pointer(&x[1])) - uintptr(unsafe.Pointer(&x[0]))
	fmt.Println(u)
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(nil)))
}
