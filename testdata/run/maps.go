package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(m, len(m))
	v, ok := m["z"]
	fmt.Println(v, ok)
	delete(m, "b")
	if _, ok := m["b"]; !ok {
		fmt.Println("deleted")
	}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	counts := make(map[int]int)
	for i := 0; i < 1000; i++ {
		counts[i%7]++
	}
	fmt.Println(counts)
	total := 0
	for k, v := range counts {
		total += k * v
	}
	fmt.Println(total)
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	nested["y"] = append(nested["y"], 3)
	fmt.Println(nested)
	var nm map[string]int
	fmt.Println(nm["q"], len(nm))
	big := map[int]string{}
	for i := 0; i < 100; i++ {
		big[i] = fmt.Sprint(i)
	}
	fmt.Println(len(big), big[42], big[99])
	clear(big)
	fmt.Println(len(big))
}
