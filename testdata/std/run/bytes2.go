package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"io/fs"
)

func main() {
	b := []byte("hello, world, hello")
	fmt.Printf("%s\n", bytes.Replace(b, []byte("hello"), []byte("bye"), 1))
	fmt.Printf("%s\n", bytes.ReplaceAll(b, []byte("l"), []byte("L")))
	fmt.Printf("%s|\n", bytes.Replace(b, []byte(""), []byte("-"), 3))
	before, after, ok := bytes.Cut(b, []byte(", "))
	fmt.Printf("%s|%s|%v\n", before, after, ok)
	fmt.Println(bytes.IndexAny(b, "wz"), bytes.LastIndexAny(b, "lo"), bytes.IndexRune(b, 'w'), bytes.LastIndexByte(b, 'h'))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("  xx  "), " "), bytes.TrimLeft([]byte("aab"), "a"), bytes.TrimRight([]byte("baa"), "a"))
	fmt.Println(bytes.Trim([]byte("   "), " ") == nil, bytes.TrimSpace([]byte("  ")) == nil, bytes.TrimFunc([]byte("12ab34"), func(r rune) bool { return r < 'a' }))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Println(bytes.EqualFold([]byte("Gopher"), []byte("GOPHER")), string(bytes.Title([]byte("hello world"))), string(bytes.ToTitle([]byte("abc"))))
	fmt.Println(bytes.ContainsAny(b, "xyz"), bytes.ContainsFunc(b, func(r rune) bool { return r == ',' }))
	r := bytes.NewReader([]byte("0123456789"))
	sr := io.NewSectionReader(r, 2, 5)
	all, _ := io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	var rws io.ReadWriteSeeker
	fmt.Println(rws == nil)
	buf := make([]byte, 3)
	n, err := sr.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	var sb strings.Builder
	tr := io.TeeReader(strings.NewReader("tee"), &sb)
	io.ReadAll(tr)
	fmt.Println(sb.String())
	dir, _ := os.MkdirTemp("", "walk")
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "f.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "g.txt"), []byte("y"), 0o644)
	os.MkdirAll(filepath.Join(dir, "skip", "deep"), 0o755)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		if rel == "." {
			fmt.Println(rel, d.IsDir())
			return nil
		}
		fmt.Println(rel, d.IsDir(), d.Name())
		return nil
	})
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println("walk", rel, info.IsDir())
		return nil
	})
	os.RemoveAll(dir)
	fmt.Println(syscall.Getpagesize(), syscall.Getpid() == os.Getpid(), syscall.SIGCHLD, syscall.SIGINT)
	fmt.Println(syscall.Kill(syscall.Getpid(), syscall.SIGCHLD))
	_, err = syscall.Mmap(-1, 0, 4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	_ = err
	os.Setenv("GML_X", "val")
	fmt.Println(os.ExpandEnv("x=$GML_X ${GML_X}!"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GML_X=val" {
			found = true
		}
	}
	fmt.Println(found)
	var bb bytes.Buffer
	bb.WriteString("héllo")
	bb.ReadRune()
	rr, _, _ := bb.ReadRune()
	bb.UnreadRune()
	rr2, _, _ := bb.ReadRune()
	fmt.Println(string(rr), string(rr2), bb.String())
}
