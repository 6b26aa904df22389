./escape_array.go:15:10: leaking param: a to result ~r0 level=0
./escape_array.go:15:13: leaking param: b to result ~r0 level=0
./escape_array.go:19:10: leaking param: x to result ~r0 level=0
./escape_array.go:23:10: leaking param: a to result ~r0 level=0
./escape_array.go:23:13: leaking param: b to result ~r0 level=0
./escape_array.go:29:2: moved to heap: b
./escape_array.go:37:2: moved to heap: a
./escape_array.go:38:2: moved to heap: b
./escape_array.go:44:10: leaking param: x to result ~r0 level=0
./escape_array.go:49:10: leaking param: x to result ~r0 level=0
./escape_array.go:49:15: leaking param: y to result ~r0 level=0
./escape_array.go:54:10: leaking param: x to result ~r0 level=1
./escape_array.go:54:16: leaking param: y
./escape_array.go:59:10: leaking param: x to result ~r0 level=1
./escape_array.go:59:16: leaking param content: y
./escape_array.go:64:10: leaking param: x to result ~r0 level=1
./escape_array.go:64:16: leaking param content: y
./escape_array.go:74:17: leaking param content: x
./escape_array.go:74:29: y does not escape
./escape_array.go:78:2: moved to heap: b
./escape_array.go:82:17: leaking param: x
./escape_array.go:82:28: y does not escape
./escape_array.go:86:2: moved to heap: b
./escape_array.go:91:15: leaking param: x
./escape_array.go:91:26: leaking param: y
./escape_array.go:92:10: new([10]*string) does not escape
./escape_array.go:94:10: new([65537]*string) escapes to heap
./escape_array.go:109:15: leaking param: x
./escape_array.go:109:26: leaking param: y
./escape_array.go:110:10: new(a10) does not escape
./escape_array.go:112:10: new(a65537) escapes to heap
./escape_array.go:117:20: leaking param: x
./escape_array.go:117:31: leaking param: y
./escape_array.go:118:11: make([]*string, 10) does not escape
./escape_array.go:120:11: make([]*string, 65537) escapes to heap
./escape_array.go:126:12: make([]int, n) escapes to heap
./escape_array.go:127:12: make([]int, 0, n) escapes to heap
