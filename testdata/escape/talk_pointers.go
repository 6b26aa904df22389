// The talk's pointer demo: Liam's number, its address, and arithmetic through the pointer.
package main

import "fmt"

func main() {
	liamsNumber := 27
	pointer := &liamsNumber

	fmt.Println(pointer)  // the memory address of liamsNumber
	fmt.Println(*pointer) // the value stored there: 27

	*pointer = *pointer + 2
	fmt.Println(liamsNumber) // 29
}
