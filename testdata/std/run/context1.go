package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	child := context.WithValue(ctx, key("user"), "gopher")
	fmt.Println(child, child.Value(key("user")), child.Value(key("none")))
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), errors.Is(child.Err(), context.Canceled), context.Cause(child))
	c2, cancel2 := context.WithCancelCause(bg)
	cancel2(errors.New("boom"))
	fmt.Println(c2.Err(), context.Cause(c2))
	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	_, has := tctx.Deadline()
	fmt.Println(has)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("after")
	}
	done := make(chan bool)
	actx, acancel := context.WithCancel(bg)
	context.AfterFunc(actx, func() { done <- true })
	acancel()
	fmt.Println(<-done)
	stop := context.AfterFunc(bg, func() {})
	fmt.Println(stop())
	wc := context.WithoutCancel(child)
	fmt.Println(wc.Err(), wc.Value(key("user")))
	results := make(chan int)
	wctx, wcancel := context.WithCancel(bg)
	for i := 0; i < 3; i++ {
		go func(i int) {
			select {
			case <-wctx.Done():
				results <- -1
			case <-time.After(time.Duration(i+1) * 10 * time.Millisecond):
				results <- i
			}
		}(i)
	}
	fmt.Println(<-results)
	wcancel()
	a, b := <-results, <-results
	fmt.Println(a, b)
}
