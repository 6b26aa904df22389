// +build plan9,!linux

// run

// Fixture: an old-style constraint for another OS.

package main

func main() {}
