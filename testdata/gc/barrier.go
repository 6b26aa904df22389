// The write barrier's deletion half, from compiled code: while the collector is marking, the only
// reference to an object moves from a heap object (not yet scanned) into a local variable on the
// stack (scanned at mark start), then the heap slot is cleared. Without the barrier the object stays
// white and is freed while still in use; GODEBUG=gccheckmark=1 catches it at mark termination, and
// GODEBUG=gcslowmark=1 stretches every mark phase over thousands of allocations so that it happens.
package main

import "fmt"

type Obj struct {
	id  int
	pad [3]int
}

type Holder struct {
	p *Obj
}

var sink *Obj
var junk []byte

func main() {
	const n = 3000
	hs := make([]*Holder, n)
	for i := range hs {
		hs[i] = &Holder{p: &Obj{id: i}}
	}
	var locals [64]*Obj // stack slots, each keeping its object for ~3000 iterations
	var want [64]int
	bad, k := 0, 0
	for round := 0; round < 6; round++ {
		for i := 0; i < n; i++ {
			if i%47 == 0 {
				if o := locals[k]; o != nil && o.id != want[k] {
					bad++
				}
				locals[k] = hs[i].p // the only reference moves to the stack…
				want[k] = hs[i].p.id
				hs[i].p = nil // …and the heap slot is cleared
				hs[i].p = &Obj{id: (round+1)*n + i}
				k = (k + 1) % len(locals)
			}
			sink = &Obj{id: -1}      // garbage of the same size class: reuses freed slots
			junk = make([]byte, 400) // more garbage: a cycle every ~1 MB
		}
	}
	for k, o := range locals {
		if o.id != want[k] {
			bad++
		}
	}
	fmt.Println("corrupted:", bad)
}
