// Package syscall mirrors the small part of $GOROOT/src/syscall (syscall_unix.go, zerrors_linux_amd64.go)
// that os needs: Errno with linux/amd64 numbers and messages.
package syscall

import (
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition (linux/amd64 numbering).
type Errno uintptr

const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	ENOMEM    Errno = 12
	EACCES    Errno = 13
	EEXIST    Errno = 17
	EXDEV     Errno = 18
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	EMFILE    Errno = 24
	ENOSPC    Errno = 28
	ESPIPE    Errno = 29
	EROFS     Errno = 30
	EPIPE     Errno = 32
	ERANGE    Errno = 34
	ENAMETOOLONG Errno = 36
	ENOSYS    Errno = 38
	ENOTEMPTY Errno = 39
	ELOOP     Errno = 40
)

func (e Errno) Error() string {
	switch e {
	case EPERM:
		return "operation not permitted"
	case ESRCH:
		return "no such process"
	case ENOENT:
		return "no such file or directory"
	case EIO:
		return "input/output error"
	case EBADF:
		return "bad file descriptor"
	case EAGAIN:
		return "resource temporarily unavailable"
	case ENOMEM:
		return "cannot allocate memory"
	case EACCES:
		return "permission denied"
	case EEXIST:
		return "file exists"
	case EXDEV:
		return "invalid cross-device link"
	case ENOTDIR:
		return "not a directory"
	case EISDIR:
		return "is a directory"
	case EINVAL:
		return "invalid argument"
	case EMFILE:
		return "too many open files"
	case ENOSPC:
		return "no space left on device"
	case ESPIPE:
		return "illegal seek"
	case EROFS:
		return "read-only file system"
	case EPIPE:
		return "broken pipe"
	case ERANGE:
		return "numerical result out of range"
	case ENAMETOOLONG:
		return "file name too long"
	case ENOSYS:
		return "function not implemented"
	case ENOTEMPTY:
		return "directory not empty"
	case ELOOP:
		return "too many levels of symbolic links"
	}
	return "errno " + itoa.Itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EAGAIN || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN
}

