// Package ioutil mirrors $GOROOT/src/io/ioutil (deprecated wrappers around io and os).
package ioutil

import (
	"io"
	"os"
)

func ReadAll(r io.Reader) ([]byte, error)                   { return io.ReadAll(r) }
func ReadFile(filename string) ([]byte, error)               { return os.ReadFile(filename) }
func WriteFile(filename string, data []byte, perm os.FileMode) error { return os.WriteFile(filename, data, perm) }
func TempDir(dir, pattern string) (name string, err error)   { return os.MkdirTemp(dir, pattern) }
func TempFile(dir, pattern string) (f *os.File, err error)   { return os.CreateTemp(dir, pattern) }
func NopCloser(r io.Reader) io.ReadCloser                    { return io.NopCloser(r) }

var Discard io.Writer = io.Discard
