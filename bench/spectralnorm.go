// spectralnorm: floating-point benchmark. Approximates the spectral norm of
// the infinite matrix A with a[i][j] = 1/((i+j)(i+j+1)/2+i+1) by the power
// method on a truncated n×n matrix. Written for gomemlab from the
// benchmarks-game problem statement.
//
// Usage: spectralnorm [n]   (default 4000)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets av = A·v.
func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += a(i, j) * v[j]
		}
		av[i] = s
	}
}

// mulAtv sets atv = Aᵀ·v.
func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j := range v {
			s += a(j, i) * v[j]
		}
		atv[i] = s
	}
}

// mulAtAv sets out = Aᵀ·A·v using tmp as scratch.
func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	n := 4000
	if len(os.Args) > 1 {
		x, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", os.Args[1])
			os.Exit(2)
		}
		n = x
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
