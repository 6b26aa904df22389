package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func quicksort(xs []int) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	quicksort(xs[:j+1])
	quicksort(xs[i:])
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	xs := []int{5, 2, 8, 1, 9, 3, 7}
	quicksort(xs)
	fmt.Println(xs)
	ys := []int{3, 1, 2}
	sort.Ints(ys)
	fmt.Println(ys, sort.SearchInts(ys, 2))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println(strings.Join(words, ","))
	seed := uint32(12345)
	data := make([]int, 200)
	for i := range data {
		seed = seed*1103515245 + 12345
		data[i] = int(seed >> 16 % 1000)
	}
	quicksort(data)
	ok := sort.IntsAreSorted(data)
	fmt.Println(ok, data[0], data[199])
}
