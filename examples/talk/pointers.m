# command-line-arguments
/work/main/examples/talk/pointers.go:7:2: moved to heap: liamsNumber
/work/main/examples/talk/pointers.go:10:13: ... argument does not escape
/work/main/examples/talk/pointers.go:11:13: ... argument does not escape
/work/main/examples/talk/pointers.go:11:14: *pointer escapes to heap
/work/main/examples/talk/pointers.go:14:13: ... argument does not escape
/work/main/examples/talk/pointers.go:14:14: liamsNumber escapes to heap
