./cplx3.go:31:9: 0 escapes to heap
./cplx3.go:39:9: 0 escapes to heap
./cplx3.go:45:9: 0 escapes to heap
