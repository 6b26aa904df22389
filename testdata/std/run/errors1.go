package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

var ErrBase = errors.New("base")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, io.EOF), errors.Unwrap(e2) == e1)
	var me *MyErr
	e3 := fmt.Errorf("wrapped: %w", &MyErr{42})
	fmt.Println(errors.As(e3, &me), me.Code)
	j := errors.Join(ErrBase, io.EOF)
	fmt.Println(j)
	fmt.Println(errors.Is(j, io.EOF))
	e4 := fmt.Errorf("two: %w and %w", ErrBase, io.EOF)
	fmt.Println(e4, errors.Is(e4, io.EOF))
	fmt.Printf("%v|%s|%q\n", ErrBase, ErrBase, ErrBase)
	fmt.Println(fmt.Errorf("no wrap %d", 5))
	fmt.Println(fmt.Errorf("bad %w", 5))
	_, err := os.Open("/nonexistent/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nil, ErrBase))
}
