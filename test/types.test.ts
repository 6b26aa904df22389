// Tests of the type checker (src/types): golden error files (testdata/types/errors, expected
// messages from real Go 1.23 in `// ERROR "regexp"` comments), Go test-suite programs that must
// type-check cleanly (testdata/types/run), constants, sizes, type strings and Info side maps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile, type Expr, type Ident, inspect } from '../src/syntax/index.js';
import {
  checkPackage, newStdImporter, formatError, constant, sizeof, alignof, typeString, relativeTo,
  Typ, BasicKind, Pointer, Slice, Struct, Var, Map as MapType, Chan, ChanDir, Signature, Tuple,
  type CheckResult, packageRoot,
} from '../src/types/index.js';

const root = packageRoot();
const imp = newStdImporter();

function check(src: string, filename = 'x.go'): CheckResult {
  const p = parseFile(filename, src);
  assert.deepEqual(p.errors.map((e) => e.goString()), [], 'syntax errors');
  return checkPackage('main', [p.file], imp);
}

// ---------------------------------------------------------------------------------------------
// Golden error files

function wantErrors(text: string): Map<number, RegExp[]> {
  const want = new Map<number, RegExp[]>();
  text.split('\n').forEach((l, i) => {
    const m = l.match(/\/\/ ERROR (.*)$/);
    if (!m) return;
    const rxs = [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => new RegExp(q[1].replace(/\\"/g, '"')));
    want.set(i + 1, rxs);
  });
  return want;
}

const errDir = join(root, 'testdata/types/errors');
for (const name of readdirSync(errDir).filter((n) => n.endsWith('.go')).sort()) {
  test(`errors: ${name}`, () => {
    const text = readFileSync(join(errDir, name), 'utf8');
    const r = check(text, name);
    const want = wantErrors(text);
    const got = new Map<number, string[]>();
    for (const e of r.errors) {
      const l = got.get(e.line) ?? [];
      l.push(e.msg.split('\n')[0]);
      got.set(e.line, l);
    }
    const problems: string[] = [];
    for (const [line, rxs] of want) {
      const msgs = got.get(line) ?? [];
      for (const rx of rxs) if (!msgs.some((m) => rx.test(m))) problems.push(`${name}:${line}: missing ${rx} (got ${JSON.stringify(msgs)})`);
      if (msgs.length > rxs.length) problems.push(`${name}:${line}: extra errors ${JSON.stringify(msgs)}`);
    }
    for (const [line, msgs] of got) if (!want.has(line)) problems.push(`${name}:${line}: unexpected ${JSON.stringify(msgs)}`);
    assert.deepEqual(problems, []);
  });
}

// ---------------------------------------------------------------------------------------------
// Go test-suite programs: no false errors

test('run programs from the Go test suite type-check without errors', () => {
  const dir = join(root, 'testdata/types/run');
  const failures: string[] = [];
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    n++;
    const p = parseFile(name, readFileSync(join(dir, name)));
    if (p.errors.length) { failures.push(`${name}: syntax: ${p.errors[0].goString()}`); continue; }
    const r = checkPackage('main', [p.file], imp);
    for (const e of r.errors.slice(0, 2)) failures.push(formatError(e));
  }
  assert.ok(n >= 50, `only ${n} fixtures`);
  assert.deepEqual(failures, []);
});

// ---------------------------------------------------------------------------------------------
// Constants

test('constants: literals, exact arithmetic, rounding, formatting', () => {
  const C = constant;
  const v = (s: string, k: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING') => C.makeFromLiteral(s, k);
  assert.equal(C.valueString(v('0x_1F', 'INT')), '31');
  assert.equal(C.valueString(v('0o17', 'INT')), '15');
  assert.equal(C.valueString(v('017', 'INT')), '15');
  assert.equal(C.valueString(v('0b101', 'INT')), '5');
  assert.equal(C.float64Val(v('0.1', 'FLOAT'))[0], 0.1);
  assert.equal(C.float64Val(v('0x1.8p1', 'FLOAT'))[0], 3);
  assert.equal(C.float64Val(v('1e-400', 'FLOAT'))[0], 0);
  assert.equal(C.float64Val(v('4.9406564584124654e-324', 'FLOAT'))[0], 5e-324);
  assert.equal(C.float64Val(v('1.7976931348623157e308', 'FLOAT'))[0], 1.7976931348623157e308);
  assert.equal(C.float32Val(v('16777217', 'FLOAT'))[0], 16777216); // ties to even
  assert.equal(C.valueString(v('1e100', 'FLOAT')), '1e+100');
  assert.equal(C.valueString(v('123456789.0', 'FLOAT')), '1.23457e+08');
  assert.equal(C.valueString(v('0.000012345', 'FLOAT')), '1.2345e-05');
  assert.equal(C.valueString(v('2i', 'IMAG')), '(0 + 2i)');
  assert.equal(C.valueString(v("'\\n'", 'CHAR')), '10');
  assert.equal(C.valueString(v('"a\\x80"', 'STRING')), '"a\\x80"');
  assert.equal(C.stringVal(v('"héllo"', 'STRING')).length, 6);
  // 1/3 is exact; 1/3*3 == 1
  const third = C.binaryOp(C.makeInt64(1), '/', C.makeInt64(3));
  assert.equal(C.compare(C.binaryOp(third, '*', C.makeInt64(3)), '==', C.makeInt64(1)), true);
  assert.equal(C.valueString(C.binaryOp(C.makeInt64(7), 'quo_int', C.makeInt64(-2))), '-3');
  assert.equal(C.valueString(C.binaryOp(C.makeInt64(-7), '%', C.makeInt64(2))), '-1');
  assert.equal(C.valueString(C.shift(C.makeInt64(1), '<<', 100)), '1267650600228229401496703205376');
  assert.equal(C.valueString(C.unaryOp('^', C.makeInt64(1), 8)), '254');
  assert.equal(C.binaryOp(C.makeInt64(1), '/', C.makeInt64(0)).kind, 'Unknown');
});

test('constants: representability errors as go build prints them', () => {
  const r = check(`package main
func main() {
	var a int8 = 128
	var b uint = -1
	const c = 1 << 63
	var d int = c
	var e float32 = 1e39
	var f = uint8(255)
	var g = byte(256)
	var h int = 2.5
	_, _, _, _, _, _, _ = a, b, d, e, f, g, h
}
`);
  assert.deepEqual(r.errors.map(formatError), [
    'x.go:3:15: cannot use 128 (untyped int constant) as int8 value in variable declaration (overflows)',
    'x.go:4:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)',
    'x.go:6:14: cannot use c (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)',
    'x.go:7:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)',
    'x.go:9:15: constant 256 overflows byte',
    'x.go:10:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)',
  ]);
});

// ---------------------------------------------------------------------------------------------
// Sizes (linux/amd64)

test('sizes: linux/amd64 layout rules', () => {
  const f = (name: string, t: ConstructorParameters<typeof Var>[2]) => { const v = new Var(null, name, t); v.isField = true; return v; };
  const I = Typ[BasicKind.Int], B = Typ[BasicKind.Bool], I32 = Typ[BasicKind.Int32];
  assert.equal(sizeof(Typ[BasicKind.String]), 16);
  assert.equal(sizeof(new Slice(I)), 24);
  assert.equal(sizeof(Typ[BasicKind.Complex128]), 16);
  assert.equal(alignof(Typ[BasicKind.Complex128]), 8);
  assert.equal(alignof(Typ[BasicKind.Complex64]), 4);
  assert.equal(sizeof(new Struct([f('a', B), f('b', I), f('c', B)])), 24);
  assert.equal(sizeof(new Struct([f('a', B), f('c', B), f('b', I)])), 16);
  assert.equal(sizeof(new Struct([f('a', I32), f('z', new Struct([]))])), 8); // trailing zero-size padding
  assert.equal(sizeof(new Struct([f('z', new Struct([])), f('a', I32)])), 4);
  assert.equal(sizeof(new Struct([])), 0);
  const r = check(`package main
import "unsafe"
type T struct { a bool; b int64; c [3]int16; d string; e interface{} }
const s, o, al = unsafe.Sizeof(T{}), unsafe.Offsetof(T{}.d), unsafe.Alignof(T{}.c)
func main() {}
`);
  assert.deepEqual(r.errors, []);
  const vals = ['s', 'o', 'al'].map((n) => {
    const c = r.pkg.scope.lookup(n)!;
    return c.kind === 'Const' ? constant.valueString(c.val) : '?';
  });
  assert.deepEqual(vals, ['56', '24', '2']);
});

// ---------------------------------------------------------------------------------------------
// Type strings

test('typeString: go/types format', () => {
  const I = Typ[BasicKind.Int], S = Typ[BasicKind.String];
  assert.equal(typeString(new MapType(S, new Slice(new Pointer(I)))), 'map[string][]*int');
  assert.equal(typeString(new Chan(ChanDir.SendRecv, new Chan(ChanDir.RecvOnly, I))), 'chan (<-chan int)');
  assert.equal(typeString(new Chan(ChanDir.SendOnly, I)), 'chan<- int');
  const sig = new Signature(null, [], new Tuple([new Var(null, 'x', I), new Var(null, 'ys', new Slice(S))]),
    new Tuple([new Var(null, '', I), new Var(null, '', Typ[BasicKind.Bool])]), true);
  assert.equal(typeString(sig), 'func(x int, ys ...string) (int, bool)');
  const r = check(`package main
type List[T any] struct { next *List[T]; val T }
type E struct{}
func (E) Error() string { return "" }
var l List[int]
var m map[string]struct{ a int "json:\\"a\\"" }
var e error = E{}
var a any
func main() {}
`);
  assert.deepEqual(r.errors, []);
  const ts = (n: string) => typeString(r.pkg.scope.lookup(n)!.type, relativeTo(r.pkg));
  assert.equal(ts('l'), 'List[int]');
  assert.equal(ts('m'), 'map[string]struct{a int "json:\\"a\\""}');
  assert.equal(ts('e'), 'error');
  assert.equal(ts('a'), 'any');
  assert.equal(typeString(r.pkg.scope.lookup('l')!.type), 'main.List[int]');
});

// ---------------------------------------------------------------------------------------------
// Info side maps

function findIdent(r: CheckResult, name: string, nth = 0): Ident {
  const ids = [...r.info.uses.keys(), ...r.info.defs.keys()].filter((i) => i.name === name).sort((a, b) => a.pos - b.pos);
  return ids[nth];
}

test('info: final types of untyped expressions after implicit conversion', () => {
  const src = `package main
func f(x float64) {}
func main() {
	var a int8 = 1 + 2
	b := 3
	var p *int = nil
	f(4)
	println(5, 'x', "s", 1.5)
	var i interface{} = 6
	_, _, _, _ = a, b, p, i
	var s uint = 2
	var c int64 = 1 << s
	_ = c
}
`;
  const p = parseFile('x.go', src);
  const r = checkPackage('main', [p.file], imp);
  assert.deepEqual(r.errors, []);
  const at = (text: string, nth = 0): string => {
    let idx = -1;
    for (let k = 0; k <= nth; k++) idx = src.indexOf(text, idx + 1);
    let found: Expr | null = null;
    inspect(p.file, (n) => {
      if (!found && n.pos === idx && src.slice(n.pos, n.end) === text && r.info.types.has(n as Expr)) found = n as Expr;
      return !found;
    });
    assert.ok(found, `no expr ${text}`);
    const tv = r.info.types.get(found!)!;
    return `${tv.mode} ${typeString(tv.type)}${tv.value ? ' ' + constant.valueString(tv.value) : ''}`;
  };
  assert.equal(at('1 + 2'), 'constant int8 3');
  assert.equal(at('3'), 'constant int 3');
  assert.equal(at('nil'), 'value *int');
  assert.equal(at('4', 1), 'constant float64 4');
  assert.equal(at('5'), 'constant int 5');
  assert.equal(at("'x'"), 'constant rune 120');
  assert.equal(at('"s"'), 'constant string "s"');
  assert.equal(at('1.5'), 'constant float64 1.5');
  assert.equal(at('6', 1), 'constant int 6');
  assert.equal(at('1 << s'), 'value int64');
  assert.equal(at('1', 2), 'constant int64 1');
});

test('info: selections with embedding paths, method values, captures, init order', () => {
  const src = `package main
type Inner struct{ x int }
func (i *Inner) Get() int { return i.x }
type Outer struct{ a string; *Inner }
var b = a + 1
var a = f()
func f() int { return c }
var c = 2
func main() {
	o := Outer{Inner: &Inner{x: 1}}
	_ = o.x
	g := o.Get
	n := 0
	h := func() { n++ }
	h()
	_ = g
}
`;
  const p = parseFile('x.go', src);
  const r = checkPackage('main', [p.file], imp);
  assert.deepEqual(r.errors, []);
  const sels = [...r.info.selections].map(([e, s]) => `${e.sel.name}:${s.kind}:${s.index.join('.')}:${s.indirect}`).sort();
  assert.ok(sels.includes('x:FieldVal:1.0:true'), sels.join(' '));
  assert.ok(sels.includes('Get:MethodVal:1.0:true'), sels.join(' '));
  assert.deepEqual(r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(',')), ['c', 'a', 'b']);
  const lits = [...r.info.captures].filter(([n]) => n.kind === 'FuncLit');
  assert.equal(lits.length, 1);
  assert.deepEqual(lits[0][1].map((v) => v.name), ['n']);
  assert.equal(findIdent(r, 'Outer').name, 'Outer');
});

test('info: generic instantiation is recorded', () => {
  const r = check(`package main
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs { out = append(out, f(x)) }
	return out
}
type Pair[K comparable, V any] struct { k K; v V }
func main() {
	ys := Map([]int{1}, func(i int) string { return "" })
	p := Pair[string, int]{"a", 1}
	_, _ = ys, p
}
`);
  assert.deepEqual(r.errors, []);
  const inst = [...r.info.instances].map(([id, i]) => `${id.name}[${i.typeArgs.map((t) => typeString(t)).join(',')}] ${typeString(i.type)}`).sort();
  assert.deepEqual(inst, ['Map[int,string] func(xs []int, f func(int) string) []string', 'Pair[string,int] main.Pair[string, int]']);
});

test('never throws on bad input', () => {
  for (const src of ['package main\nfunc main() { x := ; }', 'package main\ntype T [T{}]int\n', 'package main\nvar a = a\n', 'package main\ntype I interface{ I }\n', 'package main\nfunc f[T interface{ *T }]() {}\n']) {
    const p = parseFile('x.go', src);
    const r = checkPackage('main', [p.file], imp);
    assert.ok(!r.errors.some((e) => e.msg.startsWith('internal error')), JSON.stringify(r.errors));
  }
});

test('lookup: method sets, promotion depth, interface satisfaction', async () => {
  const { methodSet, lookupFieldOrMethod, missingMethod, implements: impl, underlying } = await import('../src/types/index.js');
  const r = check(`package main
type I interface{ M(); N() }
type A struct{}
func (A) M() {}
func (*A) N() {}
type B struct{ A }
type C struct{ *A }
type D struct{ B; x int }
func main() {}
`);
  assert.deepEqual(r.errors, []);
  const T = (n: string) => r.pkg.scope.lookup(n)!.type!;
  const names = (t: Parameters<typeof methodSet>[0]) => methodSet(t).map((m) => `${m.obj.name}:${m.index.join('.')}${m.indirect ? '*' : ''}`).join(' ');
  assert.equal(names(T('A')), 'M:0');
  assert.equal(names(new Pointer(T('A'))), 'M:0* N:1*');
  assert.equal(names(T('B')), 'M:0.0');
  assert.equal(names(T('C')), 'M:0.0* N:0.1*');
  assert.equal(names(new Pointer(T('D'))), 'M:0.0.0* N:0.0.1*');
  const I = underlying(T('I'));
  assert.equal(I.kind, 'Interface');
  if (I.kind !== 'Interface') return;
  assert.equal(missingMethod(T('A'), I)?.ptrRecv, true);
  assert.equal(missingMethod(new Pointer(T('A')), I), null);
  assert.equal(impl(T('C'), T('I')), true);
  assert.equal(impl(T('B'), T('I')), false);
  const x = lookupFieldOrMethod(T('D'), false, r.pkg, 'x');
  assert.deepEqual(x.index, [1]);
  const n = lookupFieldOrMethod(T('D'), false, r.pkg, 'N');
  assert.equal(n.obj, null);
  assert.equal(n.needPtr, true);
});
