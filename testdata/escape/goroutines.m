./goroutines.go:13:21: jobs does not escape
./goroutines.go:13:38: results does not escape
./goroutines.go:13:61: leaking param: wg
./goroutines.go:16:3: moved to heap: v
./goroutines.go:23:5: func literal escapes to heap
./goroutines.go:32:15: leaking param: b
./goroutines.go:32:12: moved to heap: a
./goroutines.go:34:5: func literal escapes to heap
./goroutines.go:51:12: leaking param: msg
./goroutines.go:51:24: leaking param: done
./goroutines.go:52:10: leaking param: m
./goroutines.go:52:5: func literal escapes to heap
./goroutines.go:53:14: ... argument does not escape
./goroutines.go:53:15: m escapes to heap
./goroutines.go:63:10: p does not escape
./goroutines.go:63:18: leaking param: wg
./goroutines.go:58:15: leaking param: p
./goroutines.go:58:23: leaking param: wg
./goroutines.go:71:6: moved to heap: wg
./goroutines.go:95:2: moved to heap: x
./goroutines.go:96:6: moved to heap: wg2
./goroutines.go:99:6: moved to heap: mu
./goroutines.go:86:13: ... argument does not escape
./goroutines.go:86:14: sum escapes to heap
./goroutines.go:91:13: ... argument does not escape
./goroutines.go:91:14: total escapes to heap
