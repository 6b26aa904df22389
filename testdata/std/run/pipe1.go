package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	pr2, pw2 := io.Pipe()
	go func() {
		io.Copy(pw2, strings.NewReader("hello pipe"))
		pw2.CloseWithError(errors.New("custom"))
	}()
	b, err := io.ReadAll(pr2)
	fmt.Println(string(b), err)
	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err)
}
