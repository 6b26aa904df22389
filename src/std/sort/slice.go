// sort: Slice, SliceStable, SliceIsSorted on any slice through a reflective swapper (natives.ts,
// like reflectlite.Swapper in $GOROOT/src/sort/slice.go).
package sort

func lenOf(x any) int
func swapAny(x any, i, j int)

type lessSwap struct {
	x    any
	less func(i, j int) bool
	n    int
}

func (l *lessSwap) Len() int           { return l.n }
func (l *lessSwap) Less(i, j int) bool { return l.less(i, j) }
func (l *lessSwap) Swap(i, j int)      { swapAny(l.x, i, j) }

// Slice sorts the slice x given the provided less function (not stable).
func Slice(x any, less func(i, j int) bool) {
	Sort(&lessSwap{x, less, lenOf(x)})
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(&lessSwap{x, less, lenOf(x)})
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
