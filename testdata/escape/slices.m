./slices.go:11:12: []int{...} does not escape
./slices.go:16:14: []int{...} escapes to heap
./slices.go:30:3: moved to heap: v
./slices.go:37:21: map[string]int{...} does not escape
./slices.go:43:11: make(map[int]int) escapes to heap
./slices.go:49:2: moved to heap: k
./slices.go:50:11: make(map[*int]bool) does not escape
./slices.go:61:18: t does not escape
./slices.go:62:14: make([]int, 4) escapes to heap
./slices.go:71:13: dst does not escape
./slices.go:71:18: src does not escape
./slices.go:75:14: s does not escape
./slices.go:83:16: s does not escape
./slices.go:84:14: ([]byte)(s) does not escape
./slices.go:84:14: zero-copy string->[]byte conversion
./slices.go:88:14: b does not escape
./slices.go:89:16: string(b) escapes to heap
./slices.go:92:13: a does not escape
./slices.go:92:16: b does not escape
./slices.go:93:11: a + b escapes to heap
./slices.go:96:18: a does not escape
./slices.go:96:21: b does not escape
./slices.go:97:13: a + b + "!" does not escape
./slices.go:104:13: ... argument does not escape
./slices.go:104:22: sliceLit() escapes to heap
./slices.go:104:40: sliceLitEscape() escapes to heap
./slices.go:104:55: appendLocal() escapes to heap
./slices.go:104:62: len(appendPtrs()) escapes to heap
./slices.go:104:86: mapLocal() escapes to heap
./slices.go:104:110: mapKeyPtr() escapes to heap
./slices.go:104:120: arrLit() escapes to heap
./slices.go:105:13: ... argument does not escape
./slices.go:105:24: sliceOfArr() escapes to heap
./slices.go:105:34: copyIt(make([]int, 2), []int{...}) escapes to heap
./slices.go:105:39: make([]int, 2) does not escape
./slices.go:105:56: []int{...} does not escape
./slices.go:105:72: rangeIt(nil) escapes to heap
./slices.go:105:88: bytesConv("hi") escapes to heap
./slices.go:105:103: strConv([]byte{...}) escapes to heap
./slices.go:105:110: []byte{...} does not escape
./slices.go:105:123: concat("a", "b") escapes to heap
./slices.go:105:146: concatLocal("x", "y") escapes to heap
