// The collector under the scheduler, end to end (gomemlab CLI on programs whose stdout is real Go
// 1.23's): the background mark worker run between goroutine slices (GOMEMLAB_GCSUMMARY=1 reports
// it), the finalizer goroutine as a system goroutine (dumps, -leaks), stack shrinking at GC seen in
// MemStats.StackInuse. Deadlock and NumGoroutine with the finalizer goroutine are in
// testdata/goroutines (fingdeadlock.go, fingexit.go); weak pointers, AddCleanup, runtime/metrics,
// ReadGCStats and MemStats in testdata/std/run (weak1.go, gcstats1.go).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gomemlab, root } from './helpers.js';

const gcDir = join(root, 'testdata/gc');
const goDir = join(root, 'testdata/goroutines');

/** The GOMEMLAB_GCSUMMARY=1 line's numbers. */
function summary(stderr: string): { cycles: number; gcPercent: number; markMs: number; bgMs: number; slices: number; assistMs: number; swept: number } {
  const m = /gomemlab: gc summary: (\d+) cycles \(\d+ forced\), STW pause median [\d.]+ ms max [\d.]+ ms total [\d.]+ ms, GC CPU (\d+)%, mark ([\d.]+) ms wall: background ([\d.]+) ms \(\d+%, (\d+) scheduler slices\), idle [\d.]+ ms \(\d+ slices\), assists ([\d.]+) ms; bgsweep (\d+) pages\n/.exec(stderr);
  assert.ok(m, stderr);
  return { cycles: +m[1], gcPercent: +m[2], markMs: +m[3], bgMs: +m[4], slices: +m[5], assistMs: +m[6], swept: +m[7] };
}

test('goroutines allocating under GOGC=10: the scheduler runs the background mark worker between slices', () => {
  const r = gomemlab(['run', '-seed', '1', join(gcDir, 'gcsched.go')], { env: { GOGC: '10', GOMEMLAB_GCSUMMARY: '1' } });
  assert.equal(r.stdout, readFileSync(join(gcDir, 'gcsched.out'), 'utf8'), r.stderr);
  assert.equal(r.code, 0);
  const s = summary(r.stderr);
  assert.ok(s.cycles >= 3, `${s.cycles} cycles`);
  assert.ok(s.slices >= 1, 'background slices from the scheduler');
  assert.ok(s.bgMs > 0 && s.bgMs < s.markMs, `background ${s.bgMs} ms of ${s.markMs} ms marking`);
  assert.ok(s.gcPercent < 60, `GC CPU ${s.gcPercent}%`);
});

test('the same program without goroutine slices to use (plain mode) keeps mallocgc driving the worker', () => {
  // bench/binarytrees.go at depth 12 (output of Go 1.23 in testdata/gc/binarytrees12.out): enough
  // marking for the worker's share once dead temps no longer keep the stretch tree alive.
  const r = gomemlab(['run', join(root, 'bench/binarytrees.go'), '12'], { env: { GOGC: '10', GOMEMLAB_GCSUMMARY: '1' } });
  assert.equal(r.stdout, readFileSync(join(gcDir, 'binarytrees12.out'), 'utf8'));
  const s = summary(r.stderr);
  assert.equal(s.slices, 0);
  assert.ok(s.cycles >= 1 && s.bgMs > 0);
});

test('the finalizer goroutine: in dumps only with GOTRACEBACK=system', () => {
  const prog = join(goDir, 'fingdeadlock.go');
  const all = gomemlab(['run', prog], { env: { GOTRACEBACK: 'all' } });
  assert.equal(all.code, 2);
  assert.doesNotMatch(all.stderr, /finalizer wait|createfing/);
  const sys = gomemlab(['run', prog], { env: { GOTRACEBACK: 'system' } });
  assert.equal(sys.code, 2);
  assert.match(sys.stderr, /\ngoroutine \d+ \[finalizer wait\]:\nruntime\.gopark\(\.\.\.\)\n\t.*\/src\/runtime\/proc\.go:424 \+0x0\nruntime\.runfinq\(\)\n\t.*\/src\/runtime\/mfinal\.go:193 \+0x0\ncreated by runtime\.createfing in goroutine 1\n/);
});

test('-leaks does not report the parked finalizer goroutine', () => {
  const r = gomemlab(['run', '-leaks', join(gcDir, 'fingleak.go')]);
  assert.equal(r.stdout, 'finalized\ngoroutines: 2\n');
  assert.match(r.stderr, /^goroutine leaks: 1 goroutine blocked at exit\n\n1 goroutine \[select \(no cases\)\] \(can never be woken\)\n/);
  assert.equal(r.code, 0);
});

test('stack shrinking at GC: StackInuse falls after a goroutine\'s stack grew, as in Go (not with gcshrinkstackoff=1)', () => {
  const prog = join(gcDir, 'stackshrink.go');
  const r = gomemlab(['run', prog]);
  assert.equal(r.stdout, readFileSync(join(gcDir, 'stackshrink.out'), 'utf8'), r.stderr);
  const off = gomemlab(['run', prog], { env: { GODEBUG: 'gcshrinkstackoff=1' } });
  // What Go 1.23 prints with GODEBUG=gcshrinkstackoff=1.
  assert.equal(off.stdout, 'main: grew true shrank at the first GC false shrank again false below half false\n' +
    'goroutine: grew true shrank false\n');
});
