// Package testing: the parts of $GOROOT/src/testing that programs (not `go test`) use — T, B and
// TB with their logging and failure methods, subtests, AllocsPerRun, Benchmark, and Main/M.Run
// over InternalTest lists. Written for gomemlab; behaviour (output format, exit codes, Goexit on
// FailNow) follows Go's testing package.
package testing

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	// private keeps other packages from implementing TB.
	private()
}

var (
	_ TB = (*T)(nil)
	_ TB = (*B)(nil)
)

// common holds what T and B share: the output buffer, the failure state, cleanups.
type common struct {
	mu       sync.Mutex
	output   []byte
	failed   bool
	skipped  bool
	finished bool
	name     string
	level    int
	helpers  map[string]bool
	cleanups []func()
	parent   *common
	start    time.Time
	duration time.Duration
	done     chan bool
	chatty   bool
	sub      []*T
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.finished {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution (runtime.Goexit).
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Helper marks the calling function as a test helper: its file and line are not reported.
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[runtime.FuncForPC(pc).Name()] = true
}

// where finds the first caller (from skip on) that is not a helper: "file.go:line".
func (c *common) where(skip int) string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip+1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	c.mu.Lock()
	helpers := c.helpers
	c.mu.Unlock()
	first := ""
	for {
		f, more := frames.Next()
		file := f.File
		if i := strings.LastIndex(file, "/"); i >= 0 {
			file = file[i+1:]
		}
		here := fmt.Sprintf("%s:%d", file, f.Line)
		if first == "" {
			first = here
		}
		if !helpers[f.Function] {
			return here
		}
		if !more {
			return first
		}
	}
}

// logAt records s, prefixed by its source position (skip frames above logAt's caller).
func (c *common) logAt(s string, skip int) {
	if l := len(s); l > 0 && s[l-1] == '\n' {
		s = s[:l-1]
	}
	if s == "" {
		s = ""
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(c.where(skip + 1))
	b.WriteString(": ")
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(line)
	}
	b.WriteByte('\n')
	c.mu.Lock()
	c.output = append(c.output, b.String()...)
	c.mu.Unlock()
}

// Log formats its arguments as fmt.Println does and records them in the error log.
func (c *common) Log(args ...any) { c.logAt(fmt.Sprintln(args...), 2) }

// Logf formats its arguments as fmt.Printf does and records them in the error log.
func (c *common) Logf(format string, args ...any) { c.logAt(fmt.Sprintf(format, args...), 2) }

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.logAt(fmt.Sprintln(args...), 2)
	c.Fail()
}

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.logAt(fmt.Sprintf(format, args...), 2)
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.logAt(fmt.Sprintln(args...), 2)
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.logAt(fmt.Sprintf(format, args...), 2)
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.logAt(fmt.Sprintln(args...), 2)
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.logAt(fmt.Sprintf(format, args...), 2)
	c.SkipNow()
}

// SkipNow marks the test as skipped and stops its execution (runtime.Goexit).
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Cleanup registers f to run when the test (and its subtests) complete, last added first.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanups() {
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		f()
	}
}

var tempDirSeq int

// TempDir returns a new directory for the test, removed when it completes.
func (c *common) TempDir() string {
	tempDirSeq++
	dir, err := os.MkdirTemp("", strings.NewReplacer("/", "_", " ", "_").Replace(c.name)+fmt.Sprint(tempDirSeq))
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	c.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// Setenv sets an environment variable for the duration of the test.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.Cleanup(func() {
		if ok {
			os.Setenv(key, prev)
		} else {
			os.Unsetenv(key)
		}
	})
}

// T is the type passed to Test functions.
type T struct {
	common
}

// Parallel signals that the test may run in parallel with others (here: it keeps running now).
func (t *T) Parallel() {}

// Deadline reports when the test binary will be killed (no timeout here).
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Run runs f as a subtest of t called name, in its own goroutine, and waits for it. It reports
// whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{common: common{name: t.name + "/" + rewrite(name), level: t.level + 1, parent: &t.common, chatty: t.chatty}}
	t.sub = append(t.sub, sub)
	sub.run(f)
	out := sub.report()
	t.mu.Lock()
	t.output = append(t.output, indent(out, "    ")...)
	t.mu.Unlock()
	return !sub.Failed()
}

// rewrite makes a subtest name printable: spaces become underscores.
func rewrite(s string) string { return strings.ReplaceAll(s, " ", "_") }

func indent(s, prefix string) string {
	if s == "" {
		return ""
	}
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	for _, l := range lines {
		if l != "" {
			b.WriteString(prefix)
			b.WriteString(l)
		}
	}
	return b.String()
}

// run executes f on a new goroutine (FailNow and SkipNow end it with Goexit) and waits.
func (t *T) run(f func(*T)) {
	if t.chatty {
		fmt.Printf("=== RUN   %s\n", t.name)
	}
	t.done = make(chan bool, 1)
	t.start = time.Now()
	go func() {
		panicked := true
		defer func() {
			t.duration = time.Since(t.start)
			if panicked {
				if err := recover(); err != nil {
					t.mu.Lock()
					t.failed = true
					t.mu.Unlock()
					fmt.Print(t.report())
					panic(err)
				}
			}
			t.runCleanups()
			t.mu.Lock()
			t.finished = true
			t.mu.Unlock()
			t.done <- true
		}()
		f(t)
		panicked = false
	}()
	<-t.done
}

// report is the "--- FAIL: name (0.00s)" block with the log (the log of passing tests is shown
// only in verbose mode).
func (t *T) report() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	status := "PASS"
	if t.failed {
		status = "FAIL"
	} else if t.skipped {
		status = "SKIP"
	}
	if status != "FAIL" && !t.chatty {
		return "" // passed and skipped tests are listed with -test.v only
	}
	return fmt.Sprintf("--- %s: %s (%.2fs)\n", status, t.name, t.duration.Seconds()) + string(t.output)
}

// InternalTest is a named test function (used by generated test mains).
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalBenchmark is a named benchmark function.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// InternalExample is a named example with its expected output.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// InternalFuzzTarget is a named fuzz target.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is the type passed to fuzz tests (not supported: fuzz targets are not run).
type F struct {
	common
}

var (
	initRan   bool
	verbose   *bool
	short     *bool
	runFilter *string
	benchPat  *string
	benchTime *time.Duration
)

// Init registers the testing flags (-test.v, -test.run, -test.short, -test.bench,
// -test.benchtime) on the default flag set. It is idempotent.
func Init() {
	if initRan {
		return
	}
	initRan = true
	verbose = flag.Bool("test.v", false, "verbose: print additional output")
	short = flag.Bool("test.short", false, "run smaller test suite to save time")
	runFilter = flag.String("test.run", "", "run only tests and examples matching `regexp`")
	benchPat = flag.String("test.bench", "", "run only benchmarks matching `regexp`")
	benchTime = flag.Duration("test.benchtime", time.Second, "run each benchmark for duration `d`")
}

// Short reports whether the -test.short flag is set.
func Short() bool {
	if short == nil {
		panic("testing: Short called before Init")
	}
	return *short
}

// Verbose reports whether the -test.v flag is set.
func Verbose() bool {
	if verbose == nil {
		panic("testing: Verbose called before Init")
	}
	return *verbose
}

// Testing reports whether the program is a test binary (it is not: a program calling testing).
func Testing() bool { return false }

// M is what TestMain receives; Run runs the tests.
type M struct {
	deps       func(pat, str string) (bool, error)
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
}

// Main runs the tests (a hook for generated test mains): it exits with the status of M.Run.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	os.Exit((&M{deps: matchString, tests: tests, benchmarks: benchmarks, examples: examples}).Run())
}

// Run runs the tests (and benchmarks matching -test.bench) and returns the exit code: 0 when all
// passed (printing PASS), 1 otherwise (printing FAIL).
func (m *M) Run() (code int) {
	Init()
	if !flag.Parsed() {
		flag.Parse()
	}
	ok := true
	for _, test := range m.tests {
		if *runFilter != "" {
			if match, err := m.deps(*runFilter, test.Name); err != nil || !match {
				continue
			}
		}
		t := &T{common: common{name: test.Name, chatty: *verbose}}
		t.run(test.F)
		fmt.Print(t.report())
		if t.Failed() {
			ok = false
		}
	}
	if *benchPat != "" {
		for _, bm := range m.benchmarks {
			if match, err := m.deps(*benchPat, bm.Name); err != nil || !match {
				continue
			}
			r := Benchmark(bm.F)
			fmt.Printf("%s\t%s\n", bm.Name, r.String())
		}
	}
	if !ok {
		fmt.Println("FAIL")
		return 1
	}
	fmt.Println("PASS")
	return 0
}

// AllocsPerRun returns the average number of allocations during calls to f (after one warm-up
// call), as a whole number, measured with runtime.ReadMemStats with GOMAXPROCS set to 1.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&ms)
	return float64((ms.Mallocs - before) / uint64(runs))
}
