package main

import (
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 11, 13, 12, 14, 10}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 7), sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs)
	people := []Person{{"A", 30}, {"B", 25}, {"C", 35}, {"D", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	ps := ByAge{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(ps)
	fmt.Println(ps)
	sort.Slice(ss, func(i, j int) bool { return len(ss[i]) < len(ss[j]) })
	fmt.Println(ss)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	ys := []int{3, 1, 2}
	slices.Sort(ys)
	fmt.Println(ys, slices.Contains(ys, 2), slices.Index(ys, 3), slices.Max(ys), slices.Min(ys))
	ys = slices.Insert(ys, 1, 10, 11)
	fmt.Println(ys, len(ys))
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys)
	slices.Reverse(ys)
	fmt.Println(ys, slices.Equal(ys, []int{3, 2, 11}))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 3)
	fmt.Println(idx, found)
	slices.SortFunc(people, func(a, b Person) int { return a.Age*10 - b.Age*10 + int(a.Name[0]) - int(b.Name[0]) })
	fmt.Println(people)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.IndexFunc(ys, func(v int) bool { return v > 5 }))
}
