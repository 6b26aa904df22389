// run

// Fixture: the fake CLI never finishes.
// fake-hang: true

package main

func main() { for {} }
