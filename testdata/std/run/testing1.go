// Regression program (conformance issue 3): the small testing package (AllocsPerRun, Main with
// T.Run subtests, Log/Errorf/Fatal/Skip output and the exit status), crypto/subtle and os.DevNull.
package main

import (
	"crypto/subtle"
	"fmt"
	"os"
	"testing"
)

var sink *[4]int

func alloc()   { sink = new([4]int) }
func noAlloc() { var x [4]int; _ = x }

func TestGood(t *testing.T) {
	t.Log("not shown when passing")
	t.Run("sub ok", func(t *testing.T) {})
}

func helper(t *testing.T) {
	t.Helper()
	t.Errorf("failed %d", 42)
}

func TestBad(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		helper(t)
		t.Log("more")
	})
	t.Fatal("stop")
	t.Log("unreachable")
}

func TestSkip(t *testing.T) {
	t.Skip("skipping")
}

func main() {
	fmt.Println("allocs:", testing.AllocsPerRun(10, alloc), testing.AllocsPerRun(10, noAlloc))
	fmt.Println(subtle.ConstantTimeCompare([]byte("ab"), []byte("ab")), subtle.ConstantTimeCompare([]byte("ab"), []byte("ac")),
		subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeEq(1, 2), subtle.ConstantTimeSelect(1, 5, 6),
		subtle.ConstantTimeLessOrEq(2, 3), subtle.ConstantTimeLessOrEq(4, 3))
	dst := make([]byte, 3)
	n := subtle.XORBytes(dst, []byte{1, 2, 3, 4}, []byte{3, 3, 3})
	fmt.Println(n, dst)
	func() {
		defer func() { fmt.Println(recover()) }()
		subtle.XORBytes(dst[:1], []byte{1, 2}, []byte{1, 2})
	}()
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	fmt.Println(os.DevNull, err)
	fmt.Fprintln(f, "discarded")
	f.Close()
	testing.Main(func(pat, str string) (bool, error) { return true, nil },
		[]testing.InternalTest{{Name: "TestGood", F: TestGood}, {Name: "TestBad", F: TestBad}, {Name: "TestSkip", F: TestSkip}},
		nil, nil)
}
