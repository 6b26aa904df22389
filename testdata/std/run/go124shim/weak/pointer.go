// Package weak: Go 1.24's weak API for the Go 1.23 oracle, over the runtime's internal/weak hooks.
package weak

import (
	"runtime"
	"unsafe"
)

type Pointer[T any] struct {
	_ [0]*T
	u unsafe.Pointer
}

func Make[T any](ptr *T) Pointer[T] {
	var u unsafe.Pointer
	if ptr != nil {
		u = runtime_registerWeakPointer(unsafe.Pointer(ptr))
	}
	runtime.KeepAlive(ptr)
	return Pointer[T]{u: u}
}

func (p Pointer[T]) Value() *T {
	if p.u == nil {
		return nil
	}
	return (*T)(runtime_makeStrongFromWeak(p.u))
}

//go:linkname runtime_registerWeakPointer internal/weak.runtime_registerWeakPointer
func runtime_registerWeakPointer(unsafe.Pointer) unsafe.Pointer

//go:linkname runtime_makeStrongFromWeak internal/weak.runtime_makeStrongFromWeak
func runtime_makeStrongFromWeak(unsafe.Pointer) unsafe.Pointer
