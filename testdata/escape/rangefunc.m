./rangefunc.go:9:7: l does not escape
./rangefunc.go:9:20: yield does not escape
./rangefunc.go:17:12: yield does not escape
./rangefunc.go:25:15: l does not escape
./rangefunc.go:26:9: moved to heap: v
./rangefunc.go:26:2: func literal does not escape
./rangefunc.go:35:7: &List{...} does not escape
./rangefunc.go:35:24: []int{...} does not escape
./rangefunc.go:37:2: func literal does not escape
./rangefunc.go:40:2: func literal does not escape
./rangefunc.go:46:13: ... argument does not escape
./rangefunc.go:46:14: sum escapes to heap
./rangefunc.go:46:19: *firstBig(l) escapes to heap
