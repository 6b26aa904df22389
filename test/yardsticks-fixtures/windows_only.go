//go:build windows

// run

// Fixture: a build constraint for another OS, so the test is skipped.

package main

func main() {}
