package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Counter int

func (c *Counter) Inc() { *c++ }

type Animal interface{ Sound() string }
type Base struct{ name string }

func (b Base) Hello() string { return "hi " + b.name }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Loud struct{ Animal }

type Words []string

func (w Words) Join() string { return strings.Join(w, "-") }

func main() {
	c := Celsius(100)
	fmt.Println(c.F())
	var n Counter
	n.Inc()
	n.Inc()
	fmt.Println(n)
	d := Dog{Base{"rex"}, "lab"}
	fmt.Println(d.Hello(), d.Sound(), d.name)
	var a Animal = d
	fmt.Println(a.Sound())
	l := Loud{d}
	fmt.Println(l.Sound())
	var a2 Animal = l
	fmt.Println(a2.Sound())
	w := Words{"a", "b", "c"}
	fmt.Println(w.Join(), len(w))
	f := d.Hello
	d.name = "changed"
	fmt.Println(f())
	h := Dog.Sound
	fmt.Println(h(d))
}
