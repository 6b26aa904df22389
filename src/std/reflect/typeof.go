// Type constructors ArrayOf, MapOf and StructOf. The natives (typeof_natives.ts) lay the new type
// out as the compiler would (field alignment, trailing padding after a zero-size last field,
// pointer words) and reuse an existing descriptor with the same spelling, as Go reuses the
// compiler's descriptor of an identical type.
package reflect

import (
	"strconv"
	"unicode"
)

func arrayOf(length int, elem int) int

func mapOf(key int, elem int) int

// typeAssignable reports whether a value of type src is assignable to the non-interface type dst.
func typeAssignable(dst int, src int) bool

// structOf builds the struct type of the fields described by the parallel slices.
func structOf(names []string, pkgPaths []string, types []int, tags []string, embedded []bool) int

// ArrayOf returns the type [length]elem; it panics when length is negative or the array would not
// fit in the address space.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	e := elem.(*rtype)
	if sz := e.Size(); sz > 0 && uintptr(length) > ^uintptr(0)/sz {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	return toType(arrayOf(length, e.id))
}

// MapOf returns the type map[key]elem; the key type must be comparable.
func MapOf(key, elem Type) Type {
	k, e := key.(*rtype), elem.(*rtype)
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	return toType(mapOf(k.id, e.id))
}

// StructOf returns the struct type with the given fields (their Offset and Index are computed,
// not read). Methods of embedded fields are not promoted.
func StructOf(fields []StructField) Type {
	n := len(fields)
	names, pkgPaths, tags := make([]string, n), make([]string, n), make([]string, n)
	types, embedded := make([]int, n), make([]bool, n)
	seen := make(map[string]bool, n)
	for i, f := range fields {
		switch {
		case f.Name == "":
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		case !fieldNameOK(f.Name):
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		case f.Type == nil:
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		case f.Anonymous && f.PkgPath != "":
			panic("reflect.StructOf: field \"" + f.Name + "\" is anonymous but has PkgPath set")
		case f.PkgPath == "" && (f.Name[0] == '_' || f.Name[0] >= 'a' && f.Name[0] <= 'z'):
			// an exported field (no PkgPath) whose name starts like an unexported one
			panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		names[i], pkgPaths[i], tags[i] = f.Name, f.PkgPath, string(f.Tag)
		types[i], embedded[i] = f.Type.(*rtype).id, f.Anonymous
	}
	return toType(structOf(names, pkgPaths, types, tags, embedded))
}

// fieldNameOK: an identifier (a letter or '_', then letters, '_' and digits).
func fieldNameOK(s string) bool {
	for i, r := range s {
		letter := r == '_' || unicode.IsLetter(r)
		if !letter && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}
