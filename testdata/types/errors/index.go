package main

type T struct {
	i    int
	next *T
}

const y = uint64(1 << 63)

func main() {
	_ = make([]int, uint64(1<<63)) // ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int"
	_ = make(map[int]int, y) // ERROR "invalid argument: index y \(constant 9223372036854775808 of type uint64\) overflows int"
	_ = &T{0, {}} // ERROR "missing type in composite literal"
	_ = ^uint64(0) + 1 // ERROR "\^uint64\(0\) \+ 1 \(constant 18446744073709551616 of type uint64\) overflows uint64"
	_ = -(-1 << 600) // ERROR "constant shift overflow"
	_ = []int{1, 2}[5]
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	var a [3]int
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
}
