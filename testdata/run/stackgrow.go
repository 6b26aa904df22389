package main

import "fmt"

type Acc struct {
	sum  int
	name string
	arr  [4]int
}

func rec(n int) int {
	if n == 0 {
		return 1
	}
	var a Acc
	a.sum += rec(n - 1)
	a.arr[n%4] = rec(n-1) + a.sum
	a.name = a.name + fmt.Sprint(n%10)
	p := &a
	p.sum += a.arr[n%4]
	s := []int{n, rec(n - 1), n}
	return (p.sum + s[1] + len(a.name)) % 1000003
}

func concat(n int) string {
	if n == 0 {
		return ""
	}
	s := "x"
	s += concat(n - 1)
	return s
}

func main() {
	fmt.Println(rec(12))
	fmt.Println(len(concat(3000)))
	var deep func(int) int
	deep = func(n int) int {
		var buf [32]int
		if n == 0 {
			return 0
		}
		buf[n%32] = n
		return deep(n-1) + buf[n%32]
	}
	fmt.Println(deep(1500))
}
