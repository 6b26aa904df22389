// fannkuch: permutation benchmark (fannkuch-redux). For every permutation of
// 1..n, repeatedly reverse the prefix whose length is the first element until
// the first element is 1; report a parity-weighted checksum and the maximum
// number of flips. Written for gomemlab from the problem statement.
//
// Usage: fannkuch [n]   (default 10)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// fannkuch visits permutations in the order produced by repeated rotation
// of prefixes (a counting scheme), so that the parity alternates.
func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	work := make([]int, n)
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	checksum, maxFlips := 0, 0
	sign := 1
	r := n
	for {
		for ; r > 1; r-- {
			count[r-1] = r
		}
		// count flips for this permutation
		if perm[0] != 0 {
			copy(work, perm)
			flips := 0
			for first := work[0]; first != 0; first = work[0] {
				for i, j := 0, first; i < j; i, j = i+1, j-1 {
					work[i], work[j] = work[j], work[i]
				}
				flips++
			}
			if flips > maxFlips {
				maxFlips = flips
			}
			checksum += sign * flips
		}
		sign = -sign
		// next permutation: rotate prefixes
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm[0]
			for i := 0; i < r; i++ {
				perm[i] = perm[i+1]
			}
			perm[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Println("bad size:", os.Args[1])
			os.Exit(2)
		}
		n = v
	}
	checksum, maxFlips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}
