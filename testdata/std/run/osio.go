package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gml")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	err = os.WriteFile(p, []byte("line one\nline two\nline three\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(p)
	fmt.Println(len(data), err, strings.Count(string(data), "\n"))
	f, err := os.Open(p)
	fmt.Println(err, filepath.Base(f.Name()))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), f.Close(), f.Close() != nil)
	g, _ := os.Create(filepath.Join(dir, "b.txt"))
	w := bufio.NewWriter(g)
	fmt.Fprintf(w, "hello %d\n", 42)
	w.WriteString("bye\n")
	w.Flush()
	g.Close()
	b, _ := os.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Print(string(b))
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	ws := bufio.NewScanner(strings.NewReader("the quick  brown\tfox"))
	ws.Split(bufio.ScanWords)
	cnt := 0
	for ws.Scan() {
		cnt++
	}
	fmt.Println("words", cnt)
	all, _ := io.ReadAll(strings.NewReader("readall"))
	fmt.Println(string(all))
	fmt.Println(filepath.Ext("x/y.tar.gz"), filepath.Dir("/a/b/c"), filepath.Base("/a/b/"), filepath.Join("a", "..", "b", "c"))
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(len(os.Args) > 0, os.Getenv("GML_SURELY_UNSET") == "")
	os.Stdout.WriteString("direct\n")
	fmt.Fprintln(os.Stdout, "exiting")
	os.Exit(3)
}
