// End-to-end GC tests: compiled Go programs run by the CLI under GOGC=1 and GODEBUG=gccheckmark=1
// (every mark phase verified stop-the-world) must print what real Go 1.23 printed (expected outputs
// in testdata/gc/*.out and testdata/run/*.out); gctrace lines have Go's format and "(forced)".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';

const gcDir = join(root, 'testdata/gc');
const runDir = join(root, 'testdata/run');
const strict = { GOGC: '1', GODEBUG: 'gccheckmark=1' };

test('stress: goroutines rewire a shared graph (slices, maps, closures, strings) under GOGC=1 + gccheckmark', () => {
  const r = gomemlab(['run', join(gcDir, 'rewire.go')], { env: { ...strict, GODEBUG: 'gccheckmark=1,gctrace=1' } });
  assert.equal(r.stdout, readFileSync(join(gcDir, 'rewire.out'), 'utf8'), r.stderr.slice(0, 2000));
  assert.equal(r.code, 0);
  const cycles = r.stderr.split('\n').filter(l => l.startsWith('gc ')).length;
  assert.ok(cycles >= 10, `only ${cycles} GC cycles`);
});

for (const name of ['binarytrees', 'linkedlist', 'maps', 'closures', 'strings', 'slices', 'iface', 'generics', 'gc', 'stackgrow', 'defer']) {
  test(`${name}.go under GOGC=1 + gccheckmark prints Go's output`, () => {
    const r = gomemlab(['run', join(runDir, `${name}.go`)], { env: strict });
    assert.equal(r.stdout, readFileSync(join(runDir, `${name}.out`), 'utf8'), r.stderr.slice(0, 2000));
  });
}

test('gcstoptheworld=1 and =2 give the same output as the concurrent collector', () => {
  for (const mode of ['1', '2']) {
    const r = gomemlab(['run', join(runDir, 'binarytrees.go')], { env: { GOGC: '1', GODEBUG: `gcstoptheworld=${mode}` } });
    assert.equal(r.stdout, readFileSync(join(runDir, 'binarytrees.out'), 'utf8'), r.stderr.slice(0, 1000));
  }
});

test('runtime.GC cycles are "(forced)" in gctrace and MemStats stays consistent', () => {
  const r = gomemlab(['run', join(gcDir, 'forced.go')], { env: { GODEBUG: 'gctrace=1' } });
  assert.equal(r.stdout, readFileSync(join(gcDir, 'forced.out'), 'utf8'), r.stderr);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 2);
  const re = /^gc (\d+) @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, \d+ P \(forced\)$/;
  lines.forEach((l, i) => { const m = re.exec(l); assert.ok(m, l); assert.equal(m![1], String(i + 1)); });
});
