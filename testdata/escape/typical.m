./typical.go:34:9: &Bank{...} escapes to heap
./typical.go:34:29: make(map[int]*Account) escapes to heap
./typical.go:37:7: b does not escape
./typical.go:37:21: leaking param: owner
./typical.go:39:7: &Account{...} escapes to heap
./typical.go:44:7: leaking param content: a
./typical.go:46:20: ... argument does not escape
./typical.go:46:50: x escapes to heap
./typical.go:46:54: a.ID escapes to heap
./typical.go:53:7: a does not escape
./typical.go:54:23: a.Owner + ":" + strconv.FormatFloat(a.Balance, byte(102), 2, 64) escapes to heap
./typical.go:57:16: leaking param: text
./typical.go:58:16: make(map[string]int) escapes to heap
./typical.go:65:15: counts does not escape
./typical.go:66:15: make([]string, 0, len(counts)) escapes to heap
./typical.go:70:13: words escapes to heap
./typical.go:70:20: func literal does not escape
./typical.go:94:11: make(Matrix, r) escapes to heap
./typical.go:96:14: make([]float64, c) escapes to heap
./typical.go:101:7: m does not escape
./typical.go:101:21: o does not escape
./typical.go:136:6: moved to heap: sb
./typical.go:120:14: ... argument does not escape
./typical.go:120:15: "error:" escapes to heap
./typical.go:122:13: ... argument does not escape
./typical.go:123:12: ... argument does not escape
./typical.go:123:32: (*Account).String(a) escapes to heap
./typical.go:123:39: len(bank.accounts) escapes to heap
./typical.go:125:13: ... argument does not escape
./typical.go:125:22: topWords(counts, 2) escapes to heap
./typical.go:130:13: ... argument does not escape
./typical.go:130:14: p escapes to heap
./typical.go:130:35: time.Since(start) >= time.Duration(0) escapes to heap
./typical.go:135:13: ... argument does not escape
./typical.go:135:17: len(lines) escapes to heap
./typical.go:138:14: ... argument does not escape
./typical.go:138:27: i escapes to heap
./typical.go:140:13: ... argument does not escape
./typical.go:140:23: (*strings.Builder).String(sb) escapes to heap
