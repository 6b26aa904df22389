// The talk's examples (examples/talk) print exactly what real Go 1.23 printed for them, addresses
// aside. Expected outputs were recorded with `go run` and live next to each program as .out files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, normaliseAddrs, root } from './helpers.js';

const dir = join(root, 'examples/talk');

for (const name of ['pointers', 'newmake', 'deferfile', 'gcstruct', 'globalleak', 'recursion']) {
  test(`talk example ${name}.go matches go run`, () => {
    const want = readFileSync(join(dir, name + '.out'), 'utf8');
    const r = gomemlab(['run', join(dir, name + '.go')]);
    assert.equal(r.stderr, '');
    assert.equal(normaliseAddrs(r.stdout), normaliseAddrs(want));
    assert.equal(r.code, 0);
  });
}

test('talk example channels.go matches go run', () => {
  const r = gomemlab(['run', join(dir, 'channels.go')]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, readFileSync(join(dir, 'channels.out'), 'utf8'));
  assert.equal(r.code, 0);
});

test('talk example goroutines.go prints the lines go run printed (in either order)', () => {
  // The order of the two tasks is not fixed in Go: compare the sets of lines, and check that a
  // fixed seed reproduces our own order exactly.
  const want = readFileSync(join(dir, 'goroutines.out'), 'utf8').trim().split('\n').sort();
  const r = gomemlab(['run', '-seed', '3', join(dir, 'goroutines.go')]);
  assert.equal(r.stderr, '');
  assert.deepEqual(r.stdout.trim().split('\n').sort(), want);
  assert.equal(r.code, 0);
  assert.equal(gomemlab(['run', '-seed', '3', join(dir, 'goroutines.go')]).stdout, r.stdout);
});

test('talk example overflow.go dies with Go\'s stack overflow', () => {
  const want = readFileSync(join(dir, 'overflow.out'), 'utf8').split('\n').slice(0, 3);
  const r = gomemlab(['run', join(dir, 'overflow.go')], { timeoutMs: 300_000 });
  const got = r.stderr.split('\n').slice(0, 3);
  assert.deepEqual(got.map(normaliseAddrs), want.map(normaliseAddrs));
  assert.equal(r.code, 2);
});
