./talk_recursion.go:15:13: ... argument does not escape
./talk_recursion.go:15:23: recursion(10) escapes to heap
./talk_recursion.go:16:13: ... argument does not escape
./talk_recursion.go:16:23: recursion(1000000) escapes to heap
