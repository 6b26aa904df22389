package main

import "fmt"

type List struct {
	vals []int
}

func (l *List) All(yield func(int, int) bool) {
	for i, v := range l.vals {
		if !yield(i, v) {
			return
		}
	}
}

func Evens(yield func(int) bool) {
	for i := 0; i < 10; i += 2 {
		if !yield(i) {
			return
		}
	}
}

func firstBig(l *List) *int {
	for _, v := range l.All {
		if v > 1 {
			return &v
		}
	}
	return nil
}

func main() {
	l := &List{vals: []int{1, 2, 3}}
	sum := 0
	for i, v := range l.All {
		sum += i * v
	}
	for e := range Evens {
		if e > 4 {
			break
		}
		sum += e
	}
	fmt.Println(sum, *firstBig(l))
}
