// run

// Fixture for test/yardsticks.test.ts: a plain `// run` test whose output matches hello.out.
// fake-output: "hello, world\n"

package main

func main() { println("hello, world") }
