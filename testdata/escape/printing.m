./printing.go:40:27: devirtualizing st.String to MyInt
./printing.go:21:7: o does not escape
./printing.go:22:7: o does not escape
./printing.go:28:15: xs does not escape
./printing.go:31:6: moved to heap: o
./printing.go:34:16: ([]byte)(s + "x") does not escape
./printing.go:34:16: zero-copy string->[]byte conversion
./printing.go:34:16: s + "x" does not escape
./printing.go:35:13: ... argument does not escape
./printing.go:35:15: o.Inner.X escapes to heap
./printing.go:35:26: o.Inner.X escapes to heap
./printing.go:35:33: o.S[1] escapes to heap
./printing.go:35:41: o.M["a"] escapes to heap
./printing.go:35:48: 5 escapes to heap
./printing.go:35:51: "hello" escapes to heap
./printing.go:35:57: i64 + int64(1) escapes to heap
./printing.go:35:66: (*Outer).Get(o) escapes to heap
./printing.go:35:75: Outer.Val(o) escapes to heap
./printing.go:35:84: MyInt(3) escapes to heap
./printing.go:35:89: 'a' escapes to heap
./printing.go:35:94: 1.5 escapes to heap
./printing.go:35:99: 2 escapes to heap
./printing.go:35:104: 1e+100 escapes to heap
./printing.go:35:111: true escapes to heap
./printing.go:35:122: -i64 escapes to heap
./printing.go:35:128: ^i64 escapes to heap
./printing.go:36:13: ... argument does not escape
./printing.go:36:29: strings.ToUpper(s) escapes to heap
./printing.go:36:35: s[1:] escapes to heap
./printing.go:36:42: s + s escapes to heap
./printing.go:36:42: s + s escapes to heap
./printing.go:36:53: len(s) > 2 escapes to heap
./printing.go:36:69: fmt.Sprintf("%d", ... argument...) escapes to heap
./printing.go:36:69: ... argument does not escape
./printing.go:36:76: 3 escapes to heap
./printing.go:36:88: variadic(... argument...) escapes to heap
./printing.go:36:88: ... argument does not escape
./printing.go:36:104: variadic(nil...) escapes to heap
./printing.go:36:109: b[0] escapes to heap
./printing.go:36:120: string(b[0]) escapes to heap
./printing.go:36:122: string(b[0]) escapes to heap
./printing.go:36:137: i64 == int64(3) && s != "" escapes to heap
./printing.go:36:152: o.P.X escapes to heap
./printing.go:37:14: o escapes to heap
./printing.go:38:13: ... argument does not escape
./printing.go:38:23: e.(Outer).Inner.X escapes to heap
./printing.go:38:31: o.Get escapes to heap
./printing.go:38:44: os.Args[0] escapes to heap
./printing.go:38:61: float64(i64) * 2.5 escapes to heap
./printing.go:38:72: uint8(i64) escapes to heap
./printing.go:38:79: -(i64 + int64(1)) escapes to heap
./printing.go:38:98: (i64 + int64(1)) * int64(2) escapes to heap
./printing.go:38:105: i64 << uint(2) escapes to heap
./printing.go:38:113: "ab" escapes to heap
./printing.go:38:120: 10 escapes to heap
./printing.go:38:132: MyInt(8) escapes to heap
./printing.go:39:25: MyInt(2) escapes to heap
./printing.go:40:13: ... argument does not escape
./printing.go:40:27: MyInt.String(st.(MyInt)) escapes to heap
./printing.go:40:36: []int{...} escapes to heap
./printing.go:40:36: []int{...} escapes to heap
./printing.go:40:47: [2]int{...} escapes to heap
./printing.go:40:66: map[int]int{} escapes to heap
./printing.go:40:85: struct { A int }{...} escapes to heap
./printing.go:40:94: *o.P escapes to heap
./printing.go:40:109: uint(i64) >> uint(1) escapes to heap
./printing.go:40:121: (1 + 2i) escapes to heap
./printing.go:40:133: int8(-3) escapes to heap
./printing.go:42:13: ... argument does not escape
./printing.go:42:15: x[0] escapes to heap
./printing.go:42:21: x[:2] escapes to heap
./printing.go:42:33: ([]rune)(x) escapes to heap
./printing.go:42:34: ([]rune)(x) escapes to heap
./printing.go:42:44: ([]byte)(x) escapes to heap
./printing.go:42:45: ([]byte)(x) escapes to heap
./printing.go:42:55: string(rune(i64)) escapes to heap
./printing.go:42:60: string(rune(i64)) escapes to heap
./printing.go:42:74: string(([]rune)(x)) escapes to heap
./printing.go:42:81: string(([]rune)(x)) escapes to heap
./printing.go:42:82: ([]rune)(x) does not escape
./printing.go:44:5: func literal escapes to heap
./printing.go:45:13: ... argument does not escape
./printing.go:45:14: <-ch escapes to heap
./printing.go:46:2: func literal does not escape
./printing.go:46:22: ... argument does not escape
./printing.go:46:23: i64 escapes to heap
./printing.go:47:20: "bye" escapes to heap
./printing.go:47:27: i64 escapes to heap
./printing.go:47:19: ... argument does not escape
./printing.go:50:8: s escapes to heap
