// Package metrics provides a stable interface to access implementation-defined metrics exported by
// the Go runtime (mirrors $GOROOT/src/runtime/metrics: Go 1.23's names, kinds and semantics; see
// description.go). The values come from the simulated runtime (src/runtime/metrics.ts): the
// allocator's and collector's own counters, so they agree with runtime.MemStats the way Go's do.
package metrics

import "unsafe"

// Sample captures a single metric sample.
type Sample struct {
	// Name is the name of the metric sampled.
	//
	// It must correspond to a name in one of the metric descriptions returned by All.
	Name string

	// Value is the value of the metric sample.
	Value Value
}

// Read populates each [Value] field in the given slice of metric samples.
//
// Desired metrics should be present in the slice with the appropriate name. The user of this API
// is encouraged to re-use the same slice between calls for efficiency, but is not required to do
// so: a histogram value's Counts slice is reused when it has the right length, and its Buckets
// slice is shared by every histogram with the same buckets.
//
// Sample values with names not appearing in [All] will have their Value populated as KindBad to
// indicate that the name is unknown.
func Read(m []Sample) {
	_ = m[0] // as Go's runtime_readMetrics(unsafe.Pointer(&m[0]), …): an empty slice panics
	for i := range m {
		s := &m[i]
		kind, scalar, bucketSet, n := readMetric(s.Name)
		if kind != KindFloat64Histogram {
			s.Value = Value{kind: kind, scalar: scalar}
			continue
		}
		var h *Float64Histogram
		if s.Value.kind == KindFloat64Histogram && s.Value.pointer != nil {
			h = (*Float64Histogram)(s.Value.pointer)
		} else {
			h = new(Float64Histogram)
		}
		h.Buckets = buckets(bucketSet)
		if len(h.Counts) != n {
			h.Counts = make([]uint64, n)
		}
		readHistogram(s.Name, h.Counts)
		s.Value = Value{kind: kind, pointer: unsafe.Pointer(h)}
	}
}

// The runtime's bucket sets (Go's timeHistBuckets and sizeClassBuckets), made on first use.
var timeBuckets, sizeBuckets []float64

func buckets(set int) []float64 {
	p := &timeBuckets
	if set == 2 {
		p = &sizeBuckets
	}
	if *p == nil {
		b := make([]float64, bucketCount(set))
		fillBuckets(set, b)
		*p = b
	}
	return *p
}

// Implemented in the runtime (src/runtime/metrics.ts readMetric).

// readMetric: the metric's kind (KindBad for an unknown name), its scalar value (a uint64, or a
// float64's bits), and for a histogram its bucket set (1 = time, 2 = size classes) and count.
func readMetric(name string) (kind ValueKind, scalar uint64, bucketSet int, n int)

// readHistogram fills counts (of the length readMetric gave) for a histogram metric.
func readHistogram(name string, counts []uint64)

func bucketCount(set int) int

func fillBuckets(set int, b []float64)
