./slicearray.go:161:9: "fail" escapes to heap
./slicearray.go:166:9: "fail" escapes to heap
./slicearray.go:173:10: "fail" escapes to heap
./slicearray.go:184:9: "fail" escapes to heap
./slicearray.go:189:9: "fail" escapes to heap
./slicearray.go:196:10: "fail" escapes to heap
