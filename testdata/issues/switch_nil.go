// switch on a slice, map or func value with `case nil`: a nil test (the values are not
// comparable with each other), also in generic code.
package main

func f[T any]() {
	switch []T(nil) {
	case nil:
		println("nil slice")
	default:
		panic("FAIL")
	}
	switch (func() T)(nil) {
	case nil:
		println("nil func")
	default:
		panic("FAIL")
	}
	switch m := (map[int]T)(nil); m {
	case nil:
		println("nil map")
	}
}

func main() {
	f[int]()
	switch a := make([]int, 1); a {
	case nil:
		panic("FAIL")
	default:
		println("non-nil slice")
	}
	var p *int
	switch p {
	case nil:
		println("nil pointer")
	}
}
