# command-line-arguments
./newmake.go:8:16: new(int) does not escape
./newmake.go:9:13: ... argument does not escape
./newmake.go:9:14: *pointer escapes to heap
./newmake.go:11:15: make([]int, 3, 5) escapes to heap
./newmake.go:12:13: ... argument does not escape
./newmake.go:12:14: slice escapes to heap
./newmake.go:12:24: len(slice) escapes to heap
./newmake.go:12:36: cap(slice) escapes to heap
./newmake.go:15:13: ... argument does not escape
./newmake.go:15:14: slice escapes to heap
./newmake.go:15:24: len(slice) escapes to heap
./newmake.go:15:36: cap(slice) escapes to heap
./newmake.go:18:13: ... argument does not escape
./newmake.go:18:14: slice escapes to heap
./newmake.go:18:24: len(slice) escapes to heap
./newmake.go:18:36: cap(slice) escapes to heap
