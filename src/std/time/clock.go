// time: the Time type (UTC only, no locations yet), mirrors the API of $GOROOT/src/time/time.go.
package time

import "internal/itoa"

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC (so the zero Time is that instant)
	nsec    int64 // nanoseconds within the second, [0, 1e9)
	mono    int64 // monotonic reading (ns since program start), valid if hasMono
	hasMono bool
	loc     *Location
}

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = 62135596800

func fromUnixNano(sec, nsec int64) Time {
	sec += floorDiv(nsec, 1e9)
	nsec = floorMod(nsec, 1e9)
	return Time{sec: sec + unixToInternal, nsec: nsec}
}

// A Location maps time instants to the zone in use at that time; only UTC exists here.
type Location struct {
	name string
}

var utcLoc = Location{"UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone (UTC here).
var Local *Location = &utcLoc

func (l *Location) String() string { return l.name }

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa.Itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa.Uitoa(uint(d)) + ")"
}


// Now returns the current (virtual) time.
func Now() Time {
	t := fromUnixNano(0, unixNano())
	t.mono = nanotime()
	t.hasMono = true
	t.loc = Local
	return t
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	t := fromUnixNano(sec, nsec)
	t.loc = Local
	return t
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(0, msec*1e6) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	days := daysFromCivil(int64(year), int64(month), int64(day))
	s := ((days*24+int64(hour))*60+int64(min))*60 + int64(sec)
	t := fromUnixNano(s, int64(nsec))
	t.loc = loc
	return t
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	t.mono += int64(d)
	return t
}

// AddDate returns the time corresponding to adding the given years, months and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), t.Location())
}

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) UTC() Time      { t.loc = UTC; return t }
func (t Time) Local() Time    { t.loc = Local; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Round with m <= 0 strips the monotonic reading.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns t modulo d measured from the zero time (d > 0).
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		return Duration(floorMod(t.sec, int64(d/Second)))*Second + Duration(t.nsec)
	}
	// sub-second or odd durations: work with the time since the Unix epoch when it fits
	return Duration(floorMod(t.UnixNano(), int64(d)))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// daysFromCivil converts a proleptic Gregorian date to days since 1970-01-01 (month may be out of
// range: it is normalised).
func daysFromCivil(y, m, d int64) int64 {
	m--
	y += floorDiv(m, 12)
	m = floorMod(m, 12) + 1
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(z int64) (year int, month Month, day int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func (t Time) days() int64 { return floorDiv(t.sec-unixToInternal, 86400) }

func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }

func (t Time) Year() int         { y, _, _ := t.Date(); return y }
func (t Time) Month() Month      { _, m, _ := t.Date(); return m }
func (t Time) Day() int          { _, _, d := t.Date(); return d }
func (t Time) Weekday() Weekday  { return Weekday(floorMod(t.days()+4, 7)) }
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFromCivil(int64(y), 1, 1)) + 1
}

func (t Time) Clock() (hour, min, sec int) {
	s := floorMod(t.sec, 86400)
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int       { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int     { _, m, _ := t.Clock(); return m }
func (t Time) Second() int     { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int { return int(t.nsec) }

// String returns the time formatted like Go: "2006-01-02 15:04:05.999999999 -0700 MST" followed by
// the monotonic clock reading "m=±<value>" when present.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		var frac [9]byte
		for i := 8; i >= 0; i-- {
			frac[i] = byte('0' + m2%10)
			m2 /= 10
		}
		s += " m=" + string(sign) + itoa.Itoa(int(m1)) + "." + string(frac[:])
	}
	return s
}
