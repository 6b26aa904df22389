// unicode: range tables by name (mirrors the API of $GOROOT/src/unicode/letter.go and tables.go).
// A RangeTable here carries the Unicode category/script/property it stands for; membership is
// answered by a native over JS Unicode property escapes (the R16/R32 ranges are not materialised).
package unicode

// RangeTable defines a set of Unicode code points.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	prop        string // JS property escape body: "L", "Lu", "Script=Han", "White_Space"
}

// Range16 represents a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

func inProp(prop string, r rune) bool

// tables is static data: the exported tables point into it, so (as in Go, where the tables are
// statically initialised) importing unicode allocates nothing on the heap.
var tables = [...]RangeTable{
	{prop: "L"}, // Letter
	{prop: "Lu"}, // Upper
	{prop: "Ll"}, // Lower
	{prop: "Lt"}, // Title
	{prop: "Lm"}, // Lm
	{prop: "Lo"}, // Lo
	{prop: "M"}, // Mark
	{prop: "Mn"}, // Mn
	{prop: "N"}, // Number
	{prop: "Nd"}, // Digit
	{prop: "Nl"}, // Nl
	{prop: "No"}, // No
	{prop: "P"}, // Punct
	{prop: "S"}, // Symbol
	{prop: "Sm"}, // Sm
	{prop: "Sc"}, // Sc
	{prop: "Z"}, // Space
	{prop: "Zs"}, // Zs
	{prop: "Cc"}, // Control
	{prop: "C"}, // Other
	{prop: "White_Space"}, // White_Space
	{prop: "Script=Han"}, // Han
	{prop: "Script=Latin"}, // Latin
	{prop: "Script=Greek"}, // Greek
	{prop: "Script=Cyrillic"}, // Cyrillic
	{prop: "Script=Arabic"}, // Arabic
	{prop: "Script=Hebrew"}, // Hebrew
	{prop: "Script=Hiragana"}, // Hiragana
	{prop: "Script=Katakana"}, // Katakana
	{prop: "Script=Hangul"}, // Hangul
	{prop: "Script=Thai"}, // Thai
	{prop: "Script=Devanagari"}, // Devanagari
	{prop: "Script=Common"}, // Common
}

var (
	Letter = &tables[0]
	Upper = &tables[1]
	Lower = &tables[2]
	Title = &tables[3]
	Lm = &tables[4]
	Lo = &tables[5]
	Mark = &tables[6]
	Mn = &tables[7]
	Number = &tables[8]
	Digit = &tables[9]
	Nl = &tables[10]
	No = &tables[11]
	Punct = &tables[12]
	Symbol = &tables[13]
	Sm = &tables[14]
	Sc = &tables[15]
	Space = &tables[16]
	Zs = &tables[17]
	Control = &tables[18]
	Other = &tables[19]
	White_Space = &tables[20]
	Han = &tables[21]
	Latin = &tables[22]
	Greek = &tables[23]
	Cyrillic = &tables[24]
	Arabic = &tables[25]
	Hebrew = &tables[26]
	Hiragana = &tables[27]
	Katakana = &tables[28]
	Hangul = &tables[29]
	Thai = &tables[30]
	Devanagari = &tables[31]
	Common = &tables[32]
	L = Letter
	Lu = Upper
	Ll = Lower
	Lt = Title
	M = Mark
	N = Number
	Nd = Digit
	P = Punct
	S = Symbol
	Z = Space
	Cc = Control
	C = Other
)

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab == nil {
		return false
	}
	return inProp(rangeTab.prop, r)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges (deprecated: use In).
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }
