package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", filepath.Base(file), line, ok)
}

func main() {
	fmt.Println(where())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Base(file), line, ok)
}
