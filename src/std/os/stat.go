// os: Stat, FileInfo and ReadDir (mirrors $GOROOT/src/os/types.go, stat.go, dir.go), filled from
// the host file system by the sysStat native.
package os

import (
	"io/fs"
	"time"
)

// statResult is filled by the sysStat native; its layout is part of the native contract.
type statResult struct {
	size    int64
	mode    uint32
	isDir   bool
	mtimeNs int64
}

// A FileInfo describes a file and is returned by Stat.
type FileInfo = fs.FileInfo

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	var st statResult
	if r := sysStat(name, &st); r < 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(r)}
	}
	mode := FileMode(st.mode & 0777)
	if st.isDir {
		mode |= fs.ModeDir
	}
	return &fileStat{name: basename(name), size: st.size, mode: mode, modTime: time.Unix(0, st.mtimeNs)}, nil
}

// Lstat is Stat (symbolic links are followed).
func Lstat(name string) (FileInfo, error) { return Stat(name) }

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return Stat(f.name)
}

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

type dirEntry struct {
	dir  string
	name string
	info FileInfo
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *dirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d *dirEntry) String() string          { return d.info.Mode().Type().String() + " " + d.name }

// ReadDir reads the named directory, returning all its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, r := sysReadDirNames(name)
	if r < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(r)}
	}
	out := make([]DirEntry, 0, len(names))
	for _, n := range names {
		info, err := Stat(name + "/" + n)
		if err != nil {
			continue
		}
		out = append(out, &dirEntry{name, n, info})
	}
	return out, nil
}
