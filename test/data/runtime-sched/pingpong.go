package main

func player(name string, table chan int, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		println(name, ball)
		if ball >= 6 {
			close(table)
			done <- true
			return
		}
		table <- ball + 1
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 1
	<-done
	<-done
}
