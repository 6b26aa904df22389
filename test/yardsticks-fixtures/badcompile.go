// run

// Fixture: the fake CLI reports a compile error (exit 1).
// fake-output: "# command-line-arguments\n./badcompile.go:9:15: undefined: x\n"
// fake-exit: 1

package main

func main() { _ = x }
