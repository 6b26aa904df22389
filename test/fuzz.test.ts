// Robustness fuzzing (bounded, deterministic): real Go files from testdata are mutated — bytes
// deleted, duplicated, replaced with junk, lines swapped, files truncated — and every mutant must end
// in Go-style diagnostics or a compiled program, never an exception or an "internal compiler error".
// The seed is fixed so a failure reproduces; FUZZ_SEED and FUZZ_N override it for longer runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFiles } from '../src/driver/compile.js';
import { root } from './helpers.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
}

const junk = ['{', '}', '(', ')', '[', ']', ';', ':=', '...', 'func', 'go', 'chan', '<-', '"', '`', "'", '\\', '\n', '\x00', '\xff', '0x', '1e', 'type', 'interface{', '*', '&', 'map[', 'range', '[]', '.(type)'];

function mutate(src: string, r: () => number): string {
  const n = src.length;
  const at = Math.floor(r() * n);
  const len = Math.floor(r() * 40);
  switch (Math.floor(r() * 6)) {
    case 0: return src.slice(0, at) + src.slice(at + len);
    case 1: return src.slice(0, at) + src.slice(at, at + len) + src.slice(at);
    case 2: return src.slice(0, at) + junk[Math.floor(r() * junk.length)] + src.slice(at);
    case 3: return src.slice(0, at);
    case 4: { const lines = src.split('\n'); const i = Math.floor(r() * lines.length), j = Math.floor(r() * lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
    default: return src.slice(0, at) + String.fromCharCode(Math.floor(r() * 256)) + src.slice(at + 1);
  }
}

test('mutated Go programs never crash the compiler', () => {
  const dir = join(root, 'testdata/cli');
  const corpus = readdirSync(dir).filter(f => f.endsWith('.go')).map(f => readFileSync(join(dir, f), 'utf8'));
  corpus.push(readFileSync(join(root, 'examples/talk/deferfile.go'), 'utf8'), readFileSync(join(root, 'testdata/module/shapes/shapes.go'), 'utf8').replace('package shapes', 'package main\nfunc main() {}'));
  const sdir = join(root, 'testdata/syntax/run');
  for (const f of readdirSync(sdir).filter(f => f.endsWith('.go')).sort()) corpus.push(readFileSync(join(sdir, f), 'utf8'));
  const r = rng(Number(process.env.FUZZ_SEED ?? 1));
  const count = Number(process.env.FUZZ_N ?? 300);
  for (let i = 0; i < count; i++) {
    let src = corpus[Math.floor(r() * corpus.length)];
    const rounds = 1 + Math.floor(r() * 3);
    for (let k = 0; k < rounds; k++) src = mutate(src, r);
    const res = compileFiles([{ name: `/fuzz/m${i}.go`, text: src }], {});
    const internal = res.errors.find(e => e.includes('gomemlab: internal'));
    assert.equal(internal, undefined, `mutant ${i}:\n${src}\n--- ${internal}`);
    if (!res.ok) assert.ok(res.errors.length > 0 && res.errors.every(e => /^(\S+:\d+:\d+: |package |too many|gomemlab: .*not supported yet)/.test(e)), `mutant ${i} errors: ${res.errors.join('\n')}`);
  }
});

test('deep nesting and binary junk end in errors', () => {
  const deep = 'package main\nfunc main() { x := ' + '('.repeat(20000) + '1' + ')'.repeat(20000) + '\n_ = x }\n';
  const res = compileFiles([{ name: '/fuzz/deep.go', text: deep }], {});
  assert.equal(res.ok, false);
  const bin = new Uint8Array(4096).map((_, i) => (i * 7919) & 255);
  const res2 = compileFiles([{ name: '/fuzz/bin.go', text: bin }], {});
  assert.equal(res2.ok, false);
  assert.ok(!res2.errors.some(e => e.includes('gomemlab: internal')));
});
