// The CLI behaves like `go run`: for each program in testdata/cli, stdout, stderr and the exit status
// match what real Go 1.23 printed (recorded next to it; $DIR stands for the folder, pc offsets are
// normalised). Exit status is the program's own (`go run` itself exits 1 after printing
// "exit status N"; gomemlab exits N, as the program binary does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';

const dir = join(root, 'testdata/cli');
const norm = (s: string) => s.replace(/\+0x[0-9a-f]+/g, '+0x?');

for (const f of readdirSync(dir).filter(f => f.endsWith('.go')).sort()) {
  const base = f.slice(0, -3);
  test(`gomemlab run ${f} matches go run`, () => {
    const r = gomemlab(['run', f], { cwd: dir });
    const want = (ext: string) => readFileSync(join(dir, base + ext), 'utf8');
    assert.equal(r.stdout, want('.stdout'));
    assert.equal(norm(r.stderr.replaceAll(dir + '/', '$DIR/')), norm(want('.stderr')));
    assert.equal(r.code, Number(want('.code').trim()));
  });
}

test('gomemlab run . runs a module with local packages, like go run .', () => {
  const mod = join(root, 'testdata/module');
  const r = gomemlab(['run', '.'], { cwd: mod });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, readFileSync(join(mod, 'expected.out'), 'utf8'));
  assert.equal(r.code, 0);
});
