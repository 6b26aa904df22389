// `gomemlab build -gcflags=-m` on the talk's examples prints what real Go 1.23's
// `go build -gcflags='-m -l'` printed (recorded in examples/talk/*.m): same lines, same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';

const dir = join(root, 'examples/talk');

for (const name of ['pointers', 'newmake', 'deferfile', 'gcstruct', 'globalleak', 'recursion']) {
  test(`-gcflags=-m on talk example ${name}.go agrees with Go`, () => {
    const want = readFileSync(join(dir, name + '.m'), 'utf8');
    const r = gomemlab(['build', '-gcflags=-m', name + '.go'], { cwd: dir });
    assert.equal(r.stderr, want);
    assert.equal(r.code, 0);
  });
}
