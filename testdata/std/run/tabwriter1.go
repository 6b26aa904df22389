package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "Christopher\t101\tSão Paulo")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\t\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	fmt.Fprint(w, "no newline\tend")
	w.Flush()
	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\t\tx")
	fmt.Fprintln(w, "plain\tq\t\ty")
	fmt.Fprint(w, "\f")
	fmt.Fprintln(w, "after\tff")
	w.Flush()
}
