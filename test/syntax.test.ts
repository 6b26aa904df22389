// syntax.test.ts — tests of src/syntax: golden syntax errors (from real `go build`), Go test-suite
// programs that must parse cleanly, AST shapes, scanner details, literals, positions, exprString,
// and robustness against junk and deep nesting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseFile, parseExpr, exprString, position, positionString, inspect, unquoteString, unquoteRune, intLitValue, ratLitValue,
  type File, type Node, type Expr, type FuncDecl, type GenDecl, type Stmt,
} from '../src/syntax/index.js';

const testdata = fileURLToPath(new URL('../../testdata/syntax/', import.meta.url));

function parseOK(src: string): File {
  const { file, errors } = parseFile('x.go', src);
  assert.deepEqual(errors.map((e) => e.goString()), []);
  return file;
}

function mainBody(src: string): readonly Stmt[] {
  const f = parseOK(`package main\n\nfunc main() {\n${src}\n}\n`);
  const fn = f.decls[f.decls.length - 1] as FuncDecl;
  return fn.body!.list;
}

function expr(src: string): Expr {
  const f = parseOK(`package p\n\nvar _ = ${src}\n`);
  return ((f.decls[0] as GenDecl).specs[0] as { values: readonly Expr[] }).values[0];
}

// ---------------------------------------------------------------------------------------------
// Golden errors: testdata/syntax/errors/*.go with the syntax-stage lines of `go build` in *.err

const stripDot = (l: string): string => l.replace(/^\.\//, '');

for (const name of fs.readdirSync(testdata + 'errors').filter((n) => n.endsWith('.go')).sort()) {
  test(`golden errors: ${name}`, () => {
    const src = fs.readFileSync(testdata + 'errors/' + name);
    const want = fs.readFileSync(testdata + 'errors/' + name.replace(/\.go$/, '.err'), 'utf8')
      .split('\n').filter((l) => l !== '').map(stripDot);
    const { errors, fatal } = parseFile('./' + name, src);
    assert.deepEqual(errors.map((e) => stripDot(e.goString())), want);
    assert.equal(fatal, want.some((l) => l.includes(': syntax error: ') || l.includes("expected 'package'")));
  });
}

// ---------------------------------------------------------------------------------------------
// Go's own `// run` programs parse without errors

test('fixtures from Go test suite parse cleanly', () => {
  const dir = testdata + 'run/';
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.go'));
  assert.ok(names.length >= 30);
  for (const n of names) {
    const { file, errors } = parseFile(n, fs.readFileSync(dir + n));
    assert.deepEqual(errors.map((e) => e.goString()), [], n);
    assert.equal(file.name.name, 'main', n);
    assert.ok(file.decls.length > 0, n);
  }
});

test('all `// run` programs of the installed Go test suite parse cleanly (skipped without Go)', (t) => {
  const root = '/usr/lib/go-1.23/test/';
  if (!fs.existsSync(root)) {
    t.skip('Go test suite not installed');
    return;
  }
  const list = fs.readFileSync(testdata + 'go-test-run-files.txt', 'utf8').split('\n').filter(Boolean);
  assert.equal(list.length, 184);
  for (const n of list) {
    const { errors } = parseFile(n, fs.readFileSync(root + n));
    assert.deepEqual(errors.map((e) => e.goString()), [], n);
  }
});

// ---------------------------------------------------------------------------------------------
// AST shapes

test('file: package, imports, decls, doc and pragmas', () => {
  const f = parseOK(`// Package doc.
package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "os"
)

// add adds.
//
//go:noinline
func add(a, b int) int { return a + b }

const (
	A = iota
	B
)

type T struct{ x, y int }

var v, w = 1, 2
`);
  assert.equal(f.name.name, 'main');
  assert.equal(f.doc?.list[0].text, '// Package doc.');
  assert.deepEqual(f.imports.map((i) => [i.name?.name ?? null, i.path.value]), [
    [null, '"fmt"'], ['str', '"strings"'], ['.', '"math"'], ['_', '"os"'],
  ]);
  const fd = f.decls[1] as FuncDecl;
  assert.equal(fd.kind, 'FuncDecl');
  assert.deepEqual(fd.pragmas, ['go:noinline']);
  assert.equal(fd.doc?.list.length, 3);
  assert.equal(fd.type.params.list.length, 1);
  assert.deepEqual(fd.type.params.list[0].names.map((n) => n.name), ['a', 'b']);
  assert.equal(fd.type.results?.list[0].names.length, 0);
  const c = f.decls[2] as GenDecl;
  assert.equal(c.tok, 'const');
  assert.equal(c.specs.length, 2);
  const b = c.specs[1];
  assert.ok(b.kind === 'ValueSpec' && b.values.length === 0 && b.type === null);
  const ts = (f.decls[3] as GenDecl).specs[0];
  assert.ok(ts.kind === 'TypeSpec' && ts.type.kind === 'StructType');
  assert.equal(ts.type.fields.list[0].names.length, 2);
});

test('generics: type params, constraints, instantiation', () => {
  const f = parseOK(`package p
type Number interface{ ~int | ~float64 | string }
func Map[K comparable, V any, R any](m map[K]V, f func(V) R) []R { return nil }
type List[T any] struct{ next *List[T]; val T }
type Pair[K comparable, V any] struct{}
type A [N]int
type G[P *int,] int
type H[P *C|D] int
var _ = Map[string, int, bool]
var _ = Pair[string, int]{}
var _ = f[int](1)
`);
  const iface = (f.decls[0] as GenDecl).specs[0];
  assert.ok(iface.kind === 'TypeSpec' && iface.type.kind === 'InterfaceType');
  const elem = iface.type.methods.list[0];
  assert.equal(elem.names.length, 0);
  assert.equal(exprString(elem.type), '~int | ~float64 | string');
  const m = f.decls[1] as FuncDecl;
  assert.deepEqual(m.type.typeParams?.list.map((x) => x.names.map((n) => n.name).join(',')), ['K', 'V', 'R']);
  const list = (f.decls[2] as GenDecl).specs[0];
  assert.ok(list.kind === 'TypeSpec' && list.typeParams?.list.length === 1);
  const arr = (f.decls[4] as GenDecl).specs[0];
  assert.ok(arr.kind === 'TypeSpec' && arr.typeParams === null && arr.type.kind === 'ArrayType');
  const g = (f.decls[5] as GenDecl).specs[0];
  assert.ok(g.kind === 'TypeSpec' && g.typeParams !== null && exprString(g.typeParams.list[0].type) === '*int');
  const h = (f.decls[6] as GenDecl).specs[0];
  // like cmd/compile: [P *C|D] is an array length expression, not a type parameter list
  assert.ok(h.kind === 'TypeSpec' && h.typeParams === null && h.type.kind === 'ArrayType');
  const inst = ((f.decls[7] as GenDecl).specs[0] as { values: readonly Expr[] }).values[0];
  assert.equal(inst.kind, 'IndexListExpr');
  const cl = ((f.decls[8] as GenDecl).specs[0] as { values: readonly Expr[] }).values[0];
  assert.ok(cl.kind === 'CompositeLit' && cl.type?.kind === 'IndexListExpr');
  const call = ((f.decls[9] as GenDecl).specs[0] as { values: readonly Expr[] }).values[0];
  assert.ok(call.kind === 'CallExpr' && call.fun.kind === 'IndexExpr');
});

test('statements: if/for/switch/select/range/labels', () => {
  const body = mainBody(`
	if x := f(); x > 0 {
	} else if y {
	} else {
	}
	for i := 0; i < 10; i++ {
	}
	for range 10 {
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for {
		break
	}
	switch x := v.(type) {
	case int, string:
	default:
	}
	switch v.(type) {
	}
	switch {
	case a > b:
		fallthrough
	case true:
	}
	select {
	case v, ok := <-c:
	case c <- 1:
	case <-c:
	default:
	}
L:
	for {
		continue L
	}
	go f()
	defer func() {}()
	x, y = y, x
	x += 2
	x++
	c <- 3
	var z int
	goto M
M:
	return
`);
  const kinds = body.map((s) => s.kind);
  assert.deepEqual(kinds, [
    'IfStmt', 'ForStmt', 'RangeStmt', 'RangeStmt', 'RangeStmt', 'ForStmt', 'TypeSwitchStmt', 'TypeSwitchStmt',
    'SwitchStmt', 'SelectStmt', 'LabeledStmt', 'GoStmt', 'DeferStmt', 'AssignStmt', 'AssignStmt', 'IncDecStmt',
    'SendStmt', 'DeclStmt', 'BranchStmt', 'LabeledStmt',
  ]);
  const ifs = body[0];
  assert.ok(ifs.kind === 'IfStmt' && ifs.init?.kind === 'AssignStmt' && ifs.else?.kind === 'IfStmt');
  const r0 = body[2];
  assert.ok(r0.kind === 'RangeStmt' && r0.key === null && r0.tok === null);
  const r1 = body[3];
  assert.ok(r1.kind === 'RangeStmt' && r1.tok === ':=' && r1.value?.kind === 'Ident');
  const r2 = body[4];
  assert.ok(r2.kind === 'RangeStmt' && r2.tok === '=' && r2.value === null);
  const ts = body[6];
  assert.ok(ts.kind === 'TypeSwitchStmt' && ts.assign.kind === 'AssignStmt');
  const cc = ts.body.list[1];
  assert.ok(cc.kind === 'CaseClause' && cc.list === null);
  const ts2 = body[7];
  assert.ok(ts2.kind === 'TypeSwitchStmt' && ts2.assign.kind === 'ExprStmt');
  const sel = body[9];
  assert.ok(sel.kind === 'SelectStmt');
  assert.deepEqual(sel.body.list.map((c) => (c.kind === 'CommClause' ? c.comm?.kind ?? null : '?')),
    ['AssignStmt', 'SendStmt', 'ExprStmt', null]);
  const lab = body[10];
  assert.ok(lab.kind === 'LabeledStmt' && lab.stmt.kind === 'ForStmt');
  const as = body[14];
  assert.ok(as.kind === 'AssignStmt' && as.tok === '+=');
});

test('composite literal vs block ambiguity in headers', () => {
  const body = mainBody(`
	if x == (T{}) {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	if x := (T{a: 1}); x.a == 1 {
	}
	switch (T{}).a {
	}
`);
  assert.equal(body.length, 4);
  const f = body[1];
  assert.ok(f.kind === 'RangeStmt' && f.x.kind === 'CompositeLit');
});

test('expressions: conversions, method expressions, slices, chans, func literals', () => {
  assert.equal(expr('(*T)(x)').kind, 'CallExpr');
  const me = expr('(*T).Method');
  assert.ok(me.kind === 'SelectorExpr' && me.x.kind === 'ParenExpr');
  const s3 = expr('a[1:2:3]');
  assert.ok(s3.kind === 'SliceExpr' && s3.slice3 && s3.max !== null);
  const s0 = expr('a[:]');
  assert.ok(s0.kind === 'SliceExpr' && s0.low === null && s0.high === null && !s0.slice3);
  const ch = expr('make(<-chan chan<- int)');
  assert.ok(ch.kind === 'CallExpr');
  const ct = ch.args[0];
  assert.ok(ct.kind === 'ChanType' && ct.dir === 'recv' && ct.value.kind === 'ChanType' && ct.value.dir === 'send');
  const recv = expr('<-c');
  assert.ok(recv.kind === 'UnaryExpr' && recv.op === '<-');
  const addr = expr('&T{1, 2}');
  assert.ok(addr.kind === 'UnaryExpr' && addr.op === '&' && addr.x.kind === 'CompositeLit');
  const anon = expr('struct{ a int; b string }{1, "x"}');
  assert.ok(anon.kind === 'CompositeLit' && anon.type?.kind === 'StructType');
  const arr = expr('[...]int{1, 2, 3}');
  assert.ok(arr.kind === 'CompositeLit' && arr.type?.kind === 'ArrayType' && arr.type.len?.kind === 'Ellipsis');
  const call = expr('f(xs...)');
  assert.ok(call.kind === 'CallExpr' && call.ellipsis > 0);
  const prec = expr('a + b*c == d && !e || f');
  assert.ok(prec.kind === 'BinaryExpr' && prec.op === '||');
  const fl = expr('func(a int) (r int) { return a }');
  assert.equal(fl.kind, 'FuncLit');
  const nested = expr('map[string][]struct{ x int }{"a": {{1}, {x: 2}}}');
  assert.ok(nested.kind === 'CompositeLit' && nested.elts[0].kind === 'KeyValueExpr');
});

test('nodes have consistent pos/end', () => {
  const src = fs.readFileSync(testdata + 'run/typeswitch.go');
  const { file } = parseFile('typeswitch.go', src);
  let count = 0;
  inspect(file, (n: Node) => {
    if (n.kind === 'File' || n.kind === 'EmptyStmt') return;
    assert.ok(n.pos >= 0 && n.end >= n.pos && n.end <= src.length, `${n.kind} ${n.pos} ${n.end}`);
    count++;
  });
  assert.ok(count > 100);
  const text = src.toString('utf8');
  const id = parseOK(text).decls.find((d) => d.kind === 'FuncDecl')!;
  assert.ok(text.slice(id.pos, id.pos + 4) === 'func');
});

// ---------------------------------------------------------------------------------------------
// Scanner details

test('scanner: numbers, strings, runes, raw strings, semicolons, BOM', () => {
  const body = mainBody(`
	_ = 0x_1F + 0o17 + 0b1010 + 0777 + 1_000_000
	_ = 1.5e10 + .5 + 1. + 0x1p-2 + 0x1.8p1 + 1e+3
	_ = 2i + 1.5i + 0x10i
	_ = 'a' + '\\n' + '\\x41' + '\\u00e9' + '\\U0001F600' + '\\'' + '世'
	_ = "a\\tb\\"c" + \`raw
string\`
	_ = 世界 /* comment */ + x // trailing
`);
  assert.equal(body.length, 6);
  const f = parseOK('\uFEFFpackage p\nvar x = 1\n');
  assert.equal(f.decls.length, 1);
  const lits: string[] = [];
  inspect(parseOK('package p\nvar _ = []any{0x_1F, 1e3, 2i, \'x\', "s", `r`}\n'), (n) => {
    if (n.kind === 'BasicLit') lits.push(`${n.litKind}:${n.value}`);
  });
  assert.deepEqual(lits, ['INT:0x_1F', 'FLOAT:1e3', 'IMAG:2i', "CHAR:'x'", 'STRING:"s"', 'STRING:`r`']);
  const cr = parseOK('package p\nvar _ = `a\r\nb`\n');
  inspect(cr, (n) => {
    if (n.kind === 'BasicLit') assert.equal(n.value, '`a\nb`');
  });
});

test('literal values', () => {
  assert.deepEqual([...unquoteString('"a\\tb\\x00\\377\\u00e9"')], [0x61, 9, 0x62, 0, 255, 0xc3, 0xa9]);
  assert.deepEqual([...unquoteString('`a\\n`')], [0x61, 0x5c, 0x6e]);
  assert.deepEqual([...unquoteString('"世"')], [0xe4, 0xb8, 0x96]);
  assert.equal(unquoteRune("'a'"), 97);
  assert.equal(unquoteRune("'\\n'"), 10);
  assert.equal(unquoteRune("'\\xff'"), 255);
  assert.equal(unquoteRune("'\\''"), 39);
  assert.equal(unquoteRune("'世'"), 0x4e16);
  assert.equal(unquoteRune("'\\U0001F600'"), 0x1f600);
  assert.equal(intLitValue('0x_1F'), 31n);
  assert.equal(intLitValue('0777'), 511n);
  assert.equal(intLitValue('0o777'), 511n);
  assert.equal(intLitValue('0b1010'), 10n);
  assert.equal(intLitValue('1_000_000'), 1000000n);
  assert.equal(intLitValue('0'), 0n);
  assert.equal(intLitValue('18446744073709551615'), 18446744073709551615n);
});

test('positions: line and byte column', () => {
  const { file, errors } = parseFile('p.go', 'package p\n\nvar s = "é" + @\n');
  assert.deepEqual(errors.map((e) => e.goString()), [
    "p.go:3:16: invalid character U+0040 '@'", // byte column: é is two bytes
  ]);
  assert.deepEqual(position(file, 0), { filename: 'p.go', line: 1, column: 1 });
  assert.deepEqual(position(file, 11), { filename: 'p.go', line: 3, column: 1 });
  assert.equal(String(errors[0]), "p.go:3:16: invalid character U+0040 '@'");
});

test('exprString', () => {
  const cases: [string, string][] = [
    ['x + y', 'x + y'],
    ['&T{1, 2}', '&T{…}'],
    ['make([]int, n)', 'make([]int, n)'],
    ['[]byte(s)', '[]byte(s)'],
    ['func() { x++ }', 'func() {…}'],
    ['func() {}', 'func() {}'],
    ['a[1:2:3]', 'a[1:2:3]'],
    ['x.(int)', 'x.(int)'],
    ['map[string]chan<- int{}', 'map[string]chan<- int{}'],
    ['struct{ a, b int; c string }{}', 'struct{a, b int; c string}{}'],
    ['interface{ M(); N() int }(nil)', 'interface{M(); N() int}(nil)'],
    ['func(a, b int, c ...string) (int, error) { return 0, nil }', 'func(a, b int, c ...string) (int, error) {…}'],
    ['-(x)', '-(x)'],
    ['*p', '*p'],
    ['f[int, string](x...)', 'f[int, string](x...)'],
  ];
  for (const [src, want] of cases) assert.equal(exprString(expr(src)), want, src);
  assert.equal(exprString(expr('&T{1, 2}'), { escape: true }), '&T{...}');
  assert.equal(exprString(expr('func() { x++ }'), { escape: true }), 'func literal');
});

// ---------------------------------------------------------------------------------------------
// Robustness

test('never throws on junk, truncation and deep nesting', () => {
  const base = fs.readFileSync(testdata + 'run/typeswitch.go');
  for (let i = 0; i < base.length; i += 97) parseFile('t.go', base.subarray(0, i));
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let k = 0; k < 50; k++) {
    const b = new Uint8Array(1000);
    for (let i = 0; i < b.length; i++) b[i] = Math.floor(rnd() * 256);
    parseFile('j.go', b);
    const m = Uint8Array.from(base);
    for (let i = 0; i < 20; i++) m[Math.floor(rnd() * m.length)] = '{}()[];,.:=+-*&|<>\n"\'`/'.charCodeAt(Math.floor(rnd() * 24));
    parseFile('m.go', m);
  }
  const deep = parseFile('d.go', 'package p\nvar x = ' + '('.repeat(10000) + '1' + ')'.repeat(10000) + '\n');
  assert.equal(deep.errors.length, 1);
  assert.match(deep.errors[0].msg, /nesting too deep/);
  const blocks = parseFile('d.go', 'package p\nfunc f() {' + '{'.repeat(10000) + '}'.repeat(10000) + '}\n');
  assert.equal(blocks.errors.length, 1);
  // moderately deep nesting is fine
  parseOK('package p\nvar x = ' + '('.repeat(500) + '1' + ')'.repeat(500) + '\n');
});

test('parseExpr', () => {
  const r = parseExpr('a + b*c');
  assert.deepEqual(r.errors, []);
  assert.ok(r.expr.kind === 'BinaryExpr' && r.expr.op === '+' && r.expr.y.kind === 'BinaryExpr');
  assert.equal(r.expr.end, 7);
  assert.deepEqual(parseExpr('x y').errors.map(String), ['expr:1:3: syntax error: unexpected name y after expression']);
});

test('ratLitValue', () => {
  const r = (lit: string): string => {
    const v = ratLitValue(lit);
    return `${v.num}/${v.den}`;
  };
  assert.equal(r('1.5'), '3/2');
  assert.equal(r('1e3'), '1000/1');
  assert.equal(r('1_000.25e-2'), '4001/400'); // 10.0025
  assert.equal(r('.5'), '1/2');
  assert.equal(r('1.'), '1/1');
  assert.equal(r('0x1p-2'), '1/4');
  assert.equal(r('0x1.8p1'), '3/1');
  assert.equal(r('0X_1FFFP-16'), '8191/65536');
  assert.equal(r('0777'), '511/1');
  assert.equal(r('0777i'), '777/1');
  assert.equal(r('2.5i'), '5/2');
  assert.equal(r('0x10'), '16/1');
  assert.equal(r('0'), '0/1');
  assert.equal(r('0.'), '0/1');
  assert.equal(r('1e-400'), `1/${10n ** 400n}`);
});

test('AST matches go/ast node for node (kinds, pos, end) on fixtures', () => {
  // testdata/syntax/ast/<name>.txt: `Kind pos end` per node in go/ast.Inspect order, dumped with
  // go/parser (comments and empty statements omitted), for testdata/syntax/run/<name>.go.
  const dir = testdata + 'ast/';
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
  assert.ok(names.length >= 30);
  for (const n of names) {
    const goName = n.replace(/\.txt$/, '.go');
    const { file } = parseFile(goName, fs.readFileSync(testdata + 'run/' + goName));
    const mine: string[] = [];
    inspect(file, (x) => {
      if (x.kind === 'File' || x.kind === 'EmptyStmt' || x.kind === 'CommentGroup' || x.kind === 'Comment') return;
      mine.push(`${x.kind} ${x.pos} ${x.end}`);
    });
    const want = fs.readFileSync(dir + n, 'utf8').trimEnd().split('\n');
    let i = 0;
    while (i < want.length && mine[i] === want[i]) i++;
    assert.equal(i, want.length, `${goName}: first difference at node ${i}: ${mine[i]} vs ${want[i]}`);
    assert.equal(mine.length, want.length, goName);
  }
});

test("Go test-suite error files: the compiler's syntax-stage errors, exactly", () => {
  // testdata/syntax/goerrors/**.go are copies of Go's own test files with syntax, lexical or
  // branch errors; *.err holds the lines `go tool compile` printed for them (syntax-stage lines only).
  const root = testdata + 'goerrors/';
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(d + e.name + '/');
      else if (e.name.endsWith('.go')) files.push(d + e.name);
    }
  };
  walk(root);
  assert.ok(files.length >= 60);
  for (const f of files) {
    const base = f.slice(f.lastIndexOf('/') + 1);
    const want = fs.readFileSync(f.replace(/\.go$/, '.err'), 'utf8').split('\n').filter((l) => l !== '');
    const { errors } = parseFile(base, fs.readFileSync(f));
    assert.deepEqual(errors.map((e) => e.goString()), want, f.slice(root.length));
  }
});

test('//line directives remap positions', () => {
  const src = 'package p\n\n//line foo.go:100\nvar x = 1\n/*line bar.go:7:5*/var y = 2\n//line :20:3\nvar z = 3\n';
  const { file, errors } = parseFile('p.go', src);
  assert.deepEqual(errors, []);
  const at = (needle: string): string => positionString(file, src.indexOf(needle));
  assert.equal(at('var x'), 'foo.go:100');
  assert.equal(at('x = 1'), 'foo.go:100');
  assert.equal(at('var y'), 'bar.go:7:5');
  assert.equal(at('y = 2'), 'bar.go:7:9');
  assert.equal(at('var z'), 'bar.go:20:3');
  assert.equal(at('package'), 'p.go:1:1');
});
