./cplx5.go:72:15: c does not escape
./cplx5.go:25:10: a[5] escapes to heap
./cplx5.go:29:10: make([]complex128, 12) escapes to heap
./cplx5.go:34:10: s[5] escapes to heap
./cplx5.go:42:9: vc escapes to heap
./cplx5.go:49:9: *pv escapes to heap
./cplx5.go:55:10: f.c escapes to heap
./cplx5.go:59:10: make(map[complex128]complex128) escapes to heap
./cplx5.go:64:10: m[(-5 + 5i)] escapes to heap
./cplx5.go:68:9: vm escapes to heap
