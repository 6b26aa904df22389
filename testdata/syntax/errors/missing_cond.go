package main

func main() {
	if {
	}
	for i := 0; i < 10 {
	}
}
