package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for i := -1; i < 12; i += 4 {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("low")
	case 4, 5:
		fmt.Println("mid")
		fallthrough
	case 6:
		fmt.Println("six-ish")
	default:
		fmt.Println("other")
	}
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	n := 0
	for n < 100 {
		n = n*2 + 1
	}
	fmt.Println(n)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k)
	}
	fmt.Println()
	s := "abc"
	switch s {
	case "abc":
		fmt.Println("matched abc")
	}
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	if v := a * 10; v > 15 {
		fmt.Println("v", v)
	} else if v > 5 {
		fmt.Println("mid", v)
	} else {
		fmt.Println("low", v)
	}
}
