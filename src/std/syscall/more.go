// syscall: signals, process ids, page size and mmap (mirrors the user-visible part of
// $GOROOT/src/syscall/syscall_linux.go, zerrors_linux_amd64.go). The simulated process has no
// real signals or virtual memory: Kill only accepts signals whose default action is to ignore
// them (or 0), and Mmap/Mprotect/Munmap fail cleanly with ENOSYS.
package syscall

import "internal/itoa"

// A Signal is a number describing a process signal.
type Signal int

const (
	SIGABRT   = Signal(0x6)
	SIGALRM   = Signal(0xe)
	SIGBUS    = Signal(0x7)
	SIGCHLD   = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGFPE    = Signal(0x8)
	SIGHUP    = Signal(0x1)
	SIGILL    = Signal(0x4)
	SIGINT    = Signal(0x2)
	SIGKILL   = Signal(0x9)
	SIGPIPE   = Signal(0xd)
	SIGPROF   = Signal(0x1b)
	SIGQUIT   = Signal(0x3)
	SIGSEGV   = Signal(0xb)
	SIGSTOP   = Signal(0x13)
	SIGSYS    = Signal(0x1f)
	SIGTERM   = Signal(0xf)
	SIGTRAP   = Signal(0x5)
	SIGURG    = Signal(0x17)
	SIGUSR1   = Signal(0xa)
	SIGUSR2   = Signal(0xc)
	SIGWINCH  = Signal(0x1c)
	SIGVTALRM = Signal(0x1a)
)

var signals = [...]string{
	1: "hangup", 2: "interrupt", 3: "quit", 4: "illegal instruction", 5: "trace/breakpoint trap",
	6: "aborted", 7: "bus error", 8: "floating point exception", 9: "killed",
	10: "user defined signal 1", 11: "segmentation fault", 12: "user defined signal 2",
	13: "broken pipe", 14: "alarm clock", 15: "terminated", 16: "stack fault", 17: "child exited",
	18: "continued", 19: "stopped (signal)", 20: "stopped", 21: "stopped (tty input)",
	22: "stopped (tty output)", 23: "urgent I/O condition", 24: "CPU time limit exceeded",
	25: "file size limit exceeded", 26: "virtual timer expired", 27: "profiling timer expired",
	28: "window changed", 29: "I/O possible", 30: "power failure", 31: "bad system call",
}

// Signal is a no-op that marks Signal as an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) {
		str := signals[s]
		if str != "" {
			return str
		}
	}
	return "signal " + itoa.Itoa(int(s))
}

const (
	PROT_NONE  = 0x0
	PROT_READ  = 0x1
	PROT_WRITE = 0x2
	PROT_EXEC  = 0x4

	MAP_SHARED    = 0x1
	MAP_PRIVATE   = 0x2
	MAP_FIXED     = 0x10
	MAP_ANON      = 0x20
	MAP_ANONYMOUS = 0x20
)

const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_APPEND = 0x400
	O_CREAT  = 0x40
	O_EXCL   = 0x80
	O_SYNC   = 0x101000
	O_TRUNC  = 0x200
)

// Stdin, Stdout and Stderr are the standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// ImplementsGetwd reports that Getwd is implemented (by package os).
const ImplementsGetwd = true

func sysGetpid() int

// Getpid returns the process id of the caller.
func Getpid() (pid int) { return sysGetpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() (ppid int) { return 1 }

// Getuid returns the numeric user id of the caller.
func Getuid() (uid int) { return 1000 }

// Getgid returns the numeric group id of the caller.
func Getgid() (gid int) { return 1000 }

// Getpagesize returns the system memory page size (4096 on linux/amd64).
func Getpagesize() int { return 4096 }

// Kill sends signal sig to process pid. Signals to this process whose default action is to be
// ignored (SIGCHLD, SIGURG, SIGWINCH, SIGCONT) and signal 0 succeed; others report ENOSYS.
func Kill(pid int, sig Signal) (err error) {
	switch sig {
	case 0, SIGCHLD, SIGURG, SIGWINCH, SIGCONT:
		if pid == Getpid() || pid == 0 {
			return nil
		}
		return ESRCH
	}
	return ENOSYS
}

// ESRCH: no such process.
const ESRCH Errno = 3

// Mmap maps memory; not available in the simulated address space (ENOSYS).
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	return nil, ENOSYS
}

// Munmap unmaps memory mapped by Mmap (ENOSYS).
func Munmap(b []byte) (err error) { return ENOSYS }

// Mprotect changes the protection of memory (ENOSYS).
func Mprotect(b []byte, prot int) (err error) { return ENOSYS }
