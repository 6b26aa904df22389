// fmt: scanning (mirrors the API and main rules of $GOROOT/src/fmt/scan.go, simplified): operands
// are space-separated tokens (Scan treats newlines as space, Scanln stops at a newline), Scanf
// matches its format literally with %verbs reading tokens. Input is read a rune at a time (through
// io.RuneScanner when the reader has it, so a bufio.Reader keeps the unread rest); converting a
// token into the operand's type is the native storeToken.
package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method (not supported yet by the scanner).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// storeToken converts tok according to verb and stores it through the pointer arg; it returns an
// error text ("" on success).
func storeToken(arg any, verb rune, tok string) string

// isIntTarget reports whether arg points to an integer (0), a float/complex (1), a string or
// []byte (2), a bool (3) or something else (4).
func targetClass(arg any) int

type scanner struct {
	rs      io.RuneScanner
	r       io.Reader
	s       string
	i       int
	fromStr bool
	peek    rune
	hasPeek bool
	eof     bool
	count   int
}

const eofRune = -1

func (sc *scanner) readRune() rune {
	if sc.hasPeek {
		sc.hasPeek = false
		return sc.peek
	}
	if sc.fromStr {
		if sc.i >= len(sc.s) {
			return eofRune
		}
		r, size := utf8.DecodeRuneInString(sc.s[sc.i:])
		sc.i += size
		return r
	}
	if sc.rs != nil {
		r, _, err := sc.rs.ReadRune()
		if err != nil {
			return eofRune
		}
		return r
	}
	var b [utf8.UTFMax]byte
	n, err := sc.r.Read(b[:1])
	if n == 0 || err != nil && n == 0 {
		return eofRune
	}
	if b[0] < utf8.RuneSelf {
		return rune(b[0])
	}
	k := 1
	for k < utf8.UTFMax && !utf8.FullRune(b[:k]) {
		m, _ := sc.r.Read(b[k : k+1])
		if m == 0 {
			break
		}
		k++
	}
	r, _ := utf8.DecodeRune(b[:k])
	return r
}

func (sc *scanner) unread(r rune) {
	if r == eofRune {
		return
	}
	sc.peek = r
	sc.hasPeek = true
}

// finish gives an unread rune back to a RuneScanner (Go's ss.free does the same through UnreadRune).
func (sc *scanner) finish() {
	if sc.hasPeek && sc.rs != nil {
		sc.hasPeek = false
		sc.rs.UnreadRune()
	}
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0x85, 0xA0:
		return true
	}
	return r == 0x2028 || r == 0x2029 || r == 0x3000 || r == 0x1680 || (0x2000 <= r && r <= 0x200a) || r == 0x202f || r == 0x205f
}

// skipSpace skips spaces; newlines too unless stopAtNewline. It returns false if it stopped at a
// newline.
func (sc *scanner) skipSpace(stopAtNewline bool) bool {
	for {
		r := sc.readRune()
		if r == eofRune {
			return true
		}
		if r == '\r' {
			r2 := sc.readRune()
			if r2 == '\n' {
				r = '\n'
			} else {
				sc.unread(r2)
				continue
			}
		}
		if r == '\n' {
			if stopAtNewline {
				sc.unread(r)
				return false
			}
			continue
		}
		if !isSpace(r) {
			sc.unread(r)
			return true
		}
	}
}

func (sc *scanner) token(class int, verb rune) string {
	var buf []byte
	if verb == 'c' {
		r := sc.readRune()
		if r == eofRune {
			return ""
		}
		return string(r)
	}
	for {
		r := sc.readRune()
		if r == eofRune {
			break
		}
		if isSpace(r) || r == '\n' {
			sc.unread(r)
			break
		}
		if class == 0 && verb != 'v' && verb != 's' {
			ok := (r == '+' || r == '-') && len(buf) == 0 || '0' <= r && r <= '9' || r == '_' ||
				(verb == 'x' || verb == 'X') && ('a' <= r|0x20 && r|0x20 <= 'f')
			if !ok {
				sc.unread(r)
				break
			}
		}
		buf = utf8.AppendRune(buf, r)
	}
	return string(buf)
}

var errUnexpectedNewline = errors.New("unexpected newline")
var errExpectedNewline = errors.New("expected newline")

func (sc *scanner) doScan(a []any, nlIsSpace bool) (n int, err error) {
	defer sc.finish()
	for _, arg := range a {
		if !sc.skipSpace(!nlIsSpace) {
			return n, errUnexpectedNewline
		}
		r := sc.readRune()
		if r == eofRune {
			return n, io.EOF
		}
		sc.unread(r)
		tok := sc.token(targetClass(arg), 'v')
		if msg := storeToken(arg, 'v', tok); msg != "" {
			return n, errors.New(msg)
		}
		n++
	}
	if !nlIsSpace {
		for {
			r := sc.readRune()
			if r == eofRune || r == '\n' {
				break
			}
			if r == '\r' {
				continue
			}
			if !isSpace(r) {
				sc.unread(r)
				return n, errExpectedNewline
			}
		}
	}
	return n, nil
}

func (sc *scanner) doScanf(format string, a []any) (n int, err error) {
	defer sc.finish()
	argNum := 0
	for i := 0; i < len(format); {
		c, w := utf8.DecodeRuneInString(format[i:])
		if c != '%' {
			i += w
			if isSpace(c) || c == '\n' {
				for i < len(format) && (format[i] == ' ' || format[i] == '\t') {
					i++
				}
				sc.skipSpace(c != '\n')
				if c == '\n' {
					r := sc.readRune()
					if r != '\n' && r != eofRune {
						sc.unread(r)
						return n, errors.New("newline in format does not match input")
					}
				}
				continue
			}
			r := sc.readRune()
			if r != c {
				sc.unread(r)
				if r == eofRune {
					return n, io.ErrUnexpectedEOF
				}
				return n, errors.New("input does not match format")
			}
			continue
		}
		i++
		for i < len(format) && '0' <= format[i] && format[i] <= '9' {
			i++
		}
		if i >= len(format) {
			return n, errors.New("too few operands for format '%'")
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb == '%' {
			sc.skipSpace(true)
			r := sc.readRune()
			if r != '%' {
				sc.unread(r)
				return n, errors.New("missing literal %")
			}
			continue
		}
		if argNum >= len(a) {
			return n, errors.New("too few operands for format '%" + string(verb) + "'")
		}
		arg := a[argNum]
		if verb != 'c' {
			sc.skipSpace(true)
		}
		r := sc.readRune()
		if r == eofRune {
			if n == 0 {
				return n, io.EOF
			}
			return n, io.ErrUnexpectedEOF
		}
		sc.unread(r)
		tok := sc.token(targetClass(arg), verb)
		if msg := storeToken(arg, verb, tok); msg != "" {
			return n, errors.New(msg)
		}
		n++
		argNum++
	}
	if argNum < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

func newReaderScanner(r io.Reader) *scanner {
	sc := &scanner{r: r}
	if rs, ok := r.(io.RuneScanner); ok {
		sc.rs = rs
	}
	return sc
}

// Scan scans text read from standard input, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input according to a format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated values into successive
// arguments.
func Sscan(str string, a ...any) (n int, err error) {
	sc := &scanner{s: str, fromStr: true}
	return sc.doScan(a, true)
}

// Sscanln is similar to Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	sc := &scanner{s: str, fromStr: true}
	return sc.doScan(a, false)
}

// Sscanf scans the argument string according to a format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	sc := &scanner{s: str, fromStr: true}
	return sc.doScanf(format, a)
}

// Fscan scans text read from r, storing successive space-separated values into successive arguments.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newReaderScanner(r).doScan(a, true)
}

// Fscanln is similar to Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newReaderScanner(r).doScan(a, false)
}

// Fscanf scans text read from r according to a format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newReaderScanner(r).doScanf(format, a)
}
