// A closure without captures (a static func value) that starts goroutines and blocks in select,
// reached only through a func value: the program must be compiled in generator mode.
package main

func run(f func(n int)) { f(3) }

func main() {
	run(func(n int) {
		c := make(chan int)
		done := make(chan bool)
		for i := 0; i < n; i++ {
			go func() {
				select {
				case v := <-c:
					println("got", v)
				}
				done <- true
			}()
		}
		for i := 0; i < n; i++ {
			c <- i
			<-done
		}
	})
}
