package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	Name  string
	Tags  []string
	Inner *Config
}

var registry []*Config
var sink any

func keep(c *Config)                 { registry = append(registry, c) }
func name(c *Config) string          { return c.Name }
func tags(c *Config) []string        { return c.Tags }
func inner(c *Config) *Config        { return c.Inner }
func firstTag(c *Config) string      { return c.Tags[0] }
func setName(c *Config, n string)    { c.Name = n }
func swap(a, b *int) (*int, *int)    { return b, a }
func named(p *int) (q *int, err error) { q = p; return }
func store(c *Config, s []string)    { c.Tags = s }
func toAny(v any)                    { sink = v }
func length(s string) int            { return len(s) }
func concat(a, b string) string      { return a + b }
func fields(s string) []string       { return strings.Fields(s) }
func itoa(i int) string              { return strconv.Itoa(i) }
func deref(pp **int) int             { return **pp }
func viaSlice(ps []*int) *int        { return ps[0] }
func viaMap(m map[string]*int) *int  { return m["a"] }
func viaChan(c chan *int) *int       { return <-c }
func build(n string) Config          { return Config{Name: n} }
func ptrToField(c *Config) *string   { return &c.Name }
func arr(a [4]*int) *int             { return a[1] }
func variadicPtrs(ps ...*int) *int   { return ps[0] }
func ignore(_ *int, _ string)        {}
func unnamed(*int)                   {}

func main() {
	c := &Config{Name: "a"}
	keep(c)
	d := &Config{Name: "b", Tags: []string{"x"}}
	fmt.Println(name(d), tags(d), inner(d), firstTag(d))
	setName(d, "c")
	x, y := 1, 2
	p, q := swap(&x, &y)
	r, _ := named(p)
	fmt.Println(*p, *q, *r)
	store(d, []string{"y"})
	toAny(3)
	toAny(d)
	fmt.Println(length("abc"), concat("a", "b"), fields("a b"), itoa(5))
	z := 5
	pz := &z
	fmt.Println(deref(&pz))
	w := 6
	fmt.Println(*viaSlice([]*int{&w}), viaMap(nil), viaChan(nil))
	cfg := build("n")
	fmt.Println(cfg.Name, *ptrToField(&cfg))
	v := 7
	fmt.Println(*arr([4]*int{&v}), *variadicPtrs(&v, &w))
	ignore(nil, "")
	unnamed(nil)
}
