package main

import (
	"errors"
	"fmt"
	"os"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func kind(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case *Rect:
		return fmt.Sprint(x.W)
	case error:
		return x.Error()
	default:
		return "other"
	}
}

func check(err error) bool {
	return err == os.ErrNotExist || errors.Is(err, os.ErrNotExist)
}

func assert(v any) int {
	if n, ok := v.(int); ok {
		return n
	}
	r := v.(Rect)
	return int(r.W)
}

var ErrX = errors.New("x")

func wrap(err error) error {
	return fmt.Errorf("wrapped: %w", err)
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}}
	fmt.Println(total(shapes))
	fmt.Println(kind(1), kind("s"), kind(&Rect{}), kind(ErrX), kind(2.5))
	fmt.Println(check(nil), assert(3), assert(Rect{4, 5}))
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area())
	err := wrap(ErrX)
	fmt.Println(err, errors.Unwrap(err) == ErrX)
	var e error
	if e == nil {
		fmt.Printf("%v %d %s\n", e, 42, "str")
	}
}
