// Goroutines, channels, select, timers and sync in compiled programs (issue 4, compiler side): every
// program in testdata/goroutines prints what real Go 1.23 printed (.out; .err for the fatal paths,
// with goroutine numbers and pc offsets normalised), plus the CLI flags -seed, -v, -leaks and the
// generator/plain mode choice of the code generator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';
import { compileFiles } from '../src/driver/compile.js';

const dir = join(root, 'testdata/goroutines');

/** Go's goroutine ids differ (its runtime starts more goroutines); pc offsets are not modelled. */
function normalise(s: string): string {
  return s.split(dir + '/').join('ROOT/')
    .replace(/goroutine (\d+)/g, (m, n) => (n === '1' ? m : 'goroutine N'))
    .replace(/ \+0x[0-9a-f]+/g, '');
}

for (const f of readdirSync(dir).filter((x) => x.endsWith('.go')).sort()) {
  const name = f.slice(0, -3);
  test(`goroutines: ${f} matches go run`, () => {
    const r = gomemlab(['run', '-seed', '1', join(dir, f)], { timeoutMs: 300_000 });
    assert.equal(r.stdout, readFileSync(join(dir, name + '.out'), 'utf8'));
    const errFile = join(dir, name + '.err');
    if (existsSync(errFile)) {
      assert.equal(normalise(r.stderr), normalise(readFileSync(errFile, 'utf8')));
      assert.equal(r.code, 2);
    } else {
      assert.equal(r.stderr, '');
      assert.equal(r.code, 0);
    }
  });
}

test('goroutines: -leaks reports goroutines blocked at exit that can never be woken', () => {
  const r = gomemlab(['run', '-leaks', join(dir, 'leak.go')]);
  assert.equal(r.stdout, 'done\n');
  assert.equal(normalise(r.stderr), [
    'goroutine leaks: 3 goroutines blocked at exit', '',
    '3 goroutines [chan send] (can never be woken)',
    'blocked at main.leaky', '\tROOT/leak.go:10',
    'created by main.main', '\tROOT/leak.go:16', ''].join('\n'));
  assert.equal(r.code, 0);
});

test('goroutines: -v prints the seed; the same seed gives the same interleaving', () => {
  const src = join(dir, 'selectmix.go');
  const r = gomemlab(['run', '-v', '-seed', '12345', src]);
  assert.match(r.stderr, /^gomemlab: seed 12345\n$/);
  const prog = join(root, 'examples/talk/goroutines.go');
  for (const seed of ['2', '99']) {
    const a = gomemlab(['run', '-seed', seed, prog]);
    const b = gomemlab(['run', '-seed', seed, prog]);
    assert.equal(a.stdout, b.stdout);
  }
});

test('goroutines: GOTRACEBACK=none prints no goroutine dump on deadlock', () => {
  const r = gomemlab(['run', join(dir, 'deadlock.go')], { env: { GOTRACEBACK: 'none' } });
  assert.equal(r.stdout, '1\n');
  assert.equal(r.stderr, 'fatal error: all goroutines are asleep - deadlock!\nexit status 2\n');
  assert.equal(r.code, 2);
});

function compile(src: string): string {
  const res = compileFiles([{ name: '/tmp/gomemlab-test/x.go', text: src }]);
  assert.ok(res.ok, res.errors.join('\n'));
  return res.js!;
}

test('goroutines: programs that cannot block stay plain JS; programs that can use generators', () => {
  const plain = compile('package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }\n');
  assert.doesNotMatch(plain, /function\*/);
  const gen = compile('package main\nfunc main() { c := make(chan int, 1); c <- 1; println(<-c) }\n');
  assert.match(gen, /function\* f\d+_main\$main/);
  assert.match(gen, /yield\* \$rt\.chansend/);
  // The go statement passes the function index, the argument writer and the statement's line.
  const go = compile('package main\nfunc w(n int, s string) {}\nfunc main() {\n\tgo w(3, "x")\n}\n');
  assert.match(go, /\$rt\.newproc\(\(\$fb \+ \d+\), 0, 16, \(a\) => \{ \$mv16\(\(a \+ 0\), .*\}, \[3\], \{ line: 4 \}\);/);
  // Loop back-edges are preemption points.
  const spin = compile('package main\nvar x int\nfunc main() {\n\tgo func() { for { x++ } }()\n\tselect {}\n}\n');
  assert.match(spin, /if \(\$rt\.shouldPreempt\(\)\) \{ yield\* \$rt\.preemptPark\(\);/);
  assert.match(spin, /yield\* \$rt\.block\(\)/);
});
