// Value: the reflection interface to a Go value (mirrors $GOROOT/src/reflect/value.go). A Value is
// {type id, address of the value in simulated memory, flags}: every Value is held indirectly (Go's
// flagIndir always set), so loads and stores go through unsafe pointers in Go, and natives
// (natives.ts) only box/unbox interfaces, allocate, and reach the runtime's maps and channels.
package reflect

import (
	"strconv"
	"unsafe"
)

type flag uintptr

const (
	flagAddr   flag = 1 << iota // addressable (obtained via a pointer)
	flagRO                      // obtained via an unexported field
	flagMethod                  // a method value: typ/ptr are the receiver, the index is flag>>methodShift
)

const methodShift = 10

// Value is the reflection interface to a Go value.
type Value struct {
	typ  int
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// natives over memory and the runtime
func unpackEface(i any) (typ int, ptr unsafe.Pointer)
func packEface(typ int, ptr unsafe.Pointer) any
func unpackIface(ityp int, p unsafe.Pointer) (typ int, ptr unsafe.Pointer)
func storeIface(ityp int, dst unsafe.Pointer, typ int, src unsafe.Pointer) bool
func unsafe_New(typ int) unsafe.Pointer
func typedmemmove(typ int, dst, src unsafe.Pointer)
func maplen(m unsafe.Pointer) int
func mapfill(typ int, m unsafe.Pointer, kv []unsafe.Pointer) int
func mapaccess(typ int, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapassign(typ int, m unsafe.Pointer, key, val unsafe.Pointer)
func mapdelete(typ int, m unsafe.Pointer, key unsafe.Pointer)
func makemap(typ int, n int) unsafe.Pointer
func chanlen(c unsafe.Pointer) int
func chancap(c unsafe.Pointer) int
func typeEqualVals(typ int, a, b unsafe.Pointer) bool
func ptrTo(typ int) int
func sliceOf(typ int) int
func typeFieldByName(typ int, name string) int
func typeMethodName(typ int, i int) string
func typeMethodType(typ int, i int) int
func typeIn(typ int, i int) int
func typeOut(typ int, i int) int
func typeNumIn(typ int) int
func typeNumOut(typ int) int
func typeVariadic(typ int) bool
func typeChanDir(typ int) int
func implements(ityp int, typ int) bool
func simAddr(p unsafe.Pointer) uintptr
func funcPC(fv unsafe.Pointer) uintptr
func callFunc(ft int, fv unsafe.Pointer, args []unsafe.Pointer, outs []unsafe.Pointer)
func callMethod(rtyp int, recv unsafe.Pointer, mi int, args []unsafe.Pointer, outs []unsafe.Pointer)
func methodByName(typ int, name string) int

// ValueOf returns a new Value initialized to the concrete value stored in the interface i.
// ValueOf(nil) returns the zero Value.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t, p := unpackEface(i)
	return Value{t, p, 0}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	id := typ.(*rtype).id
	return Value{id, unsafe_New(id), 0}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	id := typ.(*rtype).id
	p := unsafe_New(id)
	pt := ptrTo(id)
	box := unsafe_New(pt)
	*(*unsafe.Pointer)(box) = p
	return Value{pt, box, 0}
}

// NewAt returns a Value representing a pointer to a value of the specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	pt := ptrTo(typ.(*rtype).id)
	box := unsafe_New(pt)
	*(*unsafe.Pointer)(box) = p
	return Value{pt, box, 0}
}

// Indirect returns the value that v points to (v itself if v is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(ptrTo(t.(*rtype).id)) }

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(sliceOf(t.(*rtype).id)) }

func (v Value) kind() Kind {
	if v.typ == 0 {
		return Invalid
	}
	if v.flag&flagMethod != 0 {
		return Func
	}
	return Kind(typeKind(v.typ))
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.kind()})
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// Kind returns v's Kind. If v is the zero Value (IsValid returns false), Kind returns Invalid.
func (v Value) Kind() Kind { return v.kind() }

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != 0 }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return toType(typeMethodType(v.typ, int(v.flag>>methodShift)))
	}
	return toType(v.typ)
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return valueInterface(v)
}

func valueInterface(v Value) any {
	if v.flag&flagMethod != 0 {
		// a method value: a function of the method's type that calls the method on v's receiver
		// (Go's makeMethodValue: the code is a stub, methodValueCall, holding the receiver)
		mi := int(v.flag >> methodShift)
		ft := typeMethodType(v.typ, mi)
		recvTyp, recv := v.typ, v.ptr
		if Kind(typeKind(v.typ)) == Interface {
			name := typeMethodName(v.typ, mi)
			recvTyp, recv = unpackIface(v.typ, v.ptr)
			mi = methodByName(recvTyp, name)
		}
		fv := makeMethodValue(ft, recvTyp, recv, mi)
		return packEface(ft, unsafe.Pointer(&fv))
	}
	if v.kind() == Interface {
		t, p := unpackIface(v.typ, v.ptr)
		if t == 0 {
			return nil
		}
		return packEface(t, p)
	}
	return packEface(v.typ, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := ptrTo(v.typ)
	box := unsafe_New(pt)
	*(*unsafe.Pointer)(box) = v.ptr
	return Value{pt, box, v.flag & flagRO}
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t, p := unpackIface(v.typ, v.ptr)
		if t == 0 {
			return Value{}
		}
		return Value{t, p, v.flag & flagRO}
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typeElem(v.typ), p, v.flag&flagRO | flagAddr}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string; for other kinds "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes returns v's underlying value ([]byte or addressable [N]byte).
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if typeKind(typeElem(v.typ)) != int(Uint8) {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if typeKind(typeElem(v.typ)) != int(Uint8) {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), typeLen(v.typ))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Slice:
		return len(*(*[]byte)(v.ptr))
	case Array:
		return typeLen(v.typ)
	case String:
		return len(*(*string)(v.ptr))
	case Map:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	case Chan:
		return chanlen(*(*unsafe.Pointer)(v.ptr))
	case Pointer:
		if typeKind(typeElem(v.typ)) == int(Array) {
			return typeLen(typeElem(v.typ))
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Slice:
		return cap(*(*[]byte)(v.ptr))
	case Array:
		return typeLen(v.typ)
	case Chan:
		return chancap(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// Index returns v's i'th element. It panics if v's Kind is not Array, Slice, or String.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := typeLen(v.typ)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := typeElem(v.typ)
		return Value{et, unsafe.Add(v.ptr, i*typeSize(et)), v.flag}
	case Slice:
		s := (*[]byte)(v.ptr)
		if uint(i) >= uint(len(*s)) {
			panic("reflect: slice index out of range")
		}
		et := typeElem(v.typ)
		return Value{et, unsafe.Add(unsafe.Pointer(unsafe.SliceData(*s)), i*typeSize(et)), v.flag&flagRO | flagAddr}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = s[i]
		return Value{uint8Type(), unsafe.Pointer(b), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

var uint8ID int

func uint8Type() int {
	if uint8ID == 0 {
		uint8ID = typeIDOf(byte(0))
	}
	return uint8ID
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return typeNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(typeNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	_, pkg, typ, _, off, _ := typeField(v.typ, i)
	fl := v.flag
	if pkg != "" {
		fl |= flagRO
	}
	return Value{typ, unsafe.Add(v.ptr, off), fl}
}

// FieldByName returns the struct field with the given name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	i := typeFieldByName(v.typ, name)
	if i < 0 {
		return Value{}
	}
	return v.Field(i)
}

// IsNil reports whether its argument v is nil (chan, func, interface, map, pointer, slice).
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	switch v.kind() {
	case Float32, Float64:
		return v.Float() == 0 && !signbit(v.Float())
	case Slice, Map, Chan, Func, Pointer, UnsafePointer, Interface:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	n := typeSize(v.typ)
	for i := 0; i < n; i++ {
		if *(*byte)(unsafe.Add(v.ptr, i)) != 0 {
			return false
		}
	}
	return true
}

func signbit(f float64) bool { return 1/f < 0 }

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Func:
		return funcPC(*(*unsafe.Pointer)(v.ptr))
	case Pointer, Chan, Map, UnsafePointer, Slice:
		return simAddr(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return simAddr(v.ptr)
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	if x.typ == 0 {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if x.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if v.kind() == Interface {
		if x.kind() == Interface {
			t, p := unpackIface(x.typ, x.ptr)
			if t == 0 {
				*(*[2]unsafe.Pointer)(v.ptr) = [2]unsafe.Pointer{}
				return
			}
			x = Value{t, p, 0}
		}
		if !storeIface(v.typ, v.ptr, x.typ, x.ptr) {
			panic("reflect.Set: value of type " + typeString(x.typ) + " is not assignable to type " + typeString(v.typ))
		}
		return
	}
	if x.typ != v.typ && !typeAssignable(v.typ, x.typ) {
		panic("reflect.Set: value of type " + typeString(x.typ) + " is not assignable to type " + typeString(v.typ))
	}
	typedmemmove(v.typ, v.ptr, x.ptr)
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	p := v.ptr
	switch v.kind() {
	case Int:
		*(*int)(p) = int(x)
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	case Int64:
		*(*int64)(p) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	p := v.ptr
	switch v.kind() {
	case Uint:
		*(*uint)(p) = uint(x)
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	case Uint64:
		*(*uint64)(p) = x
	case Uintptr:
		*(*uintptr)(p) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe(Slice, "SetBytes")
	*(*[]byte)(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe(Slice, "SetLen")
	s := (*[3]int)(v.ptr)
	if uint(n) > uint(s[2]) {
		panic("reflect: slice length out of range in SetLen")
	}
	s[1] = n
}

// SetMapIndex sets the element associated with key in the map v to elem (deletes if elem is zero Value).
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	m := *(*unsafe.Pointer)(v.ptr)
	key = key.assignTo(typeKey(v.typ))
	if elem.typ == 0 {
		mapdelete(v.typ, m, key.ptr)
		return
	}
	elem = elem.assignTo(typeElem(v.typ))
	mapassign(v.typ, m, key.ptr, elem.ptr)
}

// assignTo returns x converted to type id t (interfaces boxed), or panics.
func (x Value) assignTo(t int) Value {
	if x.typ == t {
		return x
	}
	if typeKind(t) != int(Interface) && typeAssignable(t, x.typ) {
		return Value{t, x.ptr, x.flag}
	}
	if typeKind(t) == int(Interface) {
		p := unsafe_New(t)
		if x.kind() == Interface {
			it, ip := unpackIface(x.typ, x.ptr)
			if it == 0 {
				return Value{t, p, 0}
			}
			x = Value{it, ip, 0}
		}
		if storeIface(t, p, x.typ, x.ptr) {
			return Value{t, p, 0}
		}
	}
	panic("reflect.Value.assignTo: value of type " + typeString(x.typ) + " is not assignable to type " + typeString(t))
}

// MapIndex returns the value associated with key in the map v (the zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	m := *(*unsafe.Pointer)(v.ptr)
	key = key.assignTo(typeKey(v.typ))
	e := mapaccess(v.typ, m, key.ptr)
	if e == nil {
		return Value{}
	}
	et := typeElem(v.typ)
	c := unsafe_New(et)
	typedmemmove(et, c, e)
	return Value{et, c, v.flag & flagRO}
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	m := *(*unsafe.Pointer)(v.ptr)
	n := maplen(m)
	kv := make([]unsafe.Pointer, 2*n)
	n = mapfill(v.typ, m, kv)
	kt := typeKey(v.typ)
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		c := unsafe_New(kt)
		typedmemmove(kt, c, kv[2*i])
		out[i] = Value{kt, c, v.flag & flagRO}
	}
	return out
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m       Value
	hiter   hiter
	started bool
}

// hiter is the runtime's map iterator (src/runtime/map.ts, 96 bytes; pointer words first).
type hiter struct {
	key         unsafe.Pointer
	elem        unsafe.Pointer
	t           uintptr
	h           unsafe.Pointer
	buckets     unsafe.Pointer
	bptr        unsafe.Pointer
	overflow    unsafe.Pointer
	oldoverflow unsafe.Pointer
	rest        [4]uintptr
}

func mapiterinit(typ int, m unsafe.Pointer, it unsafe.Pointer)

func mapiternext(it unsafe.Pointer)

func mapclear(typ int, m unsafe.Pointer)

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "MapRange")
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if it.m.typ == 0 {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, *(*unsafe.Pointer)(it.m.ptr), unsafe.Pointer(&it.hiter))
	} else {
		if it.hiter.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(unsafe.Pointer(&it.hiter))
	}
	return it.hiter.key != nil
}

// Reset modifies iter to iterate over v.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "MapIter.Reset")
	}
	it.m = v
	it.hiter = hiter{}
	it.started = false
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	if !it.started {
		panic("MapIter.Key called before Next")
	}
	if it.hiter.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	kt := typeKey(it.m.typ)
	c := unsafe_New(kt)
	typedmemmove(kt, c, it.hiter.key)
	return Value{kt, c, it.m.flag & flagRO}
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	if !it.started {
		panic("MapIter.Value called before Next")
	}
	if it.hiter.key == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	et := typeElem(it.m.typ)
	c := unsafe_New(et)
	typedmemmove(et, c, it.hiter.elem)
	return Value{et, c, it.m.flag & flagRO}
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case Slice:
		s := *(*[3]int)(v.ptr)
		if i < 0 || j < i || j > s[2] {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := typeElem(v.typ)
		p := unsafe_New(v.typ)
		ns := (*[3]int)(p)
		base := *(*unsafe.Pointer)(v.ptr)
		*(*unsafe.Pointer)(p) = unsafe.Add(base, i*typeSize(et))
		ns[1] = j - i
		ns[2] = s[2] - i
		return Value{v.typ, p, v.flag & flagRO}
	case String:
		s := *(*string)(v.ptr)
		r := s[i:j]
		return Value{v.typ, unsafe.Pointer(&r), v.flag & flagRO}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		n := typeLen(v.typ)
		if i < 0 || j < i || j > n {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		et := typeElem(v.typ)
		st := sliceOf(et)
		p := unsafe_New(st)
		ns := (*[3]int)(p)
		*(*unsafe.Pointer)(p) = unsafe.Add(v.ptr, i*typeSize(et))
		ns[1] = j - i
		ns[2] = n - i
		return Value{st, p, v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Slice", v.kind()})
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(v.typ)
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	if v.typ == 0 {
		return true
	}
	return typeComparable(v.typ)
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	if v.kind() == Interface {
		v = v.Elem()
	}
	if u.kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.typ != u.typ {
		return false
	}
	if !typeComparable(v.typ) {
		panic("reflect.Value.Equal: values of type " + typeString(v.typ) + " are not comparable")
	}
	return typeEqualVals(v.typ, v.ptr, u.ptr)
}

// Convert returns the value v converted to type t (numeric, string and identical-underlying kinds).
func (v Value) Convert(t Type) Value {
	id := t.(*rtype).id
	p := unsafe_New(id)
	out := Value{id, p, flagAddr}
	k := Kind(typeKind(id))
	switch {
	case isInt(k) && isInt(v.kind()):
		out.SetInt(v.Int())
	case isInt(k) && isUint(v.kind()):
		out.SetInt(int64(v.Uint()))
	case isInt(k) && isFloat(v.kind()):
		out.SetInt(int64(v.Float()))
	case isUint(k) && isInt(v.kind()):
		out.SetUint(uint64(v.Int()))
	case isUint(k) && isUint(v.kind()):
		out.SetUint(v.Uint())
	case isUint(k) && isFloat(v.kind()):
		out.SetUint(uint64(v.Float()))
	case isFloat(k) && isInt(v.kind()):
		out.SetFloat(float64(v.Int()))
	case isFloat(k) && isUint(v.kind()):
		out.SetFloat(float64(v.Uint()))
	case isFloat(k) && isFloat(v.kind()):
		out.SetFloat(v.Float())
	case k == String && isInt(v.kind()):
		out.SetString(string(rune(v.Int())))
	case k == String && v.kind() == Slice && typeKind(typeElem(v.typ)) == int(Uint8):
		out.SetString(string(v.Bytes()))
	case k == Slice && v.kind() == String && typeKind(typeElem(id)) == int(Uint8):
		*(*[]byte)(p) = []byte(v.String())
	case k == Interface:
		x := v
		if x.kind() == Interface {
			it, ip := unpackIface(x.typ, x.ptr)
			x = Value{it, ip, 0}
		}
		if x.typ != 0 && !storeIface(id, p, x.typ, x.ptr) {
			panic("reflect.Value.Convert: value of type " + typeString(v.typ) + " cannot be converted to type " + t.String())
		}
	case k == v.kind() && typeSize(id) == typeSize(v.typ):
		typedmemmove(id, p, v.ptr)
	default:
		panic("reflect.Value.Convert: value of type " + typeString(v.typ) + " cannot be converted to type " + t.String())
	}
	out.flag = v.flag & flagRO
	return out
}

func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool { return isInt(v.kind()) }

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool { return isUint(v.kind()) }

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool { return isFloat(v.kind()) }

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	bits := uint(typeSize(v.typ) * 8)
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	bits := uint(typeSize(v.typ) * 8)
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "Append")
	et := typeElem(s.typ)
	sz := typeSize(et)
	old := *(*[3]int)(s.ptr)
	n := old[1] + len(x)
	p := unsafe_New(s.typ)
	base := *(*unsafe.Pointer)(s.ptr)
	if n > old[2] {
		c := old[2] * 2
		if c < n {
			c = n
		}
		arr := MakeSlice(toType(s.typ), c, c)
		nb := *(*unsafe.Pointer)(arr.ptr)
		for i := 0; i < old[1]; i++ {
			typedmemmove(et, unsafe.Add(nb, i*sz), unsafe.Add(base, i*sz))
		}
		base = nb
		old[2] = c
	}
	*(*unsafe.Pointer)(p) = base
	(*[3]int)(p)[1] = n
	(*[3]int)(p)[2] = old[2]
	out := Value{s.typ, p, 0}
	for i, e := range x {
		out.Index(old[1] + i).Set(e.assignTo(et))
	}
	return out
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	id := typ.(*rtype).id
	if Kind(typeKind(id)) != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 || cap < len {
		panic("reflect.MakeSlice: len out of range")
	}
	et := typeElem(id)
	p := unsafe_New(id)
	var base unsafe.Pointer
	if cap > 0 {
		base = newarray(et, cap)
	}
	*(*unsafe.Pointer)(p) = base
	(*[3]int)(p)[1] = len
	(*[3]int)(p)[2] = cap
	return Value{id, p, 0}
}

func newarray(elem int, n int) unsafe.Pointer

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	id := typ.(*rtype).id
	if Kind(typeKind(id)) != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	p := unsafe_New(id)
	*(*unsafe.Pointer)(p) = makemap(id, n)
	return Value{id, p, 0}
}

// Copy copies the contents of src into dst until either dst has been filled or src has been exhausted.
func Copy(dst, src Value) int {
	n := dst.Len()
	if src.Len() < n {
		n = src.Len()
	}
	for i := 0; i < n; i++ {
		dst.Index(i).Set(src.Index(i))
	}
	return n
}

// Swapper is in package sort's natives; reflect.Swapper is provided for completeness.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	et := typeElem(v.typ)
	tmp := unsafe_New(et)
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		typedmemmove(et, tmp, a.ptr)
		typedmemmove(et, a.ptr, b.ptr)
		typedmemmove(et, b.ptr, tmp)
	}
}

// StringHeader is the runtime representation of a string (deprecated).
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice (deprecated).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// Method returns a function value corresponding to v's i'th method (exported methods, sorted).
func (v Value) Method(i int) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(typeNumMethod(v.typ)) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{v.typ, v.ptr, v.flag&flagRO | flagMethod | flag(i)<<methodShift}
}

// MethodByName returns a function value corresponding to the method of v with the given name
// (the zero Value if none).
func (v Value) MethodByName(name string) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Func})
	}
	i := methodByName(v.typ, name)
	if i < 0 {
		return Value{}
	}
	return v.Method(i)
}

// Call calls the function v with the input arguments in. Variadic functions take their extra
// arguments one by one, like Go.
func (v Value) Call(in []Value) []Value {
	if v.kind() != Func {
		panic(&ValueError{"reflect.Value.Call", v.kind()})
	}
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the slice
// in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	if v.kind() != Func {
		panic(&ValueError{"reflect.Value.CallSlice", v.kind()})
	}
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	recvTyp, recv := v.typ, v.ptr
	mi := -1
	ft := v.typ
	if v.flag&flagMethod != 0 {
		mi = int(v.flag >> methodShift)
		ft = typeMethodType(v.typ, mi)
		if Kind(typeKind(v.typ)) == Interface {
			name := typeMethodName(v.typ, mi)
			recvTyp, recv = unpackIface(v.typ, v.ptr)
			mi = methodByName(recvTyp, name)
		}
	}
	n := typeNumIn(ft)
	isVariadic := typeVariadic(ft)
	if op == "CallSlice" {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) != n {
			panic("reflect: CallSlice with too few input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
		if isVariadic {
			st := typeIn(ft, n)
			extra := MakeSlice(toType(st), len(in)-n, len(in)-n)
			et := typeElem(st)
			for i := n; i < len(in); i++ {
				extra.Index(i - n).Set(in[i].assignTo(et))
			}
			in = append(in[:n:n], extra)
			n++
		}
	}
	args := make([]unsafe.Pointer, n)
	for i := 0; i < n; i++ {
		if in[i].typ == 0 {
			panic("reflect: " + op + " using zero Value argument")
		}
		args[i] = in[i].assignTo(typeIn(ft, i)).ptr
	}
	nout := typeNumOut(ft)
	outs := make([]unsafe.Pointer, nout)
	for i := range outs {
		outs[i] = unsafe_New(typeOut(ft, i))
	}
	if mi >= 0 {
		callMethod(recvTyp, recv, mi, args, outs)
	} else {
		fv := *(*unsafe.Pointer)(v.ptr)
		if fv == nil {
			panic("reflect: call of nil function")
		}
		callFunc(ft, fv, args, outs)
	}
	ret := make([]Value, nout)
	for i := range ret {
		ret[i] = Value{typeOut(ft, i), outs[i], 0}
	}
	return ret
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		et := typeElem(v.typ)
		sz := typeSize(et)
		s := *(*[3]int)(v.ptr)
		base := *(*unsafe.Pointer)(v.ptr)
		z := unsafe_New(et)
		for i := 0; i < s[1]; i++ {
			typedmemmove(et, unsafe.Add(base, i*sz), z)
		}
	case Map:
		mapclear(v.typ, *(*unsafe.Pointer)(v.ptr))
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

func makeFuncStub(typ int, fn func([]Value) []Value) unsafe.Pointer

// MakeFunc returns a new function of the given Type that wraps the function fn. When called, that
// new function converts its arguments to a slice of Values, runs fn, and returns fn's results.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ == nil || typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	id := typ.(*rtype).id
	fv := makeFuncStub(id, fn)
	p := unsafe_New(id)
	*(*unsafe.Pointer)(p) = fv
	return Value{id, p, 0}
}

func methodFuncType(typ int, i int) int

func makeMethodValue(ft int, rtyp int, recv unsafe.Pointer, mi int) unsafe.Pointer

func methodFuncCode(typ int, i int) unsafe.Pointer

// methodFunc is Method.Func of a Type: a function taking the receiver first (a method expression);
// like Go, its code is the method's own code.
func methodFunc(typ int, i int) Value {
	if Kind(typeKind(typ)) == Interface {
		return Value{}
	}
	ftid := methodFuncType(typ, i)
	if code := methodFuncCode(typ, i); code != nil {
		p := unsafe_New(ftid)
		*(*unsafe.Pointer)(p) = code
		return Value{ftid, p, 0}
	}
	ft := toType(ftid)
	return MakeFunc(ft, func(in []Value) []Value {
		m := in[0].Method(i)
		if ft.IsVariadic() {
			return m.CallSlice(in[1:])
		}
		return m.Call(in[1:])
	})
}
