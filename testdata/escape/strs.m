./strs.go:8:12: name does not escape
./strs.go:9:26: "hello, " + name + "!" escapes to heap
./strs.go:12:13: leaking param: s to result ~r0 level=0
./strs.go:20:14: s does not escape
./strs.go:21:16: ([]byte)(s) escapes to heap
./strs.go:24:12: s does not escape
./strs.go:25:14: ([]byte)(s) does not escape
./strs.go:31:16: string(b) escapes to heap
./strs.go:34:12: s does not escape
./strs.go:35:20: ([]rune)(s) does not escape
./strs.go:38:10: leaking param: s to result ~r0 level=0
./strs.go:42:14: words does not escape
./strs.go:53:12: leaking param: s
./strs.go:58:13: ... argument does not escape
./strs.go:58:19: greet("go") escapes to heap
./strs.go:58:33: repeat("ab", 3) escapes to heap
./strs.go:58:51: bytesOf("x") escapes to heap
./strs.go:58:63: upper("abc") escapes to heap
./strs.go:58:77: runes("héllo") escapes to heap
./strs.go:58:92: sub("abcd") escapes to heap
./strs.go:59:13: ... argument does not escape
./strs.go:59:21: builder([]string{...}) escapes to heap
./strs.go:59:30: []string{...} does not escape
./strs.go:59:48: split("a,b") escapes to heap
./strs.go:60:18: ... argument does not escape
./strs.go:60:28: 1 escapes to heap
./strs.go:60:31: "x" escapes to heap
./strs.go:61:13: ... argument does not escape
./strs.go:61:17: len(s) escapes to heap
./strs.go:61:37: strings.ToUpper(s) escapes to heap
./strs.go:61:58: strings.Contains(s, "1") escapes to heap
./strs.go:61:82: strings.Repeat("-", 3) escapes to heap
./strs.go:62:19: "count: " + fmt.Sprint(... argument...) does not escape
./strs.go:62:31: ... argument does not escape
./strs.go:62:32: 3 escapes to heap
