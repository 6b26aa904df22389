# command-line-arguments
./pointers.go:7:2: moved to heap: liamsNumber
./pointers.go:10:13: ... argument does not escape
./pointers.go:11:13: ... argument does not escape
./pointers.go:11:14: *pointer escapes to heap
./pointers.go:14:13: ... argument does not escape
./pointers.go:14:14: liamsNumber escapes to heap
