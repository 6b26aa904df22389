// Package iter mirrors $GOROOT/src/iter/iter.go: the Seq and Seq2 iterator function types (Pull is
// not provided yet: it needs coroutines, issue 4).
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
