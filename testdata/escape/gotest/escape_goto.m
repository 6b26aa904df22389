./escape_goto.go:21:9: new(int) escapes to heap
./escape_goto.go:31:10: new(int) does not escape
./escape_goto.go:42:9: new(int) does not escape
