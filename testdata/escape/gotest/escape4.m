./escape4.go:16:12: moved to heap: x
./escape4.go:27:2: func literal does not escape
./escape4.go:31:6: func literal escapes to heap
./escape4.go:40:19: 1 escapes to heap
./escape4.go:47:10: new(T) escapes to heap
./escape4.go:57:10: new(T) escapes to heap
