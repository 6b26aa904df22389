//go:build (linux && amd64) || darwin

// run

// Fixture: a constraint that holds for gomemlab's linux/amd64 target.
// fake-output: ""

package main

func main() {}
