# command-line-arguments
/work/main/examples/talk/globalleak.go:19:13: make([]byte, 104857600) escapes to heap
/work/main/examples/talk/globalleak.go:21:13: ... argument does not escape
/work/main/examples/talk/globalleak.go:21:14: "allocated" escapes to heap
/work/main/examples/talk/globalleak.go:21:36: len(data) >> uint(20) escapes to heap
/work/main/examples/talk/globalleak.go:21:42: "MB" escapes to heap
/work/main/examples/talk/globalleak.go:23:13: ... argument does not escape
/work/main/examples/talk/globalleak.go:23:14: "after runtime.GC():" escapes to heap
/work/main/examples/talk/globalleak.go:23:43: heapMB() escapes to heap
/work/main/examples/talk/globalleak.go:23:47: "MB in use" escapes to heap
/work/main/examples/talk/globalleak.go:26:13: ... argument does not escape
/work/main/examples/talk/globalleak.go:26:14: "after data = nil:" escapes to heap
/work/main/examples/talk/globalleak.go:26:41: heapMB() escapes to heap
/work/main/examples/talk/globalleak.go:26:45: "MB in use" escapes to heap
