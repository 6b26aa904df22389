package main

import "fmt"

var (
	counter int
	names   = []string{"a", "b"}
	table   = buildTable()
	total   = sumTable()
	ptr     *int
	lookup  = map[string]int{"one": 1, "two": 2}
)

func buildTable() [4]int {
	var t [4]int
	for i := range t {
		t[i] = i * i
	}
	return t
}

func sumTable() int {
	s := 0
	for _, v := range table {
		s += v
	}
	return s
}

func init() {
	counter = 10
	names = append(names, "c")
}

func init() {
	counter++
}

func bump() { counter++ }

func main() {
	bump()
	fmt.Println(counter, names, table, total, ptr == nil, lookup["two"])
	x := 5
	ptr = &x
	*ptr = 6
	fmt.Println(x, *ptr)
}
