package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Int31n(1000), r.Uint32(), r.Uint64(), r.Int63n(1e12))
	fmt.Println(r.Float64(), r.Float32(), r.Perm(8))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.NormFloat64(), r.ExpFloat64(), r.NormFloat64(), r.ExpFloat64())
	rand.Seed(7)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(1000000), rand.Float64())
	r2 := rand.New(rand.NewSource(-5))
	for i := 0; i < 5; i++ {
		fmt.Print(r2.Intn(6)+1, " ")
	}
	fmt.Println()
	z := rand.New(rand.NewSource(0))
	fmt.Println(z.Int63())
}
