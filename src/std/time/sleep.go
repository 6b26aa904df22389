// time: Timer, Ticker, After, Tick, AfterFunc (mirrors $GOROOT/src/time/sleep.go and tick.go with
// Go 1.23 semantics: unbuffered-looking timer channels, Stop/Reset drain them). Timers live in the
// simulated runtime (src/runtime/time.ts); the natives below create and control them by handle.
package time

// natives (natives.ts): runtime timers by handle id
func newTimerChan(c chan Time, loc *Location, when int64, period int64) int
func newTimerFunc(f func(), when int64) int
func stopTimer(id int) bool
func resetTimer(id int, when int64, period int64) bool

// when is a helper function for setting the 'when' field of a runtime timer: the monotonic time
// d from now, saturating on overflow.
func when(d Duration) int64 {
	if d <= 0 {
		return nanotime()
	}
	t := nanotime() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the current time will be
// sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C  <-chan Time
	id int
}

// NewTimer creates a new Timer that will send the current time on its channel after at least
// duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.id = newTimerChan(c, Local, when(d), 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false if the
// timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.id)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had been
// active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.id, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It returns a
// Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.id = newTimerFunc(f, when(d))
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	id int
}

// NewTicker returns a new Ticker containing a channel that will send the current time on the
// channel after each tick. The duration d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.id = newTimerChan(c, Local, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.id == 0 {
		return
	}
	stopTimer(t.id)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.id, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
// Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
