// run -gcflags=-l -godebug gctrace=0 -goexperiment rangefunc arg1 'two words'

// Fixture: recipe with go flags, environment settings and program arguments.
// fake-output: "args"

package main

func main() {}
