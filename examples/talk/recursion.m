# command-line-arguments
./recursion.go:15:13: ... argument does not escape
./recursion.go:15:23: recursion(10) escapes to heap
./recursion.go:16:13: ... argument does not escape
./recursion.go:16:23: recursion(1000000) escapes to heap
