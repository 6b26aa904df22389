// timing.ts — dev tool: time of escape analysis alone over a program plus all its std packages
// (npx tsx test/escape/timing.ts prog.go).
import { readFileSync } from 'node:fs';
import { escapeFile } from './harness.js';
const f = process.argv[2];
const t0 = performance.now();
const r = escapeFile(f.replace(/^.*\//, ''), readFileSync(f, 'utf8'), true);
const t1 = performance.now();
console.log(`${r.lines.length} lines, type check + escape: ${(t1 - t0).toFixed(0)} ms`);
