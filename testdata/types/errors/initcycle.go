package main

const x = y // ERROR "initialization cycle for x"
const y = x

var p = f() // ERROR "initialization cycle for p"

func f() int { return p }

func main() {}
