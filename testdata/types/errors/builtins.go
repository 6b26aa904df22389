package main

func main() {
	s := []int{1}
	_ = append(s...) // ERROR "not enough arguments in call to append"
	_ = append(s, 2, s...) // ERROR "too many arguments in call to append"
	_ = make([]int, 1.0)
	_ = make([]int, float32(1.0)) // ERROR "invalid argument: index float32\(1\.0\) \(constant 1 of type float32\) must be integer"
	_ = make([]int, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	var f float64
	_ = make([]int, f) // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = &[]int{}
	var x int = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	_ = x
}
