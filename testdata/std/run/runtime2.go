package main

import (
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
)

func strip(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, " +0x"); i >= 0 {
			l = l[:i]
		}
		if strings.HasPrefix(l, "\t") {
			l = "\t" + l[strings.LastIndex(l, "/")+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

type T struct{}

func (T) M() string {
	pc, _, line, _ := runtime.Caller(0)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", line)
}

func f() {
	pc := make([]uintptr, 10)
	n := runtime.Callers(0, pc)
	fr := runtime.CallersFrames(pc[:n])
	for {
		f, more := fr.Next()
		fmt.Println(f.Function, f.Line, f.Func != nil, strings.HasSuffix(f.File, ".go") || strings.HasSuffix(f.File, ".s"))
		if !more {
			break
		}
	}
	for skip := 0; skip < 4; skip++ {
		pc, file, line, ok := runtime.Caller(skip)
		fmt.Println(skip, runtime.FuncForPC(pc).Name(), strings.HasSuffix(file, "runtime2.go"), line, ok)
	}
	buf := make([]byte, 1000)
	n = runtime.Stack(buf, false)
	fmt.Println(strip(string(buf[:n])))
	fmt.Println(strings.Count(strip(string(debug.Stack())), "\n"), strings.Contains(string(debug.Stack()), "runtime/debug.Stack()"))
}

func g(x int) int { return x }

func main() {
	f()
	fmt.Println(T{}.M())
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(g).Pointer()).Name(), runtime.FuncForPC(0) == nil)
	var r runtime.MemProfileRecord
	fmt.Println(r.InUseBytes(), len(r.Stack()), runtime.GOROOT() != "", runtime.NumCgoCall())
	runtime.LockOSThread()
	runtime.UnlockOSThread()
}
