./strvar.go:30:26: s1.c escapes to heap
./strvar.go:31:26: g1.c escapes to heap
./strvar.go:41:31: s2.d.c escapes to heap
./strvar.go:42:31: g2.d.c escapes to heap
./strvar.go:57:23: x escapes to heap
./strvar.go:68:31: s3.d.c escapes to heap
./strvar.go:78:23: x escapes to heap
