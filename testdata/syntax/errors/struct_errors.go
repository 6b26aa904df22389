package main

type T struct {
	a int,
	b string
	(c)
	*(d)
	1
}

func main() {}
