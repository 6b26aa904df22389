package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Shape interface {
	Area() float64
}

type Circle struct {
	R float64
}

func (c Circle) Area() float64 { return 3.0 * c.R * c.R }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct {
	Val  int
	Next *Node
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Wrapper struct {
	Name  string
	Inner Point
	Tags  []string
	M     map[string]int
	Any   any
	C     Color
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	var s Shape = Circle{2}
	fmt.Printf("%v %T %.2f\n", s, s, s.Area())
	fmt.Println(Temp(21.5), []Temp{1, 2})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", n.Next == nil, *n.Next)
	fmt.Println(Red, Green, []Color{Green, Red})
	fmt.Printf("%d %v %s\n", Green, Green, Green)
	w := Wrapper{"w", Point{3, 4}, []string{"a", "b"}, map[string]int{"z": 26, "a": 1}, 3.5, Green}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Println([]any{1, "a", nil, 2.5, true, []int{1}})
	fmt.Println([][]int{{1, 2}, {3}}, [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Println(map[int][]string{2: {"b"}, 1: {"a"}})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "x", -1: "y"})
	var ip *int
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil))
	fmt.Printf("%v %d %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%5.2f|%-8v|%08.3f|%+d|%x|%X|%o|%b|%e|%g\n", 3.14159, "ab", -3.5, 5, "hex", 3054, 8, 5, 123456.789, 1e-7)
	fmt.Printf("%3c|%-4q|%U|%#U\n", 'A', 'B', 'C', '世')
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|%.*s\n", 5, 1, 4, 2, 2, "abcdef")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Print(1, 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 1)
	str := fmt.Sprintln("x", 1)
	fmt.Print(str)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2))
	fmt.Println(int8(-5), uint8(200), int64(-1<<63), uint64(1<<64-1), uintptr(10))
	fmt.Println(float32(0.1), float64(float32(0.1)), 1e100, 123456789.0, 1234567890123.0, 0.000001, -0.0)
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("%x % X %#x\n", []byte{1, 2, 255}, []byte{1, 2, 255}, "hi")
	fmt.Printf("%q %+q %#q\n", "héllo\n", "héllo", "raw`s")
	fmt.Printf("%08b %o %O %#o\n", 5, 64, 64, 64)
	fmt.Printf("%v %v\n", struct{}{}, struct{ a, b int }{1, 2})
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%d\n", Point{1, 2})
	fmt.Printf("%x\n", Point{10, 11})
}
