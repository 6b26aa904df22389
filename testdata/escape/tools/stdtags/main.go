// Command stdtags derives escape-analysis parameter tags of Go's standard library functions from
// real Go's `-gcflags=-m=2 -d=escapemutationscalls=1` output, and prints them as JSON for
// src/escape/stdtags.ts. Run: go run . fmt strings ... > tags.json (needs Go 1.23).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type param struct {
	Name    string `json:"name"`
	Heap    int    `json:"heap"`              // -1 none
	Results []int  `json:"results,omitempty"` // per result index, -1 none
	Mutator int    `json:"mutator"`
	Callee  int    `json:"callee"`
}

type fnInfo struct {
	key     string
	results []string
	params  []*param // nil entries for params without pointers? kept all
	idx     map[string]int
	nores   int
}

func main() {
	goBin := "/usr/lib/go-1.23/bin/go"
	out := map[string][]*param{}
	for _, pkg := range os.Args[1:] {
		bp, err := build.Import(pkg, "", 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		fset := token.NewFileSet()
		byPos := map[string]struct {
			fn *fnInfo
			i  int
		}{}
		fns := []*fnInfo{}
		for _, f := range bp.GoFiles {
			path := filepath.Join(bp.Dir, f)
			af, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				continue
			}
			for _, d := range af.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() || fd.Type.TypeParams != nil {
					continue // generic functions are analysed per instantiation by the caller's package
				}
				key := pkg + "." + fd.Name.Name
				var fields []*ast.Field
				if fd.Recv != nil {
					rt := fd.Recv.List[0].Type
					star := false
					if s, ok := rt.(*ast.StarExpr); ok {
						star = true
						rt = s.X
					}
					if _, ok := rt.(*ast.IndexExpr); ok {
						continue // method of a generic type
					}
					if _, ok := rt.(*ast.IndexListExpr); ok {
						continue
					}
					id, ok := rt.(*ast.Ident)
					if !ok || !id.IsExported() {
						continue
					}
					if star {
						key = pkg + ".(*" + id.Name + ")." + fd.Name.Name
					} else {
						key = pkg + "." + id.Name + "." + fd.Name.Name
					}
					fields = append(fields, fd.Recv.List...)
				}
				fields = append(fields, fd.Type.Params.List...)
				fi := &fnInfo{key: key, idx: map[string]int{}}
				if fd.Type.Results != nil {
					n := 0
					for _, r := range fd.Type.Results.List {
						if len(r.Names) == 0 {
							fi.results = append(fi.results, "~r"+strconv.Itoa(n))
							n++
						} else {
							for _, nm := range r.Names {
								fi.results = append(fi.results, nm.Name)
								n++
							}
						}
					}
				}
				for _, fl := range fields {
					if len(fl.Names) == 0 {
						fi.params = append(fi.params, &param{Name: "", Heap: -1, Mutator: -1, Callee: -1})
						continue
					}
					for _, nm := range fl.Names {
						p := &param{Name: nm.Name, Heap: -1, Mutator: -1, Callee: -1}
						for range fi.results {
							p.Results = append(p.Results, -1)
						}
						fi.idx[nm.Name] = len(fi.params)
						pos := fset.Position(nm.Pos())
						byPos[fmt.Sprintf("%s:%d:%d", pos.Filename, pos.Line, pos.Column)] = struct {
							fn *fnInfo
							i  int
						}{fi, len(fi.params)}
						fi.params = append(fi.params, p)
					}
				}
				fns = append(fns, fi)
			}
		}
		cmd := exec.Command(goBin, "build", "-gcflags="+pkg+"=-m=2 -d=escapemutationscalls=1", pkg)
		cmd.Dir = os.TempDir()
		var buf bytes.Buffer
		cmd.Stderr = &buf
		cmd.Stdout = &buf
		_ = cmd.Run()
		reLeak := regexp.MustCompile(`^(\S+?:\d+:\d+): parameter (\S+) leaks to (.+) with derefs=(-?\d+):$`)
		reM1 := regexp.MustCompile(`^(\S+?:\d+:\d+): (leaking param content|leaking param|mutates param|calls param|moved to heap): ([^ ]+)( to result (\S+) level=(\d+)| derefs=(-?\d+))?$`)
		minHeap := map[string]int{}
		sc := bufio.NewScanner(&buf)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		type m1 struct{ pos, what, name, res string; lvl int }
		var m1s []m1
		for sc.Scan() {
			line := sc.Text()
			if m := reLeak.FindStringSubmatch(line); m != nil {
				e, ok := byPos[absPos(bp.Dir, m[1])]
				if !ok {
					continue
				}
				d, _ := strconv.Atoi(m[4])
				sink := m[3]
				isRes := false
				for _, r := range e.fn.results {
					if r == sink {
						isRes = true
					}
				}
				if isRes {
					continue
				}
				k := absPos(bp.Dir, m[1])
				if old, ok := minHeap[k]; !ok || d < old {
					minHeap[k] = d
				}
				continue
			}
			if m := reM1.FindStringSubmatch(line); m != nil {
				lvl := 0
				if m[6] != "" {
					lvl, _ = strconv.Atoi(m[6])
				} else if m[7] != "" {
					lvl, _ = strconv.Atoi(m[7])
				}
				m1s = append(m1s, m1{absPos(bp.Dir, m[1]), m[2], m[3], m[5], lvl})
			}
		}
		for _, m := range m1s {
			e, ok := byPos[m.pos]
			if !ok {
				continue
			}
			p := e.fn.params[e.i]
			switch m.what {
			case "leaking param":
				if m.res != "" {
					for i, r := range e.fn.results {
						if r == m.res {
							p.Results[i] = m.lvl
						}
					}
				} else {
					p.Heap = 0
				}
			case "moved to heap":
				p.Heap = 0
			case "leaking param content":
				l, ok := minHeap[m.pos]
				if !ok || l < 1 {
					l = 1
				}
				p.Heap = l
			case "mutates param":
				p.Mutator = m.lvl
			case "calls param":
				p.Callee = m.lvl
			}
		}
		for _, fi := range fns {
			out[fi.key] = fi.params
		}
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("{")
	for i, k := range keys {
		b, _ := json.Marshal(out[k])
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Printf("  %q: %s%s\n", k, b, sep)
	}
	fmt.Println("}")
}

func absPos(dir, p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return filepath.Join(dir, p)
}
