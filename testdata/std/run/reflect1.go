package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int    `json:"a,omitempty"`
	b string
	C []int
	M map[string]int
	P *T
}

func main() {
	x := T{A: 1, b: "x", C: []int{1, 2}, M: map[string]int{"k": 1}}
	y := T{A: 1, b: "x", C: []int{1, 2}, M: map[string]int{"k": 1}}
	fmt.Println(reflect.DeepEqual(x, y), reflect.DeepEqual(&x, &y))
	y.C[1] = 3
	fmt.Println(reflect.DeepEqual(x, y))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(map[int]int{}, map[int]int{}))
	fmt.Println(reflect.DeepEqual(1, 1.0), reflect.DeepEqual(nil, nil), reflect.DeepEqual([]any{1, "a"}, []any{1, "a"}))
	t := reflect.TypeOf(x)
	fmt.Println(t, t.Kind(), t.Name(), t.NumField(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Offset, f.IsExported())
	}
	fmt.Println(reflect.TypeOf(&x).Elem().Name(), reflect.TypeOf([]string{}).Elem(), reflect.TypeOf(map[string]bool{}).Key())
	fmt.Println(reflect.TypeOf(3).Kind() == reflect.Int, reflect.TypeOf(nil) == nil, reflect.Ptr)
}
