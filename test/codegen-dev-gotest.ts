// Dev helper: runs Go's own `// run` test programs (no goroutines) and summarises failures.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { compileAndRun } from './codegen-util.js';
const dir = process.env.GODIR ?? '/usr/lib/go-1.23/test';
const files = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
let pass = 0, fail = 0; const reasons = new Map<string, string[]>();
const limit = Number(process.argv[2] ?? 400);
let n = 0;
for (const f of files) {
  const src = readFileSync(`${dir}/${f}`, 'utf8');
  if (!/^\/\/ run\s*$/m.test(src.split('\n')[0])) continue;
  if (/\bgo\s+func|\bgo\s+\w+\(|chan\b|select\s*{|"reflect"|"sync"|"os\/exec"|"time"|complex/.test(src)) continue;
  if (++n > limit) break;
  let r;
  try { r = await compileAndRun(f, src); } catch (e) { const k = String((e as Error).message).slice(0, 70); (reasons.get(k) ?? reasons.set(k, []).get(k)!).push(f); fail++; continue; }
  const want = existsSync(`${dir}/${f.replace(/\.go$/, '.out')}`) ? readFileSync(`${dir}/${f.replace(/\.go$/, '.out')}`, 'utf8') : '';
  if (r.code === 0 && r.stdout === want) { pass++; continue; }
  fail++;
  const k = r.code === -1 ? 'compile: ' + r.stderr.split('\n')[0].replace(/^[^:]*:\d+:\d+: /, '').slice(0, 60)
    : r.code !== 0 ? 'exit ' + r.code + ': ' + r.stderr.split('\n').find((l) => l.trim())?.slice(0, 80) : 'stdout differs';
  (reasons.get(k) ?? reasons.set(k, []).get(k)!).push(f);
}
console.log(`pass ${pass} fail ${fail}`);
for (const [k, v] of [...reasons].sort((a, b) => b[1].length - a[1].length)) console.log(v.length, k, v.slice(0, 5).join(' '));
