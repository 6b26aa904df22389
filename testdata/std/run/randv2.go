package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.IntN(100), r.Int64(), r.Int32N(1000), r.Uint32(), r.Float64(), r.Float32())
	fmt.Println(r.Perm(7), r.Int64N(1e15), r.UintN(7), r.NormFloat64(), r.ExpFloat64())
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	p := rand.NewPCG(42, 54)
	p.Seed(3, 4)
	fmt.Println(p.Uint64(), p.Uint64())
	x := rand.N(10)
	fmt.Println(x >= 0 && x < 10, rand.IntN(5) < 5)
}
