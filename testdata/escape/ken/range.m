./range.go:22:10: make([]byte, 16) escapes to heap
./range.go:23:10: make(map[int]byte) escapes to heap
./range.go:43:10: "fail" escapes to heap
./range.go:49:9: "fail" escapes to heap
./range.go:57:10: "fail" escapes to heap
./range.go:63:9: "fail" escapes to heap
./range.go:71:10: "fail" escapes to heap
./range.go:77:9: "fail" escapes to heap
./range.go:87:10: "fail" escapes to heap
./range.go:93:9: "fail" escapes to heap
./range.go:100:10: "fail" escapes to heap
./range.go:106:9: "fail" escapes to heap
./range.go:113:10: "fail" escapes to heap
./range.go:119:9: "fail" escapes to heap
