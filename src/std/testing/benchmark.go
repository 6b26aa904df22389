package testing

import (
	"fmt"
	"runtime"
	"time"
)

// B is the type passed to Benchmark functions: run the measured code b.N times.
type B struct {
	common
	N          int
	timerOn    bool
	startAt    time.Time
	elapsed    time.Duration
	startAlloc uint64
	startBytes uint64
	netAllocs  uint64
	netBytes   uint64
	bytes      int64
	reportMem  bool
	extra      map[string]float64
	benchTime  time.Duration
}

// StartTimer starts timing (and counting allocations); benchmarks start with the timer on.
func (b *B) StartTimer() {
	if b.timerOn {
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.startAlloc, b.startBytes = ms.Mallocs, ms.TotalAlloc
	b.startAt = time.Now()
	b.timerOn = true
}

// StopTimer stops timing; StartTimer resumes it.
func (b *B) StopTimer() {
	if !b.timerOn {
		return
	}
	b.elapsed += time.Since(b.startAt)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.netAllocs += ms.Mallocs - b.startAlloc
	b.netBytes += ms.TotalAlloc - b.startBytes
	b.timerOn = false
}

// ResetTimer zeroes the elapsed time and allocation counts (the timer keeps its state).
func (b *B) ResetTimer() {
	if b.timerOn {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.startAlloc, b.startBytes = ms.Mallocs, ms.TotalAlloc
		b.startAt = time.Now()
	}
	b.elapsed, b.netAllocs, b.netBytes = 0, 0, 0
}

// SetBytes records the bytes processed per operation (for MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs makes the result include allocation figures.
func (b *B) ReportAllocs() { b.reportMem = true }

// ReportMetric adds a custom metric per operation to the result.
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// Elapsed returns the measured time so far.
func (b *B) Elapsed() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.startAt)
	}
	return d
}

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(f func(b *B), n int) {
	runtime.GC()
	b.N = n
	b.timerOn = false
	b.ResetTimer()
	b.StartTimer()
	done := make(chan bool, 1)
	go func() {
		defer func() { done <- true }()
		f(b)
	}()
	<-done
	b.StopTimer()
}

// BenchmarkResult holds the figures of one benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the time per iteration in ns.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the allocations per iteration.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the bytes allocated per iteration.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the summary line without the name: "N\tns/op".
func (r BenchmarkResult) String() string {
	s := fmt.Sprintf("%8d\t%10d ns/op", r.N, r.NsPerOp())
	if r.Bytes > 0 && r.T > 0 {
		s += fmt.Sprintf("\t%7.2f MB/s", float64(r.Bytes)*float64(r.N)/1e6/r.T.Seconds())
	}
	return s
}

// MemString is the allocation part of the summary: "B/op\tallocs/op".
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// Benchmark runs f with growing b.N until it has run for the benchmark time (1s by default) and
// returns the result. The clock is the program's: with the simulated runtime's virtual clock,
// which computation does not advance, N stops growing at one million.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{common: common{name: "Benchmark"}, benchTime: time.Second}
	if benchTime != nil {
		b.benchTime = *benchTime
	}
	n := 1
	b.runN(f, n)
	for b.elapsed < b.benchTime && n < 1e9 {
		last := n
		per := int64(0)
		if b.elapsed > 0 {
			per = b.elapsed.Nanoseconds() / int64(n)
		}
		if per > 0 {
			n = int(b.benchTime.Nanoseconds() / per * 6 / 5)
		} else {
			n = last * 100
		}
		if n > last*100 {
			n = last * 100
		}
		if n <= last {
			n = last + 1
		}
		if per == 0 && n > 1e6 {
			break
		}
		b.runN(f, n)
	}
	return BenchmarkResult{N: b.N, T: b.elapsed, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes, Extra: b.extra}
}
