// Package go124 stands in for Go 1.24's runtime.AddCleanup when the oracle is Go 1.23: the same
// API and panics, implemented with one runtime.SetFinalizer per object (which must be the start of
// an allocation of non-zero size). The finalizer runs the object's cleanups on the finalizer
// goroutine after the object became unreachable, as AddCleanup's do; unlike a real cleanup the
// object is freed one cycle later (not observable in the test programs' output).
package go124

import (
	"reflect"
	"runtime"
	"sync"
	"unsafe"
)

type Cleanup struct {
	id  uint64
	ptr uintptr
}

type entry struct {
	id uint64
	fn func()
}

var (
	mu     sync.Mutex
	nextID uint64
	byObj  = map[uintptr][]entry{}
)

func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	if k := reflect.TypeOf((*S)(nil)).Elem().Kind(); k == reflect.Pointer || k == reflect.UnsafePointer {
		if unsafe.Pointer(ptr) == *((*unsafe.Pointer)(unsafe.Pointer(&arg))) {
			panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
		}
	}
	key := uintptr(unsafe.Pointer(ptr))
	mu.Lock()
	nextID++
	id := nextID
	first := len(byObj[key]) == 0
	byObj[key] = append(byObj[key], entry{id, func() { cleanup(arg) }})
	mu.Unlock()
	if first {
		runtime.SetFinalizer(ptr, func(*T) {
			mu.Lock()
			list := byObj[key]
			delete(byObj, key)
			mu.Unlock()
			for _, e := range list {
				e.fn()
			}
		})
	}
	return Cleanup{id, key}
}

func (c Cleanup) Stop() {
	mu.Lock()
	defer mu.Unlock()
	list := byObj[c.ptr]
	for i, e := range list {
		if e.id == c.id {
			byObj[c.ptr] = append(list[:i:i], list[i+1:]...)
			return
		}
	}
}
