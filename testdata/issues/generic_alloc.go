// Allocations in generic functions whose kind depends on the type arguments must be placed like
// in any instance: make(M) with M ~map[K]V returned to the caller, string(b) with b ~[]byte,
// []byte(s) with s ~string, P{…} composite literals of a type parameter's core type.
package main

import "fmt"

func clone[M ~map[K]V, K comparable, V any](m M) M {
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}

func str[B ~[]byte](b B) string { return string(b) }

func bytes[S ~string](s S) []byte { return []byte(s) }

func lit[S ~[]E, E any](a, b E) S { return S{a, b} }

type I interface{ M() }
type T struct{ s string }

func (*T) M() {}

func main() {
	m := map[string]I{"a": &T{"one"}}
	r := clone(m)
	r["b"] = &T{"two"}
	r2 := clone(r)
	r3 := clone(r2)
	fmt.Println(len(r), len(r2), len(r3), r3["a"].(*T).s, r3["b"].(*T).s)
	x, y := str([]byte("hello")), str([]byte("world"))
	u, v := bytes("abc"), bytes("xyz")
	fmt.Println(x, y, string(u), string(v))
	s1 := lit[[]string]("a", "b")
	s2 := lit[[]string]("c", "d")
	fmt.Println(s1, s2)
}
