// Package utf8 mirrors $GOROOT/src/unicode/utf8/utf8.go: UTF-8 encoding and decoding of runes,
// with Go's rules (invalid or short encodings decode as RuneError of width 1).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

const (
	t1 = 0b00000000
	tx = 0b10000000
	t2 = 0b11000000
	t3 = 0b11100000
	t4 = 0b11110000
	t5 = 0b11111000

	maskx = 0b00111111
	mask2 = 0b00011111
	mask3 = 0b00001111
	mask4 = 0b00000111

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	locb = 0b10000000
	hicb = 0b10111111
)

// decode reports the rune and width at the start of p (a byte getter over n bytes).
func decodeBytes(p0, p1, p2, p3 byte, n int) (r rune, size int) {
	if n < 1 {
		return RuneError, 0
	}
	c0 := p0
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	if c0 < 0xC2 || c0 > 0xF4 {
		return RuneError, 1
	}
	if c0 < 0xE0 {
		if n < 2 || p1 < locb || hicb < p1 {
			return RuneError, 1
		}
		return rune(c0&mask2)<<6 | rune(p1&maskx), 2
	}
	lo, hi := byte(locb), byte(hicb)
	if c0 == 0xE0 {
		lo = 0xA0
	} else if c0 == 0xED {
		hi = 0x9F
	} else if c0 == 0xF0 {
		lo = 0x90
	} else if c0 == 0xF4 {
		hi = 0x8F
	}
	if n < 2 || p1 < lo || hi < p1 {
		return RuneError, 1
	}
	if c0 < 0xF0 {
		if n < 3 || p2 < locb || hicb < p2 {
			return RuneError, 1
		}
		return rune(c0&mask3)<<12 | rune(p1&maskx)<<6 | rune(p2&maskx), 3
	}
	if n < 3 || p2 < locb || hicb < p2 || n < 4 || p3 < locb || hicb < p3 {
		return RuneError, 1
	}
	return rune(c0&mask4)<<18 | rune(p1&maskx)<<12 | rune(p2&maskx)<<6 | rune(p3&maskx), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	var b [4]byte
	copy(b[:], p)
	return decodeBytes(b[0], b[1], b[2], b[3], n)
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b [4]byte
	copy(b[:], s)
	return decodeBytes(b[0], b[1], b[2], b[3], n)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	r = rune(p[start])
	if r < RuneSelf {
		return r, 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	r = rune(s[start])
	if r < RuneSelf {
		return r, 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune (-1 if invalid).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) <= rune1Max {
		p[0] = byte(r)
		return 1
	}
	switch i := uint32(r); {
	case i <= rune2Max:
		_ = p[1]
		p[0] = t2 | byte(r>>6)
		p[1] = tx | byte(r)&maskx
		return 2
	case i > MaxRune, surrogateMin <= i && i <= surrogateMax:
		r = RuneError
		fallthrough
	case i <= rune3Max:
		_ = p[2]
		p[0] = t3 | byte(r>>12)
		p[1] = tx | byte(r>>6)&maskx
		p[2] = tx | byte(r)&maskx
		return 3
	default:
		_ = p[3]
		p[0] = t4 | byte(r>>18)
		p[1] = tx | byte(r>>12)&maskx
		p[2] = tx | byte(r>>6)&maskx
		p[3] = tx | byte(r)&maskx
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	var b [4]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	if p[0] < RuneSelf {
		return true
	}
	_, size := DecodeRune(p)
	if size > 1 {
		return true
	}
	// an invalid first byte or a truncated sequence
	c := p[0]
	need := 0
	switch {
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	case c >= 0xE0:
		need = 3
	case c >= 0xC2:
		need = 2
	default:
		return true
	}
	if n >= need {
		return true
	}
	for i := 1; i < n; i++ {
		if p[i] < locb || p[i] > hicb {
			return true
		}
	}
	return false
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return FullRune([]byte(s))
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
