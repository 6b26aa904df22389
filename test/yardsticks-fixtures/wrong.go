// run

// Fixture: output differs from wrong.out on line 2.
// fake-output: "a\nB\nc\n"

package main

func main() { print("a\nB\nc\n") }
