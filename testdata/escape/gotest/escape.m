./escape.go:17:18: make([]*int, 0, 100) escapes to heap
./escape.go:19:14: leaking param: p
./escape.go:19:17: leaking param: q
./escape.go:19:25: s does not escape
./escape.go:36:10: p does not escape
./escape.go:36:13: q does not escape
./escape.go:36:28: s does not escape
./escape.go:47:10: leaking param: p
./escape.go:47:13: leaking param: q
./escape.go:47:28: s does not escape
./escape.go:52:15: p does not escape
./escape.go:52:18: q does not escape
./escape.go:52:33: s does not escape
./escape.go:64:6: moved to heap: i
./escape.go:70:6: moved to heap: j
./escape.go:76:2: moved to heap: k
./escape.go:80:17: moved to heap: x
./escape.go:84:11: c does not escape
./escape.go:92:7: moved to heap: req
./escape.go:107:8: moved to heap: req
./escape.go:117:9: moved to heap: v
./escape.go:129:9: moved to heap: v
./escape.go:140:2: moved to heap: i
./escape.go:152:11: new(int) escapes to heap
./escape.go:154:10: func literal escapes to heap
./escape.go:160:26: moved to heap: x
./escape.go:166:28: moved to heap: x
./escape.go:171:21: moved to heap: x
./escape.go:173:5: func literal escapes to heap
./escape.go:224:9: "BUG: no escape" escapes to heap
