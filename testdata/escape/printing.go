package main

import (
	"fmt"
	"os"
	"strings"
)

type Inner struct{ X int }
type Outer struct {
	Inner
	P *Inner
	S []int
	M map[string]int
}
type MyInt int

const K = 5
const S = "hello"

func (o *Outer) Get() int { return o.X }
func (o Outer) Val() int  { return o.X }

type Stringer interface{ String() string }

func (m MyInt) String() string { return "m" }

func variadic(xs ...int) int { return len(xs) }

func main() {
	var o Outer
	var i64 int64 = 3
	s := "abc"
	b := []byte(s + "x")
	fmt.Println(o.X, o.Inner.X, o.S[1], o.M["a"], K, S, i64+1, o.Get(), o.Val(), MyInt(3), 'a', 1.5, 2.0, 1e100, true, nil, -i64, ^i64)
	fmt.Println(strings.ToUpper(s), s[1:], s+s, len(s) > 2, fmt.Sprintf("%d", 3), variadic(1, 2), variadic(), b[0], string(b[0]), i64 == 3 && s != "", o.P.X)
	var e any = o
	fmt.Println(e.(Outer).X, e, o.Get, os.Args[0], float64(i64)*2.5, uint8(i64), -(i64 + 1), (i64+1)*2, i64<<2, "a"+"b", K*2, MyInt(7)+1)
	var st Stringer = MyInt(2)
	fmt.Println(st, st.String(), []int{1}, [2]int{1, 2}, map[int]int{}, struct{ A int }{1}, &o, *o.P, uint(i64)>>1, complex(1, 2), int8(-3))
	x := strings.Repeat("ab", 100)
	fmt.Println(x[0], x[:2], []rune(x), []byte(x), string(rune(i64)), string([]rune(x)))
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	func() { fmt.Println(i64) }()
	defer fmt.Println("bye", i64)
	print(s, i64)
	println(s, &o)
	panic(s)
}
