// Package os mirrors $GOROOT/src/os (file.go, file_unix.go, proc.go, env.go, tempfile.go, removeall):
// File with Read/Write/Close on the real file system of the host (Node fs, natives.ts), the standard
// streams, Args, Exit, Getenv, ReadFile/WriteFile, MkdirTemp, Remove/RemoveAll.
package os

import (
	"internal/itoa"
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
)

type PathError = fs.PathError
type FileMode = fs.FileMode

const (
	ModeDir  = fs.ModeDir
	ModePerm = fs.ModePerm
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// Flags to OpenFile (linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// File represents an open file descriptor.
type File struct {
	*file
}

type file struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtimeArgs()
}

func runtimeArgs() []string

func sysWrite(fd int, b []byte) int
func sysRead(fd int, b []byte) int
func sysOpen(name string, flag int, perm uint32) int
func sysClose(fd int) int
func sysFileSize(fd int) int
func sysStat(name string, st *statResult) int
func sysMkdir(name string, perm uint32) int
func sysRemove(name string) int
func sysRemoveAll(name string) int
func sysRename(from, to string) int
func sysMkdirTemp(dir, pattern string) (string, int)
func sysGetenv(key string) (string, bool)
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysGetwd() (string, int)
func sysChdir(dir string) int
func sysTempDir() string
func sysReadDirNames(name string) ([]string, int)
func sysExit(code int)
func sysGetpid() int

func errnoErr(r int) error {
	return syscall.Errno(-r)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Read reads up to len(b) bytes from the File; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := sysRead(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr(r)}
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	r := sysWrite(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errnoErr(r)}
	}
	if r != len(b) {
		return r, io.ErrShortWrite
	}
	return r, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if r := sysClose(f.fd); r < 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(r)}
	}
	return nil
}

// Sync commits the file's contents to storage (a no-op here).
func (f *File) Sync() error {
	return f.checkValid("sync")
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	r := sysOpen(name, flag, uint32(perm))
	if r < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(r)}
	}
	return NewFile(uintptr(r), name), nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int
	if s := sysFileSize(f.fd); s >= 0 {
		size = s
	}
	size++
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir creates a new directory.
func Mkdir(name string, perm FileMode) error {
	if r := sysMkdir(name, uint32(perm)); r < 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(r)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	var st statResult
	if r := sysStat(path, &st); r >= 0 {
		if st.isDir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if r := sysStat(path, &st); r >= 0 && st.isDir {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if r := sysRemove(name); r < 0 {
		return &PathError{Op: "remove", Path: name, Err: errnoErr(r)}
	}
	return nil
}

// RemoveAll removes path and any children it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if r := sysRemoveAll(path); r < 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(r)}
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if r := sysRename(oldpath, newpath); r < 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(r)}
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system call.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// MkdirTemp creates a new temporary directory in dir (TempDir if empty) named from pattern.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: errPatternHasSeparator}
		}
	}
	name, r := sysMkdirTemp(dir, pattern)
	if r < 0 {
		return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: errnoErr(r)}
	}
	return name, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// CreateTemp creates a new temporary file in dir, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	for try := uint32(1); ; try++ {
		name := dir + "/" + prefix + itoa.Uitoa(uint(nextRandom())) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err != nil && IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

var randState uint32 = 2463534242

func nextRandom() uint32 {
	randState ^= randState << 13
	randState ^= randState >> 17
	randState ^= randState << 5
	return randState % 1000000000
}


// TempDir returns the default directory to use for temporary files ($TMPDIR or /tmp).
func TempDir() string {
	return sysTempDir()
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	d, r := sysGetwd()
	if r < 0 {
		return "", errnoErr(r)
	}
	return d, nil
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if r := sysChdir(dir); r < 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(r)}
	}
	return nil
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool) {
	return sysGetenv(key)
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if r := sysSetenv(key, value); r < 0 {
		return NewSyscallError("setenv", errnoErr(r))
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call name and error.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Exit causes the current program to exit with the given status code; deferred functions are not run.
func Exit(code int) {
	sysExit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

func sysEnviron() []string

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string { return sysEnviron() }

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range sysEnviron() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				Unsetenv(kv[:i])
				break
			}
		}
	}
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getppid returns the process id of the caller's parent.
func Getppid() int { return 1 }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return 1000 }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return 1000 }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return 1000 }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return 1000 }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Executable returns the path name for the executable that started the current process.
func Executable() (string, error) { return Args[0], nil }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	return "gomemlab", nil
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// IsExist reports whether the error is known to report that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, oserror.ErrExist) }

// IsNotExist reports whether the error is known to report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, oserror.ErrNotExist) }

// IsPermission reports whether the error is known to report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, oserror.ErrPermission) }
