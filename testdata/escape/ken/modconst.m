./modconst.go:31:9: "fail" escapes to heap
./modconst.go:124:9: "fail" escapes to heap
./modconst.go:186:9: "fail" escapes to heap
./modconst.go:276:9: "fail" escapes to heap
./modconst.go:338:9: "fail" escapes to heap
./modconst.go:430:9: "fail" escapes to heap
./modconst.go:492:9: "fail" escapes to heap
./modconst.go:578:9: "fail" escapes to heap
