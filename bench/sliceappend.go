// sliceappend: slice benchmark. Grows slices by append (exercising growslice
// and size classes), builds a jagged [][]int, copies and sorts, and prints
// checksums. Written for gomemlab.
//
// Usage: sliceappend [n]   (default 5000000)
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type point struct {
	x, y int32
	tag  string
}

func appendPhase(n int) int {
	var xs []int
	caps := 0
	lastCap := -1
	for i := 0; i < n; i++ {
		xs = append(xs, i*3)
		if cap(xs) != lastCap {
			lastCap = cap(xs)
			caps = caps*7 + lastCap
			caps %= 1000000007
		}
	}
	sum := 0
	for _, v := range xs {
		sum += v
	}
	return (sum + caps) % 1000000007
}

func jaggedPhase(n int) int {
	rows := make([][]int, 0)
	for i := 0; i < n/100; i++ {
		var row []int
		for j := 0; j <= i%50; j++ {
			row = append(row, i+j)
		}
		rows = append(rows, row)
	}
	// flatten with copy
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	flat := make([]int, total)
	off := 0
	for _, r := range rows {
		off += copy(flat[off:], r)
	}
	sum := 0
	for i, v := range flat {
		sum = (sum + v*(i%13+1)) % 1000000007
	}
	return sum
}

func sortPhase(n int) int {
	s := uint32(12345)
	pts := make([]point, 0, 16)
	for i := 0; i < n/4; i++ {
		s = s*1103515245 + 12345
		pts = append(pts, point{int32(s >> 16 & 0x7fff), int32(i), ""})
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].x != pts[j].x {
			return pts[i].x < pts[j].x
		}
		return pts[i].y < pts[j].y
	})
	ints := make([]int, len(pts))
	for i := range pts {
		ints[i] = int(pts[i].y)
	}
	sort.Ints(ints)
	sum := 0
	for i := 0; i < len(pts); i += 97 {
		sum = (sum*31 + int(pts[i].x) + int(pts[i].y) + ints[i]) % 1000000007
	}
	return sum
}

// filterPhase repeatedly filters a slice in place and re-extends it.
func filterPhase(n int) int {
	xs := make([]int, 0, 1024)
	sum := 0
	for round := 0; round < n/1000; round++ {
		xs = xs[:0]
		for i := 0; i < 1000; i++ {
			xs = append(xs, (i*round)%1013)
		}
		kept := xs[:0]
		for _, v := range xs {
			if v%3 != 0 {
				kept = append(kept, v)
			}
		}
		xs = append(kept, xs[len(kept):]...)
		sum = (sum + len(kept)*round + xs[len(xs)-1]) % 1000000007
	}
	return sum
}

func main() {
	n := 5000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", os.Args[1])
			os.Exit(2)
		}
		n = v
	}
	fmt.Printf("append: %d\n", appendPhase(n))
	fmt.Printf("jagged: %d\n", jaggedPhase(n))
	fmt.Printf("sort: %d\n", sortPhase(n))
	fmt.Printf("filter: %d\n", filterPhase(n))
}
