package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

type Wrapped struct {
	ReadWriter
	count int
}

func (w *Wrapped) Write(s string) {
	w.count++
	w.ReadWriter.Write("[" + s + "]")
}

func main() {
	s := Service{&Logger{prefix: "> "}, "svc"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, s.Name, len(s.Logger.lines))
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	w := &Wrapped{ReadWriter: &Buf{}}
	w.Write("x")
	var wr Writer = w
	wr.Write("y")
	fmt.Println(w.Read(), w.Read(), w.count)
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)
}
