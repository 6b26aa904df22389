# command-line-arguments
./deferfile.go:10:15: leaking param: name
./deferfile.go:17:13: make([]byte, 64) escapes to heap
./deferfile.go:22:12: ... argument does not escape
./deferfile.go:22:36: n escapes to heap
./deferfile.go:22:42: buf[:n] escapes to heap
./deferfile.go:33:23: ... argument does not escape
./deferfile.go:34:38: ([]byte)("hello, gophers\n") does not escape
./deferfile.go:38:14: ... argument does not escape
./deferfile.go:38:15: "error:" escapes to heap
./deferfile.go:40:34: ... argument does not escape
./deferfile.go:41:14: ... argument does not escape
./deferfile.go:41:15: "error: file does not exist:" escapes to heap
./deferfile.go:41:59: os.IsNotExist(err) escapes to heap
