// Package filepath mirrors $GOROOT/src/path/filepath for Unix: Join, Base, Dir, Ext, Clean, Split,
// IsAbs, Abs, Rel (simple), ToSlash/FromSlash, SplitList.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

func Clean(p string) string               { return path.Clean(p) }
func Join(elem ...string) string          { return path.Join(elem...) }
func Base(p string) string                { return path.Base(p) }
func Dir(p string) string                 { return path.Dir(p) }
func Ext(p string) string                 { return path.Ext(p) }
func IsAbs(p string) bool                 { return path.IsAbs(p) }
func Split(p string) (dir, file string)   { return path.Split(p) }
func ToSlash(p string) string             { return p }
func FromSlash(p string) string           { return p }
func VolumeName(p string) string          { return "" }

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
