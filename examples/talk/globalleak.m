# command-line-arguments
./globalleak.go:19:13: make([]byte, 104857600) escapes to heap
./globalleak.go:21:13: ... argument does not escape
./globalleak.go:21:14: "allocated" escapes to heap
./globalleak.go:21:36: len(data) >> uint(20) escapes to heap
./globalleak.go:21:42: "MB" escapes to heap
./globalleak.go:23:13: ... argument does not escape
./globalleak.go:23:14: "after runtime.GC():" escapes to heap
./globalleak.go:23:43: heapMB() escapes to heap
./globalleak.go:23:47: "MB in use" escapes to heap
./globalleak.go:26:13: ... argument does not escape
./globalleak.go:26:14: "after data = nil:" escapes to heap
./globalleak.go:26:41: heapMB() escapes to heap
./globalleak.go:26:45: "MB in use" escapes to heap
