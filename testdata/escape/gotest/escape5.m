./escape5.go:17:13: p does not escape
./escape5.go:21:16: leaking param: p to result ~r0 level=0
./escape5.go:25:17: leaking param: p to result ~r0 level=0
./escape5.go:25:17: leaking param: p to result ~r1 level=0
./escape5.go:29:18: leaking param: p to result ~r0 level=0
./escape5.go:29:21: leaking param: q to result ~r1 level=0
./escape5.go:33:19: leaking param: p to result ~r1 level=0
./escape5.go:33:22: leaking param: q to result ~r0 level=0
./escape5.go:37:19: leaking param: p to result ~r1 level=0
./escape5.go:37:22: leaking param: q to result ~r0 level=0
./escape5.go:42:19: leaking param: p to result s level=0
./escape5.go:42:22: leaking param: q to result r level=0
./escape5.go:47:19: leaking param: p to result s level=0
./escape5.go:47:22: leaking param: q to result r level=0
./escape5.go:52:19: leaking param: p to result s level=0
./escape5.go:52:22: leaking param: q to result r level=0
./escape5.go:59:17: leaking param: p
./escape5.go:77:6: moved to heap: x
./escape5.go:83:6: moved to heap: x
./escape5.go:95:6: moved to heap: x
./escape5.go:103:7: leaking param: t to result ~r0 level=0
./escape5.go:109:13: new(T) escapes to heap
./escape5.go:113:21: leaking param: p
./escape5.go:113:24: leaking param: q
./escape5.go:117:21: leaking param: p
./escape5.go:117:24: leaking param: q
./escape5.go:135:9: leaking param: p
./escape5.go:147:6: moved to heap: j
./escape5.go:153:6: moved to heap: x
./escape5.go:154:14: make([]byte, 1073741824) escapes to heap
./escape5.go:193:7: t does not escape
./escape5.go:213:14: args does not escape
./escape5.go:222:14: args does not escape
./escape5.go:231:14: leaking param content: args
./escape5.go:246:20: leaking param: x
./escape5.go:255:12: x escapes to heap
./escape5.go:278:8: leaking param: p
./escape5.go:278:17: moved to heap: r
