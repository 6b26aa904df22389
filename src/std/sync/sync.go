// Package sync mirrors the API of $GOROOT/src/sync: Mutex, RWMutex, WaitGroup, Once, OnceFunc,
// OnceValue, Pool, Map. Single-goroutine-safe for now (no blocking); issue 4 makes them block on the
// scheduler.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

func fatal(s string) { panic(s) }

// Lock locks m.
func (m *Mutex) Lock() {
	if m.state != 0 {
		fatal("sync: Lock of locked mutex with no other goroutine to unlock it (goroutines arrive in issue 4)")
	}
	m.state = 1
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state != 0 {
		return false
	}
	m.state = 1
	return true
}

// Unlock unlocks m.
func (m *Mutex) Unlock() {
	if m.state == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state = 0
}

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock() { rw.readerCount++ }

func (rw *RWMutex) TryRLock() bool {
	if rw.w.state != 0 {
		return false
	}
	rw.readerCount++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readerCount <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerCount--
}

func (rw *RWMutex) Lock() { rw.w.Lock() }

func (rw *RWMutex) TryLock() bool { return rw.readerCount == 0 && rw.w.TryLock() }

func (rw *RWMutex) Unlock() {
	if rw.w.state == 0 {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements Lock/Unlock by calling RLock/RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	v := int64(wg.state) + int64(delta)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	wg.state = uint64(v)
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.state != 0 {
		fatal("sync: WaitGroup.Wait with a nonzero counter and no other goroutine (goroutines arrive in issue 4)")
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this Once.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// OnceValue returns a function that invokes f only once and returns the value returned by f.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var result T
	return func() T {
		once.Do(func() { result = f() })
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the values returned by f.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var r1 T1
	var r2 T2
	return func() (T1, T2) {
		once.Do(func() { r1, r2 = f() })
		return r1, r2
	}
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	items []any
	// New optionally specifies a function to generate a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map is like a Go map[any]any but is safe for concurrent use.
type Map struct {
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	if loaded {
		m.Delete(key)
	}
	return
}

func (m *Map) Delete(key any) {
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

func (m *Map) Range(f func(key, value any) bool) {
	keys := append([]any(nil), m.keys...)
	for _, k := range keys {
		v, ok := m.m[k]
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	m.m = nil
	m.keys = nil
}
