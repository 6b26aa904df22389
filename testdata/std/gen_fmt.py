#!/usr/bin/env python3
# Generates fmt_cases.json: Printf format cases with their output from real Go 1.23
# (run: python3 testdata/std/gen_fmt.py; needs /usr/lib/go-1.23/bin/go). The test
# (test/std-fmt.test.ts) rebuilds each operand in simulated memory and compares.
import json, subprocess, tempfile, os

ints = [0, 1, -1, 42, -42, 255, 1234567, -9876543210, 9007199254740993, -9223372036854775808]
uints = [0, 7, 255, 65535, 4294967295, 18446744073709551615]
floats = [0.0, 1.0, -1.5, 3.14159265358979, 1e6, 1e-5, 123456789.0, 1e21, 1e20, 0.000123, 2.5, 0.5, 1.25,
          100000.0, 1e-7, 6.02214076e23, 5e-324, 1.7976931348623157e308, 0.1, 0.3, 2.0/3]
cases = []
def add(fmt, *args):
    cases.append({"format": fmt, "args": list(args)})

for v in ints:
    for f in ["%d", "%v", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%.3d", "%8.3d", "%c", "%q", "%U", "%#U"]:
        if f in ("%c", "%q", "%U", "%#U") and not (0 <= v < 0x110000): continue
        add(f, {"t": "int", "v": v})
for v in uints:
    for f in ["%d", "%v", "%#v", "%x", "%08b"]:
        add(f, {"t": "uint64", "v": v})
for t in ["int8", "int16", "int32", "uint8", "uint16", "uint32"]:
    add("%v %d %x", {"t": t, "v": 100}, {"t": t, "v": 100}, {"t": t, "v": 100})
for v in floats:
    for f in ["%v", "%g", "%e", "%f", "%.2f", "%.0f", "%10.3f", "%-10.3f|", "%+.3e", "%G", "%E", "%.3g", "%.10g", "%#g", "%#v", "%010.2f", "%x", "%b", "%.1f", "%.15f"]:
        add(f, {"t": "float64", "v": v})
for v in [0.1, 1.5, 3.4028235e38, 1e-45, 16777217.0]:
    for f in ["%v", "%g", "%.3f", "%e"]:
        add(f, {"t": "float32", "v": v})
for f in ["%v", "%f", "%08.3f", "%+v", "% v", "%g"]:
    add(f, {"t": "float64", "v": "inf"})
    add(f, {"t": "float64", "v": "-inf"})
    add(f, {"t": "float64", "v": "nan"})
add("%v", {"t": "float64", "v": "-0"})
for s in ["hello", "", "héllo, 世界", "tab\there", "quote\"s", "\x00\x7f\xff", "`back`"]:
    for f in ["%s", "%v", "%q", "%#q", "%+q", "%x", "% x", "%X", "%10s|", "%-10s|", "%.3s", "%#v", "%010s", "%T"]:
        add(f, {"t": "string", "v": s})
for b in [True, False]:
    for f in ["%v", "%t", "%5t", "%d"]:
        add(f, {"t": "bool", "v": b})
add("%v %v", {"t": "complex128", "v": [1.5, -2]}, {"t": "complex128", "v": [0, 0]})
add("%.2f", {"t": "complex128", "v": [1.5, 2.25]})
add("%v", {"t": "nil"})
add("%d", {"t": "nil"})
add("%T", {"t": "nil"})
add("%s", {"t": "nil"})
for f in ["%v", "%d", "%x", "%#v", "%T", "%s", "%q", "%03d"]:
    add(f, {"t": "[]int", "v": [1, 2, 3]})
    add(f, {"t": "[]string", "v": ["a", "b c"]})
    add(f, {"t": "[]byte", "v": [104, 105, 0, 255]})
    add(f, {"t": "[3]int", "v": [7, 8, 9]})
    add(f, {"t": "map[string]int", "v": [["b", 2], ["a", 1], ["c", 3]]})
    add(f, {"t": "map[int]string", "v": [[3, "z"], [-1, "y"], [10, "x"]]})
    add(f, {"t": "struct", "v": [1, "x"]})
    add(f, {"t": "*struct", "v": [2, "y"]})
    add(f, {"t": "[]any", "v": [{"t": "int", "v": 1}, {"t": "string", "v": "s"}, {"t": "nil"}]})
    add(f, {"t": "MyInt", "v": 5})
add("%v", {"t": "[]int", "v": None})
add("%#v", {"t": "[]int", "v": None})
add("%v", {"t": "map[string]int", "v": None})
add("%#v", {"t": "map[string]int", "v": None})
add("%+v", {"t": "struct", "v": [3, "q"]})
add("%+v", {"t": "*struct", "v": [3, "q"]})
add("%v", {"t": "*int", "v": None})
add("%#v", {"t": "*int", "v": None})
add("%p", {"t": "*int", "v": None})
# verbs, errors
add("%!")
add("%")
add("%d")
add("%d %d", {"t": "int", "v": 1})
add("%d", {"t": "int", "v": 1}, {"t": "string", "v": "extra"}, {"t": "nil"})
add("%z", {"t": "int", "v": 1})
add("%s", {"t": "int", "v": 1})
add("%d", {"t": "string", "v": "hi"})
add("%t", {"t": "int", "v": 1})
add("%[2]d %[1]d", {"t": "int", "v": 1}, {"t": "int", "v": 2})
add("%[3]d", {"t": "int", "v": 1})
add("%[2]*[1]d|", {"t": "int", "v": 12}, {"t": "int", "v": 5})
add("%*d|", {"t": "int", "v": 6}, {"t": "int", "v": 42})
add("%-*d|", {"t": "int", "v": 6}, {"t": "int", "v": 42})
add("%*d|", {"t": "int", "v": -6}, {"t": "int", "v": 42})
add("%.*f", {"t": "int", "v": 2}, {"t": "float64", "v": 3.14159})
add("%*d", {"t": "string", "v": "x"}, {"t": "int", "v": 42})
add("%.*d", {"t": "int", "v": -1}, {"t": "int", "v": 42})
add("100%%")
add("%5.1%")
add("%v %v", {"t": "error", "v": "boom"}, {"t": "Stringer", "v": "strung"})
add("%s|%q|%x|%d", {"t": "Stringer", "v": "ab"}, {"t": "Stringer", "v": "ab"}, {"t": "Stringer", "v": "ab"}, {"t": "Stringer", "v": "ab"})
add("%v", {"t": "[]Stringer", "v": ["x", "y"]})
add("%w", {"t": "error", "v": "wrapped"})
add("%v", {"t": "structS", "v": ["pub", "priv"]})
add("%c|%c", {"t": "int32", "v": 0x4e16}, {"t": "uint64", "v": 0x110000})
add("%q", {"t": "int32", "v": 0x27})
add("%U", {"t": "int32", "v": 0x1F600})
add("%#U", {"t": "int32", "v": 0x1F600})
add("%x", {"t": "float64", "v": 1.0})
add("%6.2v|", {"t": "float64", "v": 3.14159})
add("%08.3e", {"t": "float64", "v": -1234.5678})
add("% x", {"t": "[]byte", "v": [1, 171, 205]})
add("%#x", {"t": "[]byte", "v": [1, 171, 205]})
add("%# x", {"t": "[]byte", "v": [1, 171, 205]})

def goval(a):
    t = a["t"]; v = a.get("v")
    def gostr(s): return json.dumps(s) if all(ord(c) < 128 for c in s) else '"' + ''.join('\\u%04x' % ord(c) if ord(c) >= 128 and ord(c) < 0x10000 else c for c in s) + '"'
    def gostrb(s):
        return '"' + ''.join('\\x%02x' % ord(c) if (ord(c) < 32 or ord(c) == 127 or ord(c) == 255 or c in '"\\') else ('\\u%04x' % ord(c) if ord(c) >= 128 else c) for c in s) + '"'
    if t == "nil": return "nil"
    if t in ("float64", "float32"):
        if v == "inf": return "math.Inf(1)"
        if v == "-inf": return "math.Inf(-1)"
        if v == "nan": return "math.NaN()"
        if v == "-0": return "math.Copysign(0, -1)"
        return "%s(%r)" % (t, float(v))
    if t == "string": return gostrb(v)
    if t == "bool": return "true" if v else "false"
    if t == "complex128": return "complex(%r, %r)" % (float(v[0]), float(v[1]))
    if t == "[]int": return "[]int(nil)" if v is None else "[]int{%s}" % ",".join(map(str, v))
    if t == "[]string": return "[]string{%s}" % ",".join(gostrb(x) for x in v)
    if t == "[]byte": return "[]byte{%s}" % ",".join(map(str, v))
    if t == "[3]int": return "[3]int{%s}" % ",".join(map(str, v))
    if t == "map[string]int": return "map[string]int(nil)" if v is None else "map[string]int{%s}" % ",".join("%s:%d" % (gostrb(k), x) for k, x in v)
    if t == "map[int]string": return "map[int]string{%s}" % ",".join("%d:%s" % (k, gostrb(x)) for k, x in v)
    if t == "struct": return "T{%d, %s}" % (v[0], gostrb(v[1]))
    if t == "*struct": return "&T{%d, %s}" % (v[0], gostrb(v[1]))
    if t == "structS": return "U{S(%s), S(%s)}" % (gostrb(v[0]), gostrb(v[1]))
    if t == "[]any": return "[]any{%s}" % ",".join(goval(x) for x in v)
    if t == "MyInt": return "MyInt(%d)" % v
    if t == "*int": return "(*int)(nil)"
    if t == "error": return "errors.New(%s)" % gostrb(v)
    if t == "Stringer": return "S(%s)" % gostrb(v)
    if t == "[]Stringer": return "[]S{%s}" % ",".join("S(%s)" % gostrb(x) for x in v)
    if t in ("uint64",): return "uint64(%d)" % v
    return "%s(%d)" % (t, v)

prog = ['package main', 'import ("errors"; "fmt"; "math"; "os"; "encoding/json")',
        'type T struct { A int; b string }', 'type MyInt int', 'type S string',
        'func (s S) String() string { return "S<" + string(s) + ">" }',
        'type U struct { P S; q S }',
        'var _ = errors.New; var _ = math.Inf',
        'func main() {', 'var out []string']
for c in cases:
    args = "".join(", " + goval(a) for a in c["args"])
    prog.append('out = append(out, fmt.Sprintf(%s%s))' % (json.dumps(c["format"]), args))
prog.append('b, _ := json.Marshal(out); os.Stdout.Write(b) }')
d = tempfile.mkdtemp()
open(os.path.join(d, "main.go"), "w").write("\n".join(prog))
r = subprocess.run(["/usr/lib/go-1.23/bin/go", "vet", "-printf=false", "main.go"], cwd=d, capture_output=True, text=True)
r = subprocess.run(["/usr/lib/go-1.23/bin/go", "run", "main.go"], cwd=d, capture_output=True, text=True)
if r.returncode != 0:
    print(r.stderr); raise SystemExit(1)
outs = json.loads(r.stdout)
for c, o in zip(cases, outs):
    c["want"] = o
def bigstr(o):
    if isinstance(o, dict):
        return {k: bigstr(v) for k, v in o.items()}
    if isinstance(o, list):
        return [bigstr(x) for x in o]
    if isinstance(o, int) and not isinstance(o, bool) and abs(o) > 2**53:
        return str(o)
    return o
cases = [bigstr(c) for c in cases]
here = os.path.dirname(os.path.abspath(__file__))
json.dump(cases, open(os.path.join(here, "fmt_cases.json"), "w"), indent=0, ensure_ascii=False)
print(len(cases), "cases")
