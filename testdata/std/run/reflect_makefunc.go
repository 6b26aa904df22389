package main

import (
	"fmt"
	"reflect"
)

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(0, 1))
	var strSwap func(string, string) (string, string)
	sv := reflect.ValueOf(&strSwap).Elem()
	sv.Set(reflect.MakeFunc(sv.Type(), swap))
	fmt.Println(strSwap("a", "b"))
	add := reflect.MakeFunc(reflect.TypeOf(func(int, int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() + in[1].Int()))}
	}).Interface().(func(int, int) int)
	fmt.Println(add(40, 2))
	var anyf func(x any) any
	av := reflect.ValueOf(&anyf).Elem()
	av.Set(reflect.MakeFunc(av.Type(), func(in []reflect.Value) []reflect.Value { return in }))
	fmt.Println(anyf("echo"), anyf(7))
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})
	fmt.Println(r[0].Int())
}
