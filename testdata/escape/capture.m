./capture.go:9:9: func literal escapes to heap
./capture.go:13:2: moved to heap: x
./capture.go:14:7: func literal escapes to heap
./capture.go:20:2: moved to heap: x
./capture.go:23:9: func literal escapes to heap
./capture.go:27:6: moved to heap: b
./capture.go:28:9: func literal escapes to heap
./capture.go:34:9: func literal escapes to heap
./capture.go:40:19: func literal escapes to heap
./capture.go:47:6: moved to heap: i
./capture.go:48:19: func literal escapes to heap
./capture.go:54:2: moved to heap: a
./capture.go:55:9: func literal escapes to heap
./capture.go:57:10: func literal escapes to heap
./capture.go:62:2: moved to heap: n
./capture.go:63:9: func literal escapes to heap
./capture.go:63:25: func literal escapes to heap
./capture.go:67:8: func literal does not escape
./capture.go:73:13: ... argument does not escape
./capture.go:73:26: .autotmp_0() escapes to heap
./capture.go:73:47: .autotmp_1() escapes to heap
./capture.go:73:62: .autotmp_2() escapes to heap
./capture.go:73:76: .autotmp_3() escapes to heap
./capture.go:73:98: .autotmp_4() escapes to heap
./capture.go:75:14: ... argument does not escape
./capture.go:75:16: f() escapes to heap
./capture.go:82:13: ... argument does not escape
./capture.go:82:17: get() escapes to heap
./capture.go:82:31: .autotmp_12() escapes to heap
./capture.go:82:47: deferClosure() escapes to heap
