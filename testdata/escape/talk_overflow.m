./talk_overflow.go:12:13: ... argument does not escape
./talk_overflow.go:12:23: recursion(0) escapes to heap
