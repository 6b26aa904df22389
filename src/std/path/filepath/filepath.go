// Package filepath mirrors $GOROOT/src/path/filepath for Unix: Join, Base, Dir, Ext, Clean, Split,
// IsAbs, Abs, Rel (simple), ToSlash/FromSlash, SplitList.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

func Clean(p string) string             { return path.Clean(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func Ext(p string) string               { return path.Ext(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }
func Split(p string) (dir, file string) { return path.Split(p) }
func ToSlash(p string) string           { return p }
func FromSlash(p string) string         { return p }
func VolumeName(p string) string        { return "" }

// SplitList splits a list of paths joined by the OS-specific ListSeparator.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute representation of path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to basepath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}

// SkipDir is used as a return value from WalkFuncs to indicate that the directory named in the
// call is to be skipped.
var SkipDir error = fs.SkipDir

// SkipAll is used as a return value from WalkFuncs to indicate that all remaining files and
// directories are to be skipped.
var SkipAll error = fs.SkipAll

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

type statDirEntry struct{ info fs.FileInfo }

func (d *statDirEntry) Name() string               { return d.info.Name() }
func (d *statDirEntry) IsDir() bool                { return d.info.IsDir() }
func (d *statDirEntry) Type() fs.FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (fs.FileInfo, error) { return d.info, nil }

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the tree,
// including root, in lexical order (mirrors $GOROOT/src/path/filepath/path.go).
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, &statDirEntry{info}, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, walkDirFn fs.WalkDirFunc) error {
	if err := walkDirFn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(path)
	if err != nil {
		err = walkDirFn(path, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		path1 := Join(path, d1.Name())
		if err := walkDir(path1, d1, walkDirFn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn for each file or directory in the tree,
// including root, in lexical order.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, walkFn WalkFunc) error {
	if !info.IsDir() {
		return walkFn(path, info, nil)
	}
	entries, err := os.ReadDir(path)
	err1 := walkFn(path, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, e := range entries {
		filename := Join(path, e.Name())
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := walkFn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, walkFn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}
