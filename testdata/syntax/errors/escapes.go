package main

func main() {
	a := "\q"
	b := '\400'
	c := "\xZZ"
	d := '\ud800'
	e := ''
	f := 'ab'
	_, _, _, _, _, _ = a, b, c, d, e, f
}
