// Package subtle: functions whose running time does not depend on the secret data they handle
// (the API of $GOROOT/src/crypto/subtle: constant-time comparisons and XORBytes).
package subtle

import "unsafe"

// ConstantTimeCompare returns 1 when x and y have equal contents, 0 otherwise (also for different
// lengths). Its time depends only on the lengths.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var diff byte
	for i := range x {
		diff |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(diff, 0)
}

// ConstantTimeSelect returns x when v is 1 and y when v is 0 (other v: undefined).
func ConstantTimeSelect(v, x, y int) int { return ^(v-1)&x | (v-1)&y }

// ConstantTimeByteEq returns 1 when x == y, else 0.
func ConstantTimeByteEq(x, y uint8) int {
	return int((uint32(x^y) - 1) >> 31)
}

// ConstantTimeEq returns 1 when x == y, else 0.
func ConstantTimeEq(x, y int32) int {
	return int((uint64(uint32(x^y)) - 1) >> 63)
}

// ConstantTimeCopy copies y into x (same length) when v is 1 and leaves x alone when v is 0.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	keep := byte(v - 1) // 0x00 to copy, 0xff to keep
	take := ^keep
	for i := range x {
		x[i] = x[i]&keep | y[i]&take
	}
}

// ConstantTimeLessOrEq returns 1 when x <= y, else 0 (x and y must be in [0, 2**31-1]).
func ConstantTimeLessOrEq(x, y int) int {
	d := int32(x) - int32(y) - 1
	return int((d >> 31) & 1)
}

// XORBytes sets dst[i] = x[i] ^ y[i] for i < n = min(len(x), len(y)) and returns n. It panics if
// dst is shorter than n, or if dst overlaps x or y other than exactly (same start).
func XORBytes(dst, x, y []byte) int {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	if n == 0 {
		return 0
	}
	if n > len(dst) {
		panic("subtle.XORBytes: dst too short")
	}
	if badOverlap(dst[:n], x[:n]) || badOverlap(dst[:n], y[:n]) {
		panic("subtle.XORBytes: invalid overlap")
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}

// badOverlap: a and b share memory but do not start at the same byte.
func badOverlap(a, b []byte) bool {
	pa, pb := uintptr(unsafe.Pointer(&a[0])), uintptr(unsafe.Pointer(&b[0]))
	return pa != pb && pa < pb+uintptr(len(b)) && pb < pa+uintptr(len(a))
}
