./chan1.go:18:8: c does not escape
./chan1.go:27:11: "fail" escapes to heap
./chan1.go:34:8: c does not escape
./chan1.go:39:10: "fail" escapes to heap
