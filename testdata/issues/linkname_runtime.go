// A bodiless function linked with //go:linkname to a runtime function (go.dev/issue/69110).
package main

import _ "unsafe"

//go:linkname sameSizeGrow runtime.sameSizeGrowForIssue69110Test
func sameSizeGrow(m map[int]int) bool

func main() {
	m := map[int]int{}
	for i := 0; i < 26; i++ {
		m[i] = i
	}
	ssg := false
	for i := 26; i < 26+1000; i++ {
		delete(m, i-26)
		m[i] = i
		if sameSizeGrow(m) {
			ssg = true
			break
		}
	}
	println(sameSizeGrow(map[int]int{}), ssg)
}
