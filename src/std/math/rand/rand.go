// Package rand mirrors the API of $GOROOT/src/math/rand (rand.go). The generator is a 64-bit
// PCG-style generator, not Go's additive lagged Fibonacci source: seeded sequences
// (rand.New(rand.NewSource(s))) differ from Go's; the top-level functions are randomly seeded
// like Go 1.20+, so their output is unpredictable in both.
package rand

import "math"

// A Source represents a source of uniformly-distributed pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

type pcgSource struct {
	state uint64
	inc   uint64
}

func (s *pcgSource) Seed(seed int64) {
	s.state = 0
	s.inc = uint64(seed)<<1 | 1
	s.Uint64()
	s.state += uint64(seed) ^ 0x853c49e6748fea9b
	s.Uint64()
}

func (s *pcgSource) Uint64() uint64 {
	// splitmix64 over a Weyl sequence: full period, good mixing
	s.state += 0x9e3779b97f4a7c15 + s.inc
	z := s.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (s *pcgSource) Int63() int64 { return int64(s.Uint64() & (1<<63 - 1)) }

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source {
	s := &pcgSource{}
	s.Seed(seed)
	return s
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int     { return int(uint(r.Int63())) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
again:
	f := float64(r.Int63()) / (1 << 63)
	if f == 1 {
		goto again
	}
	return f
}

func (r *Rand) Float32() float32 {
again:
	f := float32(r.Float64())
	if f == 1 {
		goto again
	}
	return f
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * math.Sqrt(-2*math.Log(s)/s)
		}
	}
}

func (r *Rand) ExpFloat64() float64 {
	return -math.Log(1 - r.Float64())
}

// runtimeSeed returns a random seed from the host (native).
func runtimeSeed() int64

var globalRand = New(NewSource(runtimeSeed()))

// Seed uses the provided seed value to initialize the default Source (deprecated).
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64                    { return globalRand.Int63() }
func Uint32() uint32                  { return globalRand.Uint32() }
func Uint64() uint64                  { return globalRand.Uint64() }
func Int31() int32                    { return globalRand.Int31() }
func Int() int                        { return globalRand.Int() }
func Int63n(n int64) int64            { return globalRand.Int63n(n) }
func Int31n(n int32) int32            { return globalRand.Int31n(n) }
func Intn(n int) int                  { return globalRand.Intn(n) }
func Float64() float64                { return globalRand.Float64() }
func Float32() float32                { return globalRand.Float32() }
func Perm(n int) []int                { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64            { return globalRand.NormFloat64() }
func ExpFloat64() float64             { return globalRand.ExpFloat64() }
