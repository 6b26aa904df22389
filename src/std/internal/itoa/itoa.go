// Package itoa converts integers to decimal strings without importing strconv, for the low-level
// packages (syscall, time, os) that strconv itself sits above. Mirrors $GOROOT/src/internal/itoa.
package itoa

// Itoa is the decimal representation of val.
func Itoa(val int) string {
	if val < 0 {
		return "-" + Uitoa(uint(-val))
	}
	return Uitoa(uint(val))
}

// Uitoa is the decimal representation of val.
func Uitoa(val uint) string {
	if val == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf) - 1
	for val >= 10 {
		buf[i] = byte(val%10 + '0')
		i--
		val /= 10
	}
	buf[i] = byte(val + '0')
	return string(buf[i:])
}
