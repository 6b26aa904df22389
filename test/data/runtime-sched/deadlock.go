package main

func f(c chan int) {
	c <- 1
}

func main() {
	c := make(chan int)
	go f(c)
	var n chan int
	go func() {
		<-n
	}()
	<-c
	<-c
}
