// run

// Fixture: listed in the fixture skip list.

package main

func main() {}
