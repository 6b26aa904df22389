./escape_calls.go:14:8: leaking param: buf to result ~r0 level=0
./escape_calls.go:21:6: moved to heap: x
./escape_calls.go:39:19: walk ignoring self-assignment in n.left, n.right = n.right, n.left
./escape_calls.go:39:19: walk ignoring self-assignment in n.left, n.right = n.right, n.left
./escape_calls.go:30:11: leaking param content: np
./escape_calls.go:47:16: xyz does not escape
./escape_calls.go:51:11: leaking param: ss
./escape_calls.go:51:6: func literal does not escape
./escape_calls.go:53:12: []string{...} escapes to heap
./escape_calls.go:56:13: leaking param: a to result ~r0 level=0
./escape_calls.go:56:16: leaking param: b to result ~r0 level=0
./escape_calls.go:56:19: leaking param: c to result ~r0 level=0
./escape_calls.go:59:13: leaking param: a to result ~r0 level=0
./escape_calls.go:59:16: leaking param: b to result ~r0 level=0
./escape_calls.go:59:19: leaking param: c to result ~r0 level=0
