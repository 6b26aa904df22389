./sliceslice.go:152:9: "fail" escapes to heap
./sliceslice.go:157:9: "fail" escapes to heap
./sliceslice.go:164:10: "fail" escapes to heap
./sliceslice.go:175:9: "fail" escapes to heap
./sliceslice.go:180:9: "fail" escapes to heap
./sliceslice.go:187:10: "fail" escapes to heap
./sliceslice.go:194:11: make([]byte, 10) escapes to heap
./sliceslice.go:200:11: make([]float64, 10) escapes to heap
