// Package reflect: a small part of $GOROOT/src/reflect — TypeOf with the common Type methods,
// Kind, DeepEqual — answered by natives over the runtime's type descriptors (natives.ts).
// ValueOf and the Value API are not provided yet.
package reflect

import "strconv"

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Type is the representation of a Go type.
type Type interface {
	String() string
	Name() string
	PkgPath() string
	Kind() Kind
	Size() uintptr
	Align() int
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	FieldByName(name string) (StructField, bool)
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// rtype is a Type: the id of a runtime type descriptor.
type rtype struct {
	id int
}

func typeString(id int) string
func typeName(id int) string
func typePkgPath(id int) string
func typeKind(id int) int
func typeSize(id int) int
func typeAlign(id int) int
func typeElem(id int) int
func typeKey(id int) int
func typeLen(id int) int
func typeNumField(id int) int
func typeField(id int, i int) (name string, pkgPath string, typ int, tag string, offset int, embedded bool)
func typeNumMethod(id int) int
func typeComparable(id int) bool
func typeIDOf(i any) int

// rtypes holds the one *rtype of each type id: like Go's, a Type is comparable with == (its
// dynamic value is the same pointer for the same type) and TypeOf does not allocate once a
// type has been seen.
var rtypes []*rtype

func toType(id int) Type {
	if id == 0 {
		return nil
	}
	if id >= len(rtypes) {
		n := make([]*rtype, id*2+16)
		copy(n, rtypes)
		rtypes = n
	}
	t := rtypes[id]
	if t == nil {
		t = &rtype{id}
		rtypes[id] = t
	}
	return t
}

func (t *rtype) String() string   { return typeString(t.id) }
func (t *rtype) Name() string     { return typeName(t.id) }
func (t *rtype) PkgPath() string  { return typePkgPath(t.id) }
func (t *rtype) Kind() Kind       { return Kind(typeKind(t.id)) }
func (t *rtype) Size() uintptr    { return uintptr(typeSize(t.id)) }
func (t *rtype) Align() int       { return typeAlign(t.id) }
func (t *rtype) NumMethod() int   { return typeNumMethod(t.id) }
func (t *rtype) Comparable() bool { return typeComparable(t.id) }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(t.id))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.id))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.id)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.id)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.id) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, typ, tag, off, emb := typeField(t.id, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: uintptr(off), Index: []int{i}, Anonymous: emb}
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return typeSize(t.id) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.id))
}

func (t *rtype) mustFunc(m string) {
	if t.Kind() != Func {
		panic("reflect: " + m + " of non-func type " + t.String())
	}
}

func (t *rtype) IsVariadic() bool { t.mustFunc("IsVariadic"); return typeVariadic(t.id) }
func (t *rtype) NumIn() int       { t.mustFunc("NumIn"); return typeNumIn(t.id) }
func (t *rtype) NumOut() int      { t.mustFunc("NumOut"); return typeNumOut(t.id) }
func (t *rtype) In(i int) Type    { t.mustFunc("In"); return toType(typeIn(t.id, i)) }
func (t *rtype) Out(i int) Type   { t.mustFunc("Out"); return toType(typeOut(t.id, i)) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= typeNumMethod(t.id) {
		panic("reflect: Method index out of range")
	}
	if t.Kind() == Interface {
		return Method{Name: typeMethodName(t.id, i), Type: toType(typeMethodType(t.id, i)), Index: i}
	}
	return Method{Name: typeMethodName(t.id, i), Type: toType(methodFuncType(t.id, i)), Func: methodFunc(t.id, i), Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := typeNumMethod(t.id)
	for i := 0; i < n; i++ {
		if typeMethodName(t.id, i) == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	i := typeFieldByName(t.id, name)
	if i < 0 {
		return StructField{}, false
	}
	return t.Field(i), true
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.(*rtype).id, t.id)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uid := u.(*rtype).id
	if uid == t.id {
		return true
	}
	if u.Kind() == Interface {
		return implements(uid, t.id)
	}
	return typeAssignable(uid, t.id)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if t.AssignableTo(u) {
		return true
	}
	a, b := t.Kind(), u.Kind()
	num := func(k Kind) bool { return k >= Int && k <= Float64 }
	if num(a) && num(b) {
		return true
	}
	if b == String && (a >= Int && a <= Uintptr) {
		return true
	}
	if (a == String && b == Slice) || (a == Slice && b == String) {
		return true
	}
	return a == b && t.Size() == u.Size() && a != Struct
}

// TypeOf returns the reflection Type that represents the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	return toType(typeIDOf(i))
}

// DeepEqual reports whether x and y are "deeply equal" (Go's rules: same types; arrays, structs,
// slices, maps, pointers and interfaces compared element by element; nil and empty slices/maps
// differ; funcs equal only if both nil; NaN is not equal to itself).
func DeepEqual(x, y any) bool
