// Dev helper: compile + time the run of Go programs given on the command line.
import { readFileSync } from 'node:fs';
import { compileAndRun } from './codegen-util.js';
for (const f of process.argv.slice(2)) {
  const t0 = performance.now();
  const r = await compileAndRun(f.split('/').pop()!, readFileSync(f, 'utf8'));
  const t1 = performance.now();
  const want = (() => { try { return readFileSync(f.replace(/\.go$/, '.want'), 'utf8'); } catch { return null; } })();
  console.log(`${f}: total ${(t1 - t0).toFixed(0)} ms (run ${((r as any).runMs ?? 0).toFixed(0)} ms) exit ${r.code} ${want === null ? '' : want === r.stdout ? 'OK' : 'MISMATCH'}`);
  if (r.code !== 0) console.log(r.stderr.slice(0, 500));
}
