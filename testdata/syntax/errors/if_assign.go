package main

func main() {
	x := 1
	if x = 1 {
	}
	if x++ {
	}
	for x := 0; x < 1; x := 1 {
	}
	if x := 1 {
	}
}
