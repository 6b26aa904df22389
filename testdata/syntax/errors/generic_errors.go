package main

func f[]() {}

type U[P] int

func main() {}
