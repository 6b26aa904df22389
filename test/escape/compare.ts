// compare.ts — dev tool: compares our -m lines with recorded .m files for every .go file of a folder
// (npx tsx test/escape/compare.ts DIR), printing per-file agreement (longest common subsequence).
import { readFileSync, readdirSync } from 'node:fs';
import { escapeFile } from './harness.js';
const dir = process.argv[2];
function lcs(a: string[], b: string[]): number {
  const dp = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) { let prev = 0; for (let j = 1; j <= b.length; j++) { const t = dp[j]; dp[j] = a[i-1] === b[j-1] ? prev + 1 : Math.max(dp[j], dp[j-1]); prev = t; } }
  return dp[b.length];
}
let M = 0, T = 0, G = 0;
const sortNorm = (xs: string[]) => xs;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.go')).sort()) {
  const want = readFileSync(`${dir}/${f.replace(/\.go$/, '.m')}`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  let got: string[] = [];
  let te: string[] = [];
  try { const r = escapeFile(f, readFileSync(`${dir}/${f}`, 'utf8'), process.argv.includes('--std')); got = r.lines; te = r.typeErrors; } catch (e) { got = ['CRASH ' + (e as Error).message]; }
  const m = lcs(got, want);
  M += m; T += want.length; G += got.length;
  console.log(`${f}: ${m}/${want.length} (got ${got.length})${te.length ? ' TYPEERR ' + te[0] : ''}`);
}
console.log(`TOTAL ${M}/${T} got ${G}`);
