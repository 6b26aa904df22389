package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type Bad int

func (b Bad) String() string { panic("oops") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("inner boom")) }

type F struct{ x int }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	fmt.Fprintf(s, "F[%c %d %v %v]", verb, f.x, w, wok)
	if s.Flag('+') {
		s.Write([]byte("+"))
	}
}

type G struct{}

func (G) GoString() string { return "G!" }

func main() {
	var t *T
	fmt.Println(t)
	fmt.Println(&T{"a"})
	fmt.Println(Bad(1))
	fmt.Printf("%d|%s\n", Bad(2), Bad(3))
	fmt.Println(BadErr{})
	fmt.Printf("%v %+v %8x\n", F{1}, F{2}, F{3})
	fmt.Printf("%#v %v\n", G{}, G{})
	fmt.Println([]*T{{"x"}, nil})
}
