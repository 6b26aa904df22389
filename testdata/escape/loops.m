./loops.go:9:6: moved to heap: i
./loops.go:18:19: func literal escapes to heap
./loops.go:25:21: i escapes to heap
./loops.go:25:20: ... argument does not escape
./loops.go:29:14: leaking param: xs to result ~r0 level=0
./loops.go:40:3: moved to heap: x
./loops.go:46:13: m does not escape
./loops.go:58:2: moved to heap: x
./loops.go:68:13: ... argument does not escape
./loops.go:68:17: len(collectPtrs(3)) escapes to heap
./loops.go:70:14: ... argument does not escape
./loops.go:70:16: f() escapes to heap
./loops.go:73:13: ... argument does not escape
./loops.go:73:39: lastPtr([]item{...}).v escapes to heap
./loops.go:73:28: []item{...} does not escape
./loops.go:73:54: localInLoop() escapes to heap
./loops.go:74:13: ... argument does not escape
./loops.go:74:20: sumMap(map[string]*item{...}) escapes to heap
./loops.go:74:37: map[string]*item{...} does not escape
./loops.go:74:43: &item{...} escapes to heap
./loops.go:74:58: gotoLoop() escapes to heap
