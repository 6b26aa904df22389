package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	reflect.ValueOf(m).Clear()
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Clear()
	fmt.Println(len(m), s)
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	type P struct {
		X int
		y string
	}
	v := reflect.ValueOf(&P{1, "s"}).Elem()
	fmt.Println(v.Field(0).CanSet(), v.Field(1).CanSet(), v.Type().Field(1).PkgPath, v.Addr().Interface().(*P).X)
	var x any = 3
	fmt.Println(reflect.ValueOf(&x).Elem().Kind(), reflect.ValueOf(&x).Elem().Elem().Kind())
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("now a string"))
	fmt.Println(x)
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println(reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap(), reflect.TypeOf(ch).ChanDir())
	fmt.Println(reflect.TypeOf(struct{ A, b int }{}).String(), reflect.PointerTo(reflect.TypeOf(0)), reflect.SliceOf(reflect.TypeOf("")))
}
