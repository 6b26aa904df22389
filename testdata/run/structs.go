package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Named struct {
	Point
	Label string
}

func newPoint(x, y int) *Point { return &Point{x, y} }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q)
	p.Scale(3)
	fmt.Println(p, p.Add(q))
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	fmt.Println(r.Area(), r)
	fmt.Printf("%+v\n", r)
	np := newPoint(5, 6)
	np.Scale(2)
	fmt.Println(*np, np.X)
	n := Named{Point{7, 8}, "lbl"}
	n.Scale(2)
	fmt.Println(n.X, n.Add(Point{1, 1}), n)
	pts := []Point{{1, 2}, {3, 4}}
	for i := range pts {
		pts[i].Scale(10)
	}
	fmt.Println(pts)
	ptrs := []*Point{{1, 1}, newPoint(2, 2)}
	fmt.Println(*ptrs[0], *ptrs[1])
	var anon struct {
		A int
		B string
	}
	anon.A = 5
	anon.B = "b"
	fmt.Println(anon)
	m := map[Point]string{{1, 2}: "a"}
	fmt.Println(m[Point{1, 2}])
}
