./basic.go:12:2: moved to heap: p
./basic.go:17:2: moved to heap: q
./basic.go:28:10: new(Point) does not escape
./basic.go:34:12: new(Point) escapes to heap
./basic.go:38:9: &Point{...} escapes to heap
./basic.go:42:7: &Point{...} does not escape
./basic.go:47:7: &Point{...} escapes to heap
./basic.go:51:6: moved to heap: a
./basic.go:57:11: make([]byte, 131072) escapes to heap
./basic.go:62:11: make([]byte, 65536) does not escape
./basic.go:67:11: make([]byte, n) escapes to heap
./basic.go:71:12: leaking param: p to result ~r0 level=0
./basic.go:75:16: leaking param: p
./basic.go:79:19: leaking param content: pp
./basic.go:83:16: p does not escape
./basic.go:87:14: ch does not escape
./basic.go:88:2: moved to heap: v
./basic.go:93:13: any(v) escapes to heap
./basic.go:97:9: p escapes to heap
./basic.go:109:2: moved to heap: z
./basic.go:111:2: moved to heap: w
./basic.go:102:13: ... argument does not escape
./basic.go:102:14: x escapes to heap
./basic.go:103:13: ... argument does not escape
./basic.go:103:33: noEscape() escapes to heap
./basic.go:103:45: newLocal() escapes to heap
./basic.go:103:91: ptrLitLocal() escapes to heap
./basic.go:106:13: ... argument does not escape
./basic.go:106:20: bigVar() escapes to heap
./basic.go:106:31: bigMake() escapes to heap
./basic.go:106:44: exactMake() escapes to heap
./basic.go:106:55: varMake(10) escapes to heap
./basic.go:108:13: ... argument does not escape
./basic.go:108:14: *param(&y) escapes to heap
./basic.go:115:13: ... argument does not escape
./basic.go:115:23: paramNone(&u) escapes to heap
./basic.go:118:13: ... argument does not escape
./basic.go:118:14: *(<-ch) escapes to heap
