package main

import (
	"fmt"
	"reflect"
	"strings"
)

type T struct{ N int }

func (t T) Add(x int) int            { return t.N + x }
func (t *T) Inc()                    { t.N++ }
func (t T) Pair(a, b string) (string, error) { return a + b, nil }
func (t T) Name() string             { return fmt.Sprint("T", t.N) }

type Namer interface{ Name() string }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	f := reflect.ValueOf(strings.ToUpper)
	out := f.Call([]reflect.Value{reflect.ValueOf("hello")})
	fmt.Println(out[0], out[0].String(), len(out))
	add := reflect.ValueOf(func(a, b int) (int, bool) { return a + b, a > b })
	r := add.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(2)})
	fmt.Println(r[0].Int(), r[1].Bool())
	fmt.Println(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	fmt.Println(reflect.ValueOf(sum).CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})[0])
	t := T{10}
	v := reflect.ValueOf(t)
	fmt.Println(v.NumMethod(), v.Method(0).Type(), v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5)})[0])
	p := reflect.ValueOf(&t)
	p.MethodByName("Inc").Call(nil)
	fmt.Println(t.N, p.NumMethod(), p.MethodByName("Nope").IsValid())
	pr := v.MethodByName("Pair").Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(pr[0], pr[1].IsNil())
	var n Namer = T{7}
	nv := reflect.ValueOf(&n).Elem()
	fmt.Println(nv.Method(0).Call(nil)[0])
	for i := 0; i < reflect.TypeOf(&t).NumMethod(); i++ {
		fmt.Println(reflect.TypeOf(&t).Method(i).Name)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		add.Call([]reflect.Value{reflect.ValueOf(1)})
	}()
}
