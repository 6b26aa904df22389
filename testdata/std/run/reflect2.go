package main

import (
	"fmt"
	"reflect"
	"sort"
)

type P struct {
	X, Y int
	name string
	Tags []string
}

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Sh interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	v := reflect.ValueOf(42)
	fmt.Println(v.Kind(), v.Int(), v.Type(), v.CanSet(), v)
	s := reflect.ValueOf("héllo")
	fmt.Println(s.Len(), s.String(), s.Index(1).Uint(), s.Kind())
	p := P{1, 2, "n", []string{"a", "b"}}
	pv := reflect.ValueOf(p)
	fmt.Println(pv.NumField(), pv.Field(0).Int(), pv.Field(2).String(), pv.Field(2).CanInterface(), pv.Field(3).Len(), pv.Field(3).Index(1))
	for i := 0; i < pv.NumField(); i++ {
		f := pv.Type().Field(i)
		fmt.Printf("%s %v %v\n", f.Name, f.Type, pv.Field(i))
	}
	fmt.Println(pv, pv.Interface())
	e := reflect.ValueOf(&p).Elem()
	e.Field(0).SetInt(10)
	e.FieldByName("Y").Set(reflect.ValueOf(20))
	fmt.Println(p, e.CanSet(), e.Field(2).CanSet(), e.CanAddr())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(p).Field(0).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e.Field(2).SetString("x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf("x").Int()
	}()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, mv.MapIndex(k))
	}
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(len(m), m["d"], mv.Len(), mv.MapIndex(reflect.ValueOf("zz")).IsValid())
	sl := []int{1, 2, 3}
	sv := reflect.ValueOf(sl)
	sv.Index(0).SetInt(100)
	fmt.Println(sl, sv.Len(), sv.Cap(), sv.Slice(1, 3), sv.Index(2).Interface().(int)+1)
	var sh Sh = Sq{3}
	iv := reflect.ValueOf(&sh).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Type(), iv.Elem().Field(0).Float(), iv.Type())
	var nilp *P
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid(), reflect.ValueOf(nil).IsValid())
	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(7)
	fmt.Println(*(nv.Interface().(*int)), nv.Type(), reflect.Zero(reflect.TypeOf(p)).Interface())
	fmt.Println(reflect.ValueOf(p).IsZero(), reflect.ValueOf(P{}).IsZero(), reflect.ValueOf(0.0).IsZero())
	ap := reflect.Append(reflect.ValueOf([]string{"x"}), reflect.ValueOf("y"), reflect.ValueOf("z"))
	fmt.Println(ap.Len(), ap.Interface())
	ms := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	fmt.Println(ms.Len(), ms.Cap(), ms)
	mm := reflect.MakeMap(reflect.TypeOf(map[int]bool{}))
	mm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(true))
	fmt.Println(mm.Interface())
	it := reflect.ValueOf(map[int]int{5: 25}).MapRange()
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
	fmt.Println(reflect.ValueOf(3.5).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).String())
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft.NumIn(), ft.In(0), ft.IsVariadic(), ft.NumOut(), ft.Out(0))
	st := reflect.TypeOf(Sq{})
	fmt.Println(st.NumMethod(), st.Method(0).Name, st.Implements(reflect.TypeOf((*Sh)(nil)).Elem()), reflect.TypeOf(p).Implements(reflect.TypeOf((*Sh)(nil)).Elem()))
	fmt.Println(reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(true).Bool(), reflect.ValueOf([2]int{3, 4}).Index(1))
	fmt.Printf("%v %d %s\n", reflect.ValueOf(5), reflect.ValueOf(6), reflect.ValueOf("str"))
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(2)))
	var x float64 = 3.4
	xv := reflect.ValueOf(&x).Elem()
	xv.SetFloat(7.1)
	fmt.Println(x, xv.Type(), reflect.Indirect(reflect.ValueOf(&x)).Float())
	fmt.Println(reflect.ValueOf(p).String(), reflect.Value{}.String(), reflect.Value{})
}
