package main

func main() {
	s := "ÿ"
	_ = s
}
