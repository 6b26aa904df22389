package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (q Sq) Name() string     { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }
func (c *Circ) Name() string  { return "circle" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.code) }

func find(i int) error {
	if i < 0 {
		return &MyErr{i}
	}
	if i == 0 {
		return errors.New("zero")
	}
	return nil
}

type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Sq{2}, &Circ{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	for i := -1; i <= 1; i++ {
		err := find(i)
		fmt.Println(err, err == nil)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("as", me.code)
		}
	}
	var t Stringer = Temp(21.5)
	fmt.Println(t, t.String())
	fmt.Println(describe(nil), describe(3), describe("s"), describe(Sq{1}), describe(errors.New("e")), describe(2.5))
	var e interface{} = 5
	n, ok := e.(int)
	s, ok2 := e.(string)
	fmt.Println(n, ok, s, ok2)
	var a, b interface{} = "x", "x"
	fmt.Println(a == b, a != 5)
	var sh Shape = Sq{3}
	if q, ok := sh.(Sq); ok {
		fmt.Println("sq", q.s)
	}
	fmt.Printf("%v %T %T\n", sh, sh, e)
}
