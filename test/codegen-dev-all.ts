// Dev helper: runs every testdata/run program and prints a pass/fail summary with diffs.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileAndRun } from './codegen-util.js';
const dir = 'testdata/run';
const only = process.argv[2];
let pass = 0, fail = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.go')).sort()) {
  if (only && !f.includes(only)) continue;
  const base = f.slice(0, -3);
  let r;
  try { r = await compileAndRun(f, readFileSync(join(dir, f), 'utf8')); } catch (e) { console.log('FAIL', f, 'THROW', (e as Error).stack?.split('\n').slice(0, 6).join('\n')); fail++; continue; }
  const want = readFileSync(join(dir, base + '.out'), 'utf8');
  let ok = r.stdout === want;
  let why = '';
  const ef = join(dir, base + '.exit');
  if (existsSync(ef)) { const [c, l] = readFileSync(ef, 'utf8').split('\n'); if (r.code !== Number(c) || r.stderr.split('\n')[0] !== l) { ok = false; why = `exit ${r.code} want ${c}; stderr0=${r.stderr.split('\n')[0]} want ${l}`; } }
  else if (r.code !== 0) { ok = false; why = `exit ${r.code}: ${r.stderr.slice(0, 800)}`; }
  if (ok) { pass++; continue; }
  fail++;
  console.log('FAIL', f, why);
  if (r.stdout !== want) {
    const a = r.stdout.split('\n'), b = want.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { console.log(`  line ${i + 1}: got  ${JSON.stringify(a[i])}\n          want ${JSON.stringify(b[i])}`); break; }
  }
}
console.log(`pass ${pass} fail ${fail}`);
