// run

// Fixture: the fake CLI exits 2 like a panicking program under `go run`.
// fake-output: "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:5 +0x25\nexit status 2\n"
// fake-exit: 2

package main

func main() { panic("boom") }
