./divconst.go:31:9: "fail" escapes to heap
./divconst.go:124:9: "fail" escapes to heap
./divconst.go:186:9: "fail" escapes to heap
./divconst.go:276:9: "fail" escapes to heap
./divconst.go:338:9: "fail" escapes to heap
./divconst.go:430:9: "fail" escapes to heap
./divconst.go:492:9: "fail" escapes to heap
./divconst.go:576:9: "fail" escapes to heap
