package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s, len(s), s[2:5], s[:3], s[8:])
	t := s[2:4:6]
	fmt.Println(len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	u := make([]int, 3, 10)
	n := copy(u, s)
	fmt.Println(n, u)
	u = append(u, s...)
	fmt.Println(u, len(u))
	fmt.Println(sum(), sum(1, 2, 3), sum(s...))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	var arr [5]int
	arr[2] = 7
	brr := arr
	brr[0] = 1
	fmt.Println(arr, brr, arr == brr, len(arr))
	p := &arr
	p[4] = 9
	fmt.Println(arr, p[2:])
	strs := []string{"x", "y"}
	strs = append(strs, "z")
	fmt.Println(strs, len(strs))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), s != nil)
	clear(u)
	fmt.Println(u[:3])
}
