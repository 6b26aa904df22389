// Regression program (conformance issue 3): reflect's type constructors (ArrayOf, StructOf, MapOf)
// give types identical to the compiler's, values of a constructed unnamed type are assignable to a
// named type with that underlying type, PointerTo has the promoted value methods, method values
// and Method(i).Func let the method recover when deferred, and MapIter/Value.Clear work on the map
// itself (clearing during an iteration ends it, NaN keys included).
package main

import (
	"fmt"
	"math"
	"reflect"
)

type K struct {
	a, b int32
	c    float64
}

type S int

func (s S) M() string { return fmt.Sprint("M of ", int(s)) }

type R struct{}

func (R) Recover(want int) { fmt.Println("recovered", recover(), "want", want) }

func deferredMethodValue() {
	f := reflect.ValueOf(R{}).Method(0).Interface().(func(int))
	defer f(1)
	panic(1)
}

func deferredMethodFunc() {
	f := reflect.TypeOf(R{}).Method(0).Func.Interface().(func(R, int))
	defer f(R{}, 2)
	panic(2)
}

func main() {
	at := reflect.ArrayOf(3, reflect.TypeOf(""))
	fmt.Println(at, at.Len(), at == reflect.TypeOf([3]string{}))
	a := reflect.New(at).Elem()
	a.Index(1).SetString("x")
	fmt.Printf("%q\n", a.Interface().([3]string))

	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(int8(0)), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf(int64(0))},
		{Name: "C", Type: reflect.TypeOf([]int(nil))},
	})
	fmt.Println(st, st.Size(), st.Field(1).Offset, st.Field(0).Tag.Get("json"))
	fmt.Println(st == reflect.TypeOf(struct {
		A int8 `json:"a"`
		B int64
		C []int
	}{}))
	sv := reflect.New(st).Elem()
	sv.Field(2).Set(reflect.ValueOf([]int{1, 2}))
	fmt.Printf("%+v\n", sv.Interface())

	mt := reflect.MapOf(reflect.TypeOf(K{}), reflect.TypeOf(true))
	m := reflect.MakeMap(mt)
	k := K{1, 2, 3}
	m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(true))
	type M map[K]bool
	var x M
	reflect.ValueOf(&x).Elem().Set(m)
	fmt.Println(mt, x[k], mt.AssignableTo(reflect.TypeOf(x)))

	func() {
		defer func() { fmt.Println("MapOf bad key:", recover()) }()
		reflect.MapOf(reflect.TypeOf([]int(nil)), reflect.TypeOf(0))
	}()
	func() {
		defer func() { fmt.Println("StructOf dup:", recover()) }()
		reflect.StructOf([]reflect.StructField{{Name: "A", Type: at}, {Name: "A", Type: at}})
	}()

	pm, ok := reflect.PointerTo(reflect.TypeOf(S(0))).MethodByName("M")
	fmt.Println(ok, pm.Func.Call([]reflect.Value{reflect.ValueOf(new(S))})[0])

	deferredMethodValue()
	deferredMethodFunc()

	nm := map[float64]int{}
	for i := 0; i < 20; i++ {
		nm[math.NaN()] = i
	}
	v := reflect.ValueOf(nm)
	it := v.MapRange()
	n := 0
	for it.Next() {
		if n == 3 {
			v.Clear()
		}
		n++
	}
	fmt.Println("iterations:", n, "len:", len(nm))
	it.Reset(reflect.ValueOf(map[string]int{"a": 1}))
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
}
