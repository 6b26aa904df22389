package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	n := fs.Int("n", 5, "number of `items`")
	name := fs.String("name", "gopher", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", time.Second, "how long")
	f := fs.Float64("ratio", 0.5, "a ratio")
	var list []string
	fs.Func("add", "add an item", func(s string) error { list = append(list, s); return nil })
	err := fs.Parse([]string{"-n=7", "--name", "bob", "-v", "-wait", "1m30s", "-add", "a", "-add=b", "rest", "-x"})
	fmt.Println(err, *n, *name, *v, *d, *f, list, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0))
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	err = fs.Parse([]string{"-n", "abc"})
	fmt.Println(err)
	err = fs.Parse([]string{"-nope"})
	fmt.Println(err)
	err = fs.Parse([]string{"-n"})
	fmt.Println(err)
	fmt.Print(sb.String())
	fmt.Println(flag.Parsed(), len(os.Args) > 0)
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "2us", "1µs", "bad", "5", "1x"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}
