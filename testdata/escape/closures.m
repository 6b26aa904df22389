./closures.go:6:2: moved to heap: n
./closures.go:7:9: func literal escapes to heap
./closures.go:15:9: func literal escapes to heap
./closures.go:20:7: func literal does not escape
./closures.go:26:7: func literal does not escape
./closures.go:33:2: func literal does not escape
./closures.go:42:2: moved to heap: c
./closures.go:43:9: func literal escapes to heap
./closures.go:47:6: moved to heap: arr
./closures.go:48:9: func literal escapes to heap
./closures.go:51:12: f does not escape
./closures.go:57:15: func literal does not escape
./closures.go:62:13: ... argument does not escape
./closures.go:62:15: c() escapes to heap
./closures.go:62:20: c() escapes to heap
./closures.go:63:13: ... argument does not escape
./closures.go:63:23: .autotmp_1() escapes to heap
./closures.go:63:39: localClosure() escapes to heap
./closures.go:63:58: localClosureRef() escapes to heap
./closures.go:63:71: immediate() escapes to heap
./closures.go:66:13: ... argument does not escape
./closures.go:66:26: .autotmp_2() escapes to heap
./closures.go:66:41: passClosure() escapes to heap
