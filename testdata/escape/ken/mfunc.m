./mfunc.go:16:24: x + y escapes to heap
