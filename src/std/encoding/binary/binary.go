// Package binary implements translation between numbers and byte sequences and encoding and
// decoding of varints (mirrors $GOROOT/src/encoding/binary/binary.go and varint.go; Read/Write/
// Size handle fixed-size values through reflect).
package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// A ByteOrder specifies how to convert byte slices into unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append 16-, 32-, or 64-bit unsigned integers into a byte slice.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and AppendByteOrder.
var BigEndian bigEndian

// NativeEndian is the native-endian implementation of ByteOrder (little-endian on amd64).
var NativeEndian littleEndian

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24), byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[7-i] = byte(v >> (8 * i))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// MaxVarintLenN is the maximum length of a varint-encoded N-bit integer.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint-encoded form of x to buf and returns the extended buffer.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint encodes a uint64 into buf and returns the number of bytes written.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a uint64 from buf and returns that value and the number of bytes read (> 0).
// n == 0: buf too small; n < 0: value larger than 64 bits (overflow), -n bytes read.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// AppendVarint appends the varint-encoded form of x to buf and returns the extended buffer.
func AppendVarint(buf []byte, x int64) []byte {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return AppendUvarint(buf, ux)
}

// PutVarint encodes an int64 into buf and returns the number of bytes written.
func PutVarint(buf []byte, x int64) int {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return PutUvarint(buf, ux)
}

// Varint decodes an int64 from buf and returns that value and the number of bytes read (> 0).
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads an encoded unsigned integer from r and returns it as a uint64.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads an encoded signed integer from r and returns it as an int64.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, err
}

// Size returns how many bytes Write would generate to encode the value v (-1 if v is not a
// fixed-size value or a slice of fixed-size values, or a pointer to such data).
func Size(v any) int {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if !rv.IsValid() {
		return -1
	}
	if rv.Kind() == reflect.Slice {
		s := sizeof(rv.Type().Elem())
		if s < 0 {
			return -1
		}
		return s * rv.Len()
	}
	return sizeof(rv.Type())
}

func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeof(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i, n := 0, t.NumField(); i < n; i++ {
			s := sizeof(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Float32, reflect.Float64:
		return int(t.Size())
	}
	return -1
}

// Write writes the binary representation of data into w (fixed-size values, slices of them,
// and pointers to such data).
func Write(w io.Writer, order ByteOrder, data any) error {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := Size(data)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	buf := make([]byte, 0, size)
	buf = encodeValue(buf, order, v)
	_, err := w.Write(buf)
	return err
}

// Append appends the binary representation of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	if Size(data) < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + reflect.TypeOf(data).String())
	}
	return encodeValue(buf, order, reflect.Indirect(reflect.ValueOf(data))), nil
}

func encodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	var tmp [8]byte
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, order, v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			b = encodeValue(b, order, v.Field(i))
		}
	case reflect.Bool:
		if v.Bool() {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	case reflect.Int8, reflect.Uint8:
		b = append(b, byte(bits64(v)))
	case reflect.Int16, reflect.Uint16:
		order.PutUint16(tmp[:2], uint16(bits64(v)))
		b = append(b, tmp[:2]...)
	case reflect.Int32, reflect.Uint32:
		order.PutUint32(tmp[:4], uint32(bits64(v)))
		b = append(b, tmp[:4]...)
	case reflect.Int64, reflect.Uint64:
		order.PutUint64(tmp[:8], bits64(v))
		b = append(b, tmp[:8]...)
	case reflect.Float32:
		order.PutUint32(tmp[:4], math.Float32bits(float32(v.Float())))
		b = append(b, tmp[:4]...)
	case reflect.Float64:
		order.PutUint64(tmp[:8], math.Float64bits(v.Float()))
		b = append(b, tmp[:8]...)
	}
	return b
}

func bits64(v reflect.Value) uint64 {
	if v.CanInt() {
		return uint64(v.Int())
	}
	return v.Uint()
}

// Read reads structured binary data from r into data, which must be a pointer to a fixed-size
// value or a slice of fixed-size values.
func Read(r io.Reader, order ByteOrder, data any) error {
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = sizeof(v.Type())
	case reflect.Slice:
		size = Size(data)
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeValue(buf, order, v)
	return nil
}

// Decode decodes binary data from buf into data; it returns the number of bytes consumed.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = sizeof(v.Type())
	case reflect.Slice:
		size = Size(data)
	}
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + reflect.TypeOf(data).String())
	}
	if len(buf) < size {
		return 0, errors.New("binary: buffer too small")
	}
	decodeValue(buf, order, v)
	return size, nil
}

func decodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = decodeValue(b, order, v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			b = decodeValue(b, order, v.Field(i))
		}
	case reflect.Bool:
		v.SetBool(b[0] != 0)
		b = b[1:]
	case reflect.Int8:
		v.SetInt(int64(int8(b[0])))
		b = b[1:]
	case reflect.Uint8:
		v.SetUint(uint64(b[0]))
		b = b[1:]
	case reflect.Int16:
		v.SetInt(int64(int16(order.Uint16(b))))
		b = b[2:]
	case reflect.Uint16:
		v.SetUint(uint64(order.Uint16(b)))
		b = b[2:]
	case reflect.Int32:
		v.SetInt(int64(int32(order.Uint32(b))))
		b = b[4:]
	case reflect.Uint32:
		v.SetUint(uint64(order.Uint32(b)))
		b = b[4:]
	case reflect.Int64:
		v.SetInt(int64(order.Uint64(b)))
		b = b[8:]
	case reflect.Uint64:
		v.SetUint(order.Uint64(b))
		b = b[8:]
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(order.Uint32(b))))
		b = b[4:]
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(order.Uint64(b)))
		b = b[8:]
	}
	return b
}
