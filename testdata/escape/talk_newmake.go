// The talk's two allocation builtins: new(T) gives a pointer to a zero value, make builds a
// slice (or map, or channel) ready to use.
package main

import "fmt"

func main() {
	pointer := new(int)
	fmt.Println(*pointer) // zero value: 0

	slice := make([]int, 3, 5)
	fmt.Println(slice, len(slice), cap(slice))

	slice = append(slice, 3, 5)
	fmt.Println(slice, len(slice), cap(slice))

	slice = append(slice, 8) // past capacity: a new, larger backing array
	fmt.Println(slice, len(slice), cap(slice))
}
