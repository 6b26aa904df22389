package main

import "time"

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	time.Sleep(2 * time.Second)
	println(len(t.C), cap(t.C))
	println(t.Stop())
	select {
	case <-t.C:
		println("got")
	default:
		println("empty")
	}
	println(t.Reset(time.Second))
	<-t.C
	println(t.Stop())
	println(t.Reset(time.Second))
	println(t.Reset(2 * time.Second))
	<-t.C
	tk := time.NewTicker(100 * time.Millisecond)
	time.Sleep(350 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	println(time.Since(start).Round(10*time.Millisecond).String())
}
