./recursion.go:10:13: leaking param: t
./recursion.go:12:10: &Tree{...} escapes to heap
./recursion.go:22:7: t does not escape
./recursion.go:29:20: p does not escape
./recursion.go:36:19: p does not escape
./recursion.go:55:9: &Tree{...} escapes to heap
./recursion.go:58:11: t does not escape
./recursion.go:58:20: visit does not escape
./recursion.go:69:25: []int{...} does not escape
./recursion.go:72:13: ... argument does not escape
./recursion.go:72:22: (*Tree).Sum(root) escapes to heap
./recursion.go:74:13: ... argument does not escape
./recursion.go:74:20: isEven(10, &calls) escapes to heap
./recursion.go:74:34: calls escapes to heap
./recursion.go:74:44: fib(10) escapes to heap
./recursion.go:76:17: func literal does not escape
./recursion.go:77:13: ... argument does not escape
./recursion.go:77:14: total escapes to heap
