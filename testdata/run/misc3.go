package main

import (
	"fmt"
	"os"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Config struct {
	Name string
	Opts struct {
		Verbose bool
		Level   int
	}
	Limits [2]int
}

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			err = fmt.Errorf("bad digit %q", c)
			return
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Pop(), s.Peek(), len(s), s)
	var c Config
	c.Name = "x"
	c.Opts.Level = 3
	c.Limits[1] = 9
	d := c
	d.Opts.Verbose = true
	fmt.Printf("%+v %+v %v\n", c, d.Opts, c == d)
	fmt.Println(parse("123"))
	fmt.Println(parse("12a"))
	switch n := len(os.Args); {
	case n > 100:
		fmt.Println("many")
	default:
		fmt.Println("few")
	}
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum, grid[1], grid == [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	b := make([]byte, 3)
	n := copy(b, "hello")
	fmt.Println(n, string(b))
	var x uint64 = 0xdeadbeefcafebabe
	fmt.Println(x>>32, x&0xffff, x^(x>>7), x*3, -x)
	fmt.Printf("%x %d %v\n", x, int64(x), float64(x))
	negz := 0.0
	negz = -negz
	fmt.Println(negz, 1/negz, -0.0)
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fields := strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(fields, len(fields))
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 1}, {"b", 2}}
	for i := range kvs {
		kvs[i].v *= 10
	}
	fmt.Println(kvs)
	var iface interface{ Peek() int } = s
	fmt.Println(iface.Peek())
	fmt.Println(strings.Title("x"), strings.TrimSpace("  y  "), strings.HasPrefix("golang", "go"))
}
