// errorcheck

// Fixture: not a `run` test.

package main

var x int = "s" // ERROR "cannot use"
