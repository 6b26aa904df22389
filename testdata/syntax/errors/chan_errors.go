package main

func main() {
	var c chan
	_ = c
}
