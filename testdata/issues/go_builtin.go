// go statements calling builtins: the operands are evaluated by the go statement, the builtin
// runs in the new goroutine.
package main

import "time"

func main() {
	c := make(chan int)
	s := "hello"
	x := 3.5
	p := []int{1, 2}
	go println(42, s, x, len(p), p[1], (chan int)(nil), []int(nil))
	time.Sleep(time.Millisecond)
	go close(c)
	<-c
	m := map[int]int{1: 1, 2: 2}
	go delete(m, 1)
	time.Sleep(time.Millisecond)
	println(len(m))
	dst := make([]int, 2)
	go copy(dst, p)
	time.Sleep(time.Millisecond)
	println(dst[0], dst[1])
}
