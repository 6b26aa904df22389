// Package unicode mirrors the API of $GOROOT/src/unicode (letter.go, graphic.go, digit.go): ASCII
// and Latin-1 answered in Go like Go's fast paths, other runes by natives over JS Unicode tables.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func isLetter(r rune) bool
func isDigit(r rune) bool
func isNumber(r rune) bool
func isSpace(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool
func isTitle(r rune) bool
func isPunct(r rune) bool
func isControl(r rune) bool
func isMark(r rune) bool
func isSymbol(r rune) bool
func isPrint(r rune) bool
func isGraphic(r rune) bool
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return isLetter(r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isDigit(r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool { return isNumber(r) }

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isSpace(r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return isUpper(r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return isLower(r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isTitle(r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool { return isPunct(r) }

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r < 0xA0
	}
	return false
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return isMark(r) }

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return isSymbol(r) }

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isPrint(r)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isGraphic(r)
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpper(r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toLower(r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toTitle(r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold iterates over Unicode code points equivalent under simple case folding (ASCII and
// runes whose upper and lower forms differ form two-element orbits).
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if u := ToUpper(r); u != r {
		if ToLower(u) == r {
			return u
		}
	}
	if l := ToLower(r); l != r {
		return l
	}
	return r
}
