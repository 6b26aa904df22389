./cplx4.go:21:11: s does not escape
./cplx4.go:21:14: w does not escape
./cplx4.go:23:20: s + " != " + w escapes to heap
./cplx4.go:23:20: s + " != " + w escapes to heap
./cplx4.go:27:28: w does not escape
./cplx4.go:28:18: ... argument does not escape
./cplx4.go:28:25: c escapes to heap
./cplx4.go:35:18: ... argument does not escape
./cplx4.go:35:25: (-5 + -6i) escapes to heap
./cplx4.go:41:17: ... argument does not escape
./cplx4.go:41:24: c1 escapes to heap
./cplx4.go:47:17: ... argument does not escape
./cplx4.go:47:24: c2 escapes to heap
./cplx4.go:52:17: ... argument does not escape
./cplx4.go:52:24: c3 escapes to heap
./cplx4.go:58:13: ... argument does not escape
./cplx4.go:58:43: c3 escapes to heap
./cplx4.go:58:47: c4 escapes to heap
./cplx4.go:59:9: 0 escapes to heap
