package main

func main() {
	x := 0128
	y := 0b102
	z := 0x_
	w := 1__0
	f := 0x1.0
	_, _, _, _, _ = x, y, z, w, f
}
