// A module with local packages, run as `gomemlab run .` from this folder (like `go run .`).
package main

import (
	"fmt"

	"example.com/memdemo/internal/units"
	"example.com/memdemo/shapes"
)

func main() {
	var total float64
	for _, s := range shapes.Defaults() {
		fmt.Printf("%-8s %8.2f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println("total:", units.Format(uint64(total*1024)))
	fmt.Println("shapes made:", shapes.Made)
}
