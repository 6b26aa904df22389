package main

func main() {
	c := make(chan int, 10)
	for i := 0; i < 5; i++ {
		go func(i int) { c <- i }(i)
	}
	for i := 0; i < 5; i++ {
		println(<-c)
	}
}
