package main

import (
	"fmt"
	"math"
	"math/bits"
	"time"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(0))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo, bits.RotateLeft32(1, -1))
	fmt.Println(time.Duration(1500)*time.Millisecond, 90*time.Second, 2*time.Hour+3*time.Minute, time.Duration(0), 1500*time.Microsecond, 999*time.Nanosecond)
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Round(time.Hour), d.Truncate(time.Minute))
	fmt.Println(time.Duration(-1500) * time.Millisecond)
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'), unicode.IsUpper('Ä'), unicode.ToUpper('ß'), unicode.ToLower('Ä'), string(unicode.ToUpper('ä')))
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, string(r))
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, len(buf))
	for i, c := range "aé世" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	t := time.Date(2023, time.March, 15, 10, 30, 0, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix())
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Add(36*time.Hour).Format(time.RFC3339))
	fmt.Println(t)
}
