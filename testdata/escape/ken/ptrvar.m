./ptrvar.go:37:27: 1 escapes to heap
./ptrvar.go:38:27: 2 escapes to heap
./ptrvar.go:53:23: x escapes to heap
