// mapchurn: map-heavy benchmark. Counts pseudo-random words in a
// map[string]int, then churns a map[int]int (inserts, lookups, deletes,
// growth) and prints checksums. Written for gomemlab.
//
// Usage: mapchurn [n]   (default 8000000: number of words and of churn steps)
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

// rng is a 64-bit linear congruential generator (Knuth's MMIX constants),
// so the program is deterministic and needs no math/rand.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s = r.s*6364136223846793005 + 1442695040888963407
	return r.s >> 33
}

var syllables = []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "qua", "xi"}

// word builds a word of 1..3 syllables, so the vocabulary is large but
// repeats often.
func word(r *rng) string {
	n := 1 + int(r.next()%3)
	w := ""
	for i := 0; i < n; i++ {
		w += syllables[r.next()%uint64(len(syllables))]
	}
	return w
}

func wordCounts(n int) {
	r := &rng{s: 42}
	counts := make(map[string]int)
	for i := 0; i < n; i++ {
		counts[word(r)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("distinct words: %d\n", len(keys))
	for _, k := range keys[:5] {
		fmt.Printf("%s %d\n", k, counts[k])
	}
	sum := 0
	for i, k := range keys {
		sum = (sum*31 + counts[k]*(i+1) + len(k)) % 1000000007
	}
	fmt.Printf("word checksum: %d\n", sum)
}

func intChurn(n int) {
	r := &rng{s: 7}
	m := make(map[int]int)
	hits, misses, deletes := 0, 0, 0
	sum := 0
	for i := 0; i < n; i++ {
		k := int(r.next() % 65536)
		switch r.next() % 4 {
		case 0, 1:
			m[k] += i
		case 2:
			if v, ok := m[k]; ok {
				hits++
				sum = (sum + v) % 1000000007
			} else {
				misses++
			}
		case 3:
			if _, ok := m[k]; ok {
				deletes++
			}
			delete(m, k)
		}
		// every so often, throw the whole map away and start again
		if i%300000 == 299999 {
			for k, v := range m {
				sum = (sum + (k ^ v)) % 1000000007
			}
			m = make(map[int]int)
		}
	}
	fmt.Printf("int map: len %d hits %d misses %d deletes %d checksum %d\n", len(m), hits, misses, deletes, sum)
}

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", os.Args[1])
			os.Exit(2)
		}
		n = v
	}
	wordCounts(n)
	intChurn(n)
}
