// run

// Fixture: no .out file, so the expected output is empty; this program prints nothing.
// fake-output: ""

package main

func main() {}
