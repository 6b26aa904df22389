// A multi-value call as the only argument of a builtin: copy(f()), append(f()), println(f()),
// complex(f()).
package main

import "fmt"

func two() ([]int, []int)      { return make([]int, 3), []int{1, 2, 3, 4} }
func sb() ([]byte, string)     { return make([]byte, 2), "xyz" }
func app() ([]int, int, int)   { return []int{1}, 2, 3 }
func val() (int, bool, string) { return 7, true, "s" }
func parts() (float64, float64) { return 1.5, -2 }

func main() {
	d, s := two()
	_ = s
	n := copy(two())
	fmt.Println(n, d)
	fmt.Println(copy(sb()))
	fmt.Println(append(app()))
	println(val())
	fmt.Println(complex(parts()))
}
