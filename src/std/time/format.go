// time: Format for the common layout elements (mirrors the layout language of $GOROOT/src/time/format.go).
package time

import "internal/itoa"

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func pad(b []byte, v int, width int, padc byte) []byte {
	s := itoa.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, padc)
	}
	return append(b, s...)
}

// Format returns a textual representation of the time value formatted according to layout.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	ns := t.Nanosecond()
	b := make([]byte, 0, 64)
	for i := 0; i < len(layout); {
		rest := layout[i:]
		switch {
		case hasPrefix(rest, "January"):
			b = append(b, month.String()...)
			i += 7
		case hasPrefix(rest, "Jan"):
			b = append(b, month.String()[:3]...)
			i += 3
		case hasPrefix(rest, "Monday"):
			b = append(b, t.Weekday().String()...)
			i += 6
		case hasPrefix(rest, "Mon"):
			b = append(b, t.Weekday().String()[:3]...)
			i += 3
		case hasPrefix(rest, "MST"):
			b = append(b, t.Location().name...)
			i += 3
		case hasPrefix(rest, "2006"):
			b = pad(b, year, 4, '0')
			i += 4
		case hasPrefix(rest, "06"):
			b = pad(b, year%100, 2, '0')
			i += 2
		case hasPrefix(rest, "01"):
			b = pad(b, int(month), 2, '0')
			i += 2
		case hasPrefix(rest, "02"):
			b = pad(b, day, 2, '0')
			i += 2
		case hasPrefix(rest, "_2"):
			b = pad(b, day, 2, ' ')
			i += 2
		case hasPrefix(rest, "002"):
			b = pad(b, t.YearDay(), 3, '0')
			i += 3
		case hasPrefix(rest, "15"):
			b = pad(b, hour, 2, '0')
			i += 2
		case hasPrefix(rest, "03"):
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = pad(b, h, 2, '0')
			i += 2
		case hasPrefix(rest, "04"):
			b = pad(b, min, 2, '0')
			i += 2
		case hasPrefix(rest, "05"):
			b = pad(b, sec, 2, '0')
			i += 2
		case hasPrefix(rest, "-07:00"), hasPrefix(rest, "Z07:00"):
			if rest[0] == 'Z' {
				b = append(b, 'Z')
			} else {
				b = append(b, "+00:00"...)
			}
			i += 6
		case hasPrefix(rest, "-0700"), hasPrefix(rest, "Z0700"):
			if rest[0] == 'Z' {
				b = append(b, 'Z')
			} else {
				b = append(b, "+0000"...)
			}
			i += 5
		case hasPrefix(rest, "PM"):
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
			i += 2
		case hasPrefix(rest, "pm"):
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
			i += 2
		case (hasPrefix(rest, ".0") || hasPrefix(rest, ".9") || hasPrefix(rest, ",0") || hasPrefix(rest, ",9")):
			j := 1
			for j < len(rest) && rest[j] == rest[1] {
				j++
			}
			if j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				b = append(b, rest[0])
				i++
				break
			}
			var digs [9]byte
			v := ns
			for k := 8; k >= 0; k-- {
				digs[k] = byte('0' + v%10)
				v /= 10
			}
			n := j - 1
			if n > 9 {
				n = 9
			}
			if rest[1] == '9' {
				for n > 0 && digs[n-1] == '0' {
					n--
				}
				if n > 0 {
					b = append(b, rest[0])
					b = append(b, digs[:n]...)
				}
			} else {
				b = append(b, rest[0])
				b = append(b, digs[:n]...)
			}
			i += j
		case hasPrefix(rest, "1"):
			b = pad(b, int(month), 1, '0')
			i++
		case hasPrefix(rest, "2"):
			b = pad(b, day, 1, '0')
			i++
		case hasPrefix(rest, "3"):
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = pad(b, h, 1, '0')
			i++
		case hasPrefix(rest, "4"):
			b = pad(b, min, 1, '0')
			i++
		case hasPrefix(rest, "5"):
			b = pad(b, sec, 1, '0')
			i++
		default:
			b = append(b, rest[0])
			i++
		}
	}
	return string(b)
}
