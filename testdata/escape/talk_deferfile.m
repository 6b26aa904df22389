./talk_deferfile.go:10:15: leaking param: name
./talk_deferfile.go:17:13: make([]byte, 64) escapes to heap
./talk_deferfile.go:22:12: ... argument does not escape
./talk_deferfile.go:22:36: n escapes to heap
./talk_deferfile.go:22:42: buf[:n] escapes to heap
./talk_deferfile.go:33:23: ... argument does not escape
./talk_deferfile.go:34:38: ([]byte)("hello, gophers\n") does not escape
./talk_deferfile.go:38:14: ... argument does not escape
./talk_deferfile.go:38:15: "error:" escapes to heap
./talk_deferfile.go:40:34: ... argument does not escape
./talk_deferfile.go:41:14: ... argument does not escape
./talk_deferfile.go:41:15: "error: file does not exist:" escapes to heap
./talk_deferfile.go:41:59: os.IsNotExist(err) escapes to heap
