./concurrency.go:14:7: leaking param: c
./concurrency.go:14:23: leaking param: key
./concurrency.go:21:8: func literal does not escape
./concurrency.go:23:20: ... argument does not escape
./concurrency.go:29:15: leaking param: nums
./concurrency.go:31:5: func literal escapes to heap
./concurrency.go:40:18: leaking param content: parts
./concurrency.go:41:6: moved to heap: wg
./concurrency.go:42:17: make([]int, len(parts)) escapes to heap
./concurrency.go:45:6: func literal escapes to heap
./concurrency.go:62:5: func literal escapes to heap
./concurrency.go:79:14: leaking param content: jobs
./concurrency.go:84:11: job does not escape
./concurrency.go:81:6: moved to heap: wg
./concurrency.go:84:6: func literal escapes to heap
./concurrency.go:100:6: moved to heap: wg
./concurrency.go:118:6: moved to heap: once
./concurrency.go:99:7: &Counter{...} escapes to heap
./concurrency.go:99:33: map[string]int{} escapes to heap
./concurrency.go:103:6: func literal escapes to heap
./concurrency.go:109:13: ... argument does not escape
./concurrency.go:109:17: c.n["k"] escapes to heap
./concurrency.go:111:13: ... argument does not escape
./concurrency.go:112:31: []int{...} escapes to heap
./concurrency.go:113:12: ... argument does not escape
./concurrency.go:113:13: v escapes to heap
./concurrency.go:113:16: " " escapes to heap
./concurrency.go:116:13: ... argument does not escape
./concurrency.go:116:25: parallelSum([][]int{...}) escapes to heap
./concurrency.go:116:33: [][]int{...} does not escape
./concurrency.go:116:34: []int{...} escapes to heap
./concurrency.go:116:42: []int{...} escapes to heap
./concurrency.go:116:56: timeout(time.Duration(1000000)) escapes to heap
./concurrency.go:117:13: ... argument does not escape
./concurrency.go:117:17: len(workers([]*Job{...})) escapes to heap
./concurrency.go:117:32: []*Job{...} does not escape
./concurrency.go:117:33: &Job{...} escapes to heap
./concurrency.go:117:44: ([]byte)("ab") escapes to heap
./concurrency.go:117:52: &Job{...} escapes to heap
./concurrency.go:119:10: func literal does not escape
./concurrency.go:119:30: ... argument does not escape
./concurrency.go:119:31: "once" escapes to heap
