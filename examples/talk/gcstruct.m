# command-line-arguments
./gcstruct.go:15:7: &myStruct{} does not escape
./gcstruct.go:16:15: make([]byte, 104857600) escapes to heap
./gcstruct.go:18:13: ... argument does not escape
./gcstruct.go:18:14: "allocated" escapes to heap
./gcstruct.go:18:38: len(s.data) >> uint(20) escapes to heap
./gcstruct.go:18:44: "MB" escapes to heap
./gcstruct.go:28:13: ... argument does not escape
./gcstruct.go:28:14: "before:" escapes to heap
./gcstruct.go:28:31: heapMB() escapes to heap
./gcstruct.go:28:35: "MB in use" escapes to heap
./gcstruct.go:30:13: ... argument does not escape
./gcstruct.go:30:14: "after the call:" escapes to heap
./gcstruct.go:30:39: heapMB() escapes to heap
./gcstruct.go:30:43: "MB in use" escapes to heap
./gcstruct.go:32:13: ... argument does not escape
./gcstruct.go:32:14: "after runtime.GC():" escapes to heap
./gcstruct.go:32:43: heapMB() escapes to heap
./gcstruct.go:32:47: "MB in use" escapes to heap
