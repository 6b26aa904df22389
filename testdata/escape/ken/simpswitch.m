./simpswitch.go:21:18: string(i + 48) escapes to heap
./simpswitch.go:23:14: "out" + string(i + 48) escapes to heap
./simpswitch.go:23:24: string(i + 48) does not escape
./simpswitch.go:26:9: r escapes to heap
