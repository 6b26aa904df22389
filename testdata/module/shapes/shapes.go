// Package shapes: interfaces and methods across package boundaries.
package shapes

import "math"

// Made counts constructed shapes (package state initialised in dependency order).
var Made int

type Shape interface {
	Name() string
	Area() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Name() string  { return "circle" }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r *Rect) Name() string   { return "rect" }
func (r *Rect) Area() float64  { return r.W * r.H }

func Defaults() []Shape {
	s := []Shape{Circle{1}, &Rect{2, 3}, Circle{2.5}}
	Made += len(s)
	return s
}
