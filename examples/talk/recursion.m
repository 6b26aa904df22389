# command-line-arguments
/work/main/examples/talk/recursion.go:15:13: ... argument does not escape
/work/main/examples/talk/recursion.go:15:23: recursion(10) escapes to heap
/work/main/examples/talk/recursion.go:16:13: ... argument does not escape
/work/main/examples/talk/recursion.go:16:23: recursion(1000000) escapes to heap
