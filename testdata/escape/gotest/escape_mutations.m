./escape_mutations.go:17:9: b does not escape
./escape_mutations.go:21:9: b does not escape
./escape_mutations.go:25:10: b does not escape
./escape_mutations.go:29:9: leaking param: b
./escape_mutations.go:30:13: ... argument does not escape
./escape_mutations.go:33:9: leaking param content: b
./escape_mutations.go:34:13: ... argument does not escape
./escape_mutations.go:34:14: *b escapes to heap
./escape_mutations.go:37:10: leaking param content: b
./escape_mutations.go:39:13: ... argument does not escape
./escape_mutations.go:39:14: *b escapes to heap
./escape_mutations.go:42:9: leaking param: b
./escape_mutations.go:46:9: b does not escape
./escape_mutations.go:53:6: moved to heap: b
./escape_mutations.go:61:8: s does not escape
./escape_mutations.go:62:18: ([]byte)(s) escapes to heap
./escape_mutations.go:65:8: out does not escape
./escape_mutations.go:65:20: s does not escape
./escape_mutations.go:66:19: ([]byte)(s) does not escape
./escape_mutations.go:66:19: zero-copy string->[]byte conversion
./escape_mutations.go:69:8: s does not escape
./escape_mutations.go:70:14: ([]byte)(s) does not escape
./escape_mutations.go:70:14: zero-copy string->[]byte conversion
./escape_mutations.go:74:8: s does not escape
./escape_mutations.go:75:14: ([]byte)(s) does not escape
