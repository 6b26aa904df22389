// The talk's good example of defer: the file is closed however the function returns.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func readFile(name string) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close() // runs when readFile returns, even on an error below

	buf := make([]byte, 64)
	n, err := file.Read(buf)
	if err != nil {
		return err
	}
	fmt.Printf("read %d bytes: %q\n", n, buf[:n])
	return nil
}

func main() {
	dir, err := os.MkdirTemp("", "talk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	name := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(name, []byte("hello, gophers\n"), 0o644); err != nil {
		panic(err)
	}
	if err := readFile(name); err != nil {
		fmt.Println("error:", err)
	}
	if err := readFile(filepath.Join(dir, "missing.txt")); err != nil {
		fmt.Println("error: file does not exist:", os.IsNotExist(err))
	}
}
