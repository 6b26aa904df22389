// Package fmt mirrors $GOROOT/src/fmt/print.go and errors.go: the printing API in Go, the
// formatting engine native (natives.ts: doPrint, doPrintln, doPrintf read the operands in memory by
// their type descriptors). Methods (Error, String, GoString, Format) are called back through
// callMethod/callFormat below, so interface dispatch and recover are ordinary compiled Go.
package fmt

import (
	"errors"
	"io"
	"os"
	"runtime"
)

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (the %#v format).
type GoStringer interface {
	GoString() string
}

// pp is the printer state. Its layout is part of the native contract (natives.ts, PP_* offsets):
// buf 0, wrapErrs 24, wrapMask 32, wid 40, prec 48, flags 56, next 64. It is padded to the size of
// Go 1.23's fmt.pp (208 bytes) so that allocating one costs what it costs in Go.
type pp struct {
	buf      []byte
	wrapErrs bool
	wrapMask uint64
	wid      int
	prec     int
	flags    uint32
	next     *pp
	_        [136]byte
}

// poolLocal mirrors the size and pointer shape of sync.Pool's per-P poolLocal (128 bytes): Go's
// printers come from a sync.Pool, whose first Get allocates one per P plus an allPools entry.
type poolLocal struct {
	private any
	shared  [2]*byte
	_       [96]byte
}

var ppPoolLocal []poolLocal
var allPools []*[]poolLocal

const (
	flagMinus = 1 << iota
	flagPlus
	flagSharp
	flagSpace
	flagZero
	flagWidPresent
	flagPrecPresent
)

var ppFree *pp

func newPrinter() *pp {
	p := ppFree
	if p != nil {
		ppFree = p.next
		p.next = nil
	} else {
		if ppPoolLocal == nil { // sync.Pool's pinSlow on the pool's first use
			ppPoolLocal = make([]poolLocal, runtime.GOMAXPROCS(0))
			allPools = append(allPools, &ppPoolLocal)
		}
		p = new(pp)
	}
	p.wrapErrs = false
	p.wrapMask = 0
	p.buf = p.buf[:0]
	return p
}

func (p *pp) free() {
	if cap(p.buf) > 64*1024 {
		p.buf = nil
	} else {
		p.buf = p.buf[:0]
	}
	p.next = ppFree
	ppFree = p
}

// Write implements State: appends b to the output.
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString implements io.StringWriter.
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.flags&flagWidPresent != 0 }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.flags&flagPrecPresent != 0 }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.flags&flagMinus != 0
	case '+':
		return p.flags&flagPlus != 0
	case '#':
		return p.flags&flagSharp != 0
	case ' ':
		return p.flags&flagSpace != 0
	case '0':
		return p.flags&flagZero != 0
	}
	return false
}

// The formatting engine (natives.ts). They append to p.buf.
func doPrint(p *pp, a []any)
func doPrintln(p *pp, a []any)
func doPrintf(p *pp, format string, a []any)

// callMethod is called by the native printer to run v.Error() (which 0), v.String() (1) or
// v.GoString() (2), catching a panic in the method like fmt's catchPanic.
func callMethod(v any, which int) (s string, pv any, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			pv = r
			panicked = true
		}
	}()
	switch which {
	case 0:
		s = v.(error).Error()
	case 1:
		s = v.(Stringer).String()
	default:
		s = v.(GoStringer).GoString()
	}
	return
}

// callFormat is called by the native printer to run v.Format(p, verb) (p's buf collects the output).
func callFormat(v any, p *pp, verb rune) (pv any, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			pv = r
			panicked = true
		}
	}()
	v.(Formatter).Format(p, verb)
	return
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	doPrintf(p, format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	doPrintf(p, format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	doPrintf(p, format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint formats using the default formats and writes to w. Spaces are added between operands
// when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	doPrint(p, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats and returns the resulting string.
func Sprint(a ...any) string {
	p := newPrinter()
	doPrint(p, a)
	s := string(p.buf)
	p.free()
	return s
}

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	doPrint(p, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln formats using the default formats and writes to w; spaces always separate operands
// and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	doPrintln(p, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println formats using the default formats and writes to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats and returns the resulting string.
func Sprintln(a ...any) string {
	p := newPrinter()
	doPrintln(p, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln formats using the default formats, appends the result to b and returns it.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	doPrintln(p, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With one %w verb the error implements Unwrap() error; with several,
// Unwrap() []error.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	doPrintf(p, format, a)
	s := string(p.buf)
	var err error
	mask := p.wrapMask
	switch {
	case mask == 0:
		err = errors.New(s)
	case mask&(mask-1) == 0:
		w := &wrapError{msg: s}
		for i := 0; i < len(a) && i < 64; i++ {
			if mask&(1<<uint(i)) != 0 {
				w.err, _ = a[i].(error)
			}
		}
		err = w
	default:
		var errs []error
		for i := 0; i < len(a) && i < 64; i++ {
			if mask&(1<<uint(i)) != 0 {
				if e, ok := a[i].(error); ok {
					errs = append(errs, e)
				}
			}
		}
		err = &wrapErrors{s, errs}
	}
	p.free()
	return err
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// FormatString returns a string representing the fully qualified formatting directive captured
// by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = append(b, string(verb)...)
	return string(b)
}

func appendInt(b []byte, v int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}
