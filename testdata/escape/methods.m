./methods.go:16:7: d does not escape
./methods.go:17:7: leaking param: d to result ~r0 level=1
./methods.go:21:7: c does not escape
./methods.go:22:7: leaking param: c to result ~r0 level=0
./methods.go:26:7: b does not escape
./methods.go:38:7: leaking param content: s
./methods.go:41:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./methods.go:39:7: s does not escape
./methods.go:50:7: n does not escape
./methods.go:51:8: &Node{...} escapes to heap
./methods.go:56:14: n does not escape
./methods.go:66:7: e does not escape
./methods.go:66:52: ... argument does not escape
./methods.go:66:65: e.code escapes to heap
./methods.go:70:10: &MyErr{...} escapes to heap
./methods.go:78:15: leaking param: a
./methods.go:79:29: a.Name() + " says " + a.Sound() escapes to heap
./methods.go:82:11: parts does not escape
./methods.go:110:6: moved to heap: target
./methods.go:91:7: &Dog{...} escapes to heap
./methods.go:93:21: []Animal{...} does not escape
./methods.go:93:25: c escapes to heap
./methods.go:95:14: ... argument does not escape
./methods.go:95:23: describe(a) escapes to heap
./methods.go:99:13: ... argument does not escape
./methods.go:99:19: (*Base).ID(dv.Base) escapes to heap
./methods.go:99:34: Base.Describe(dv.Base) escapes to heap
./methods.go:100:7: &Stack{} does not escape
./methods.go:103:13: ... argument does not escape
./methods.go:103:19: (*Stack).Pop(s) escapes to heap
./methods.go:104:10: &Node{...} does not escape
./methods.go:106:13: ... argument does not escape
./methods.go:106:21: listLen(head) escapes to heap
./methods.go:108:14: ... argument does not escape
./methods.go:108:15: "error:" escapes to heap
./methods.go:112:14: ... argument does not escape
./methods.go:112:21: target.code escapes to heap
./methods.go:114:13: ... argument does not escape
./methods.go:114:18: join([]string{...}) escapes to heap
./methods.go:114:27: []string{...} does not escape
./methods.go:115:8: d.Sound does not escape
./methods.go:116:13: ... argument does not escape
./methods.go:116:15: f() escapes to heap
