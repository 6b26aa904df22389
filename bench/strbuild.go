// strbuild: string-building benchmark. Exercises strings.Builder, +
// concatenation, strconv formatting and parsing, and strings helpers
// (Split, Join, Fields, Repeat, Index, ToUpper, Replace). Written for
// gomemlab.
//
// Usage: strbuild [n]   (default 1200000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// hash is FNV-1a over the bytes of s, folded into h.
func hash(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// builderPhase writes numbers and floats with a strings.Builder, then
// parses them back.
func builderPhase(n int) (uint32, int) {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i * 7))
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(float64(i)/8, 'f', 3, 64))
		b.WriteByte(',')
	}
	s := b.String()
	total := 0
	for _, rec := range strings.Split(s, ",") {
		if rec == "" {
			continue
		}
		f := strings.Fields(rec)
		v, err := strconv.Atoi(f[0])
		if err != nil {
			panic(err)
		}
		x, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			panic(err)
		}
		total += v + int(x*8)
	}
	return hash(2166136261, s), total
}

// concatPhase builds many short strings with + and keeps a rolling window,
// producing lots of small garbage.
func concatPhase(n int) uint32 {
	h := uint32(2166136261)
	line := ""
	for i := 0; i < n; i++ {
		line = "item" + strconv.Itoa(i%1000) + ":" + line
		if len(line) > 64 {
			line = line[:32]
		}
		h = hash(h, line)
	}
	return h
}

// transformPhase runs strings helpers over generated text.
func transformPhase(n int) (uint32, int) {
	words := make([]string, 0, 64)
	h := uint32(2166136261)
	count := 0
	for i := 0; i < n/64+1; i++ {
		words = words[:0]
		for j := 0; j < 64; j++ {
			words = append(words, "w"+strconv.Itoa((i*64+j)%97))
		}
		text := strings.Join(words, " ")
		up := strings.ToUpper(text)
		rep := strings.Replace(up, "W1", "<one>", -1)
		count += strings.Count(rep, "<one>") + strings.Index(rep, "W42")
		h = hash(h, rep)
		h = hash(h, strings.Repeat("ab", i%5))
	}
	return h, count
}

func main() {
	n := 1200000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", os.Args[1])
			os.Exit(2)
		}
		n = v
	}
	h1, total := builderPhase(n)
	fmt.Printf("builder: hash %d total %d\n", h1, total)
	fmt.Printf("concat: hash %d\n", concatPhase(n))
	h3, count := transformPhase(n)
	fmt.Printf("transform: hash %d count %d\n", h3, count)
}
