package main

import "fmt"

type MyErr struct{ msg string }

func (e MyErr) Error() string { return "custom: " + e.msg }

func main() {
	fmt.Println("start")
	panic(MyErr{"boom"})
}
