// Package fs mirrors the parts of $GOROOT/src/io/fs (fs.go) that os uses: the portable errors,
// PathError and FileMode.
package fs

import (
	"errors"
	"internal/oserror"
	"time"
)

var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// SkipDir is used as a return value from WalkDirFuncs to indicate that the directory named in
// the call is to be skipped.
var SkipDir = errors.New("skip this directory")

// SkipAll is used as a return value from WalkDirFuncs to indicate that all remaining files and
// directories are to be skipped.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is the type of the function called by WalkDir to visit each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error
