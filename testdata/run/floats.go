package main

import (
	"fmt"
	"math"
)

func main() {
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x))
	var f32 float32 = 1.1
	f32 *= 3
	fmt.Println(f32, float64(f32))
	fmt.Println(math.Sqrt(2), math.Pi, math.Floor(-2.5), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(1e100, 1e-7, 123456789.0, 1.5e6, float64(1<<53))
	n := 10
	f1, f2 := 2.9, -2.9
	fmt.Println(float64(n)/3, int(f1), int(f2), math.MaxInt64, math.MinInt64)
	var z float64
	fmt.Println(1/z > math.MaxFloat64, -1/z, z/z == z/z)
	fmt.Printf("%.3f %e %g %8.2f|\n", math.E, 123456.789, 0.000012, 3.14159)
	println(1.5, float32(2.25))
}
