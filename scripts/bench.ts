// Benchmark harness (`npm run bench`): times `gomemlab run` on the programs in bench/*.go against
// the real Go toolchain (built once with `go build`, then the binary timed), checks that outputs
// agree, prints a table and the geometric mean of the slowdowns, and — where Go is installed — a
// fidelity table comparing, from one GODEBUG=gctrace=1 run of each, the number of GC cycles and the
// peak heap (largest A or B of the "A->B->C MB" figures) and, with --memstats, runtime.MemStats
// TotalAlloc/Mallocs, each with gomemlab/Go ratios; then the GC pauses of both (median and max STW
// pause per cycle from the gctrace clock figures, and the share of time in GC, the last line's %).

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify, cliCommand, findGo, formatTable, repoRoot, runProcess, type ProcResult } from './conformance.js';

/** Sizes for --quick: each runs in a few milliseconds under Go (smoke test of the whole pipeline). */
export const quickSizes: Readonly<Record<string, string>> = {
  binarytrees: '6', fannkuch: '7', nbody: '1000', spectralnorm: '100',
  mapchurn: '20000', strbuild: '5000', sliceappend: '20000',
  pingpong: '2000', workerpool: '2000', spawn: '2000',
};

/** Counts GODEBUG=gctrace=1 lines (`gc N @…`), one per completed GC cycle. */
export function countGCLines(stderr: string): number {
  return (stderr.match(/^gc \d+ @/gmu) ?? []).length;
}

/** What one run's GODEBUG=gctrace=1 lines say: cycles, peak heap (MB, the largest A or B of
 *  "A->B->C MB"), each cycle's stop-the-world pause (ms: sweep termination + mark termination
 *  clock) and the GC CPU share of the last line (%). */
export interface GCTraceNumbers { readonly cycles: number; readonly peakHeapMB?: number; readonly pausesMs: readonly number[]; readonly gcPercent?: number }

/** Parses the `gc N @Ts P%: a+b+c ms clock, …, A->B->C MB, …` lines of a run's stderr. */
export function parseGCTrace(stderr: string): GCTraceNumbers {
  let cycles = 0, peak: number | undefined, pct: number | undefined;
  const pausesMs: number[] = [];
  const re = /^gc \d+ @[\d.]+s (\d+)%: ([\d.]+)\+[\d.]+\+([\d.]+) ms clock, .*?(\d+)->(\d+)->\d+ MB/gmu;
  for (const m of stderr.matchAll(re)) {
    cycles++;
    pct = Number(m[1]);
    pausesMs.push(Number(m[2]) + Number(m[3]));
    peak = Math.max(peak ?? 0, Number(m[4]), Number(m[5]));
  }
  return { cycles, peakHeapMB: peak, pausesMs, gcPercent: pct };
}

/** Median and maximum of a list (undefined when empty). */
export function medianMax(xs: readonly number[]): { median?: number; max?: number } {
  if (xs.length === 0) return {};
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

export interface MemNumbers { readonly totalAlloc?: number; readonly mallocs?: number }

/** Finds `TotalAlloc N` / `Mallocs N` (also with `:` or `=`) printed by a program, last occurrence wins. */
export function parseMemNumbers(out: string): MemNumbers {
  const last = (re: RegExp): number | undefined => {
    let v: number | undefined;
    for (const m of out.matchAll(re)) v = Number(m[1]);
    return v;
  };
  return { totalAlloc: last(/\bTotalAlloc[\s:=]+(\d+)/gu), mallocs: last(/\bMallocs[\s:=]+(\d+)/gu) };
}

/** Adds a deferred runtime.ReadMemStats report (println, so stderr) to a program's main. Null if it cannot. */
export function instrumentMemStats(src: string): string | null {
  const mainAt = src.search(/^func main\(\) \{/mu);
  if (mainAt < 0) return null;
  let s = src.slice(0, mainAt) + 'func main() {\n\tdefer gomemlabBenchMemStats()' + src.slice(mainAt + 'func main() {'.length);
  if (!/^\s*"runtime"$/mu.test(s)) {
    if (/^import \(/mu.test(s)) s = s.replace(/^import \(/mu, 'import (\n\t"runtime"');
    else s = s.replace(/^package main$/mu, 'package main\n\nimport "runtime"');
  }
  return `${s}
func gomemlabBenchMemStats() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println("memstats: TotalAlloc", ms.TotalAlloc, "Mallocs", ms.Mallocs, "Frees", ms.Frees, "NumGC", ms.NumGC)
}
`;
}

/** The expected output recorded from real Go (bench/expected/NAME.default.out or .quick.out), if any. */
export function storedOutput(benchDir: string, name: string, size: string | undefined): string | null {
  const variant = size === undefined ? 'default' : size === quickSizes[name] ? 'quick' : null;
  if (variant === null) return null;
  const f = join(benchDir, 'expected', `${name}.${variant}.out`);
  return existsSync(f) ? readFileSync(f, 'utf8') : null;
}

/** Geometric mean of positive numbers; NaN for none. */
export function geomean(xs: readonly number[]): number {
  const ok = xs.filter(x => x > 0 && Number.isFinite(x));
  if (ok.length === 0) return Number.NaN;
  return Math.exp(ok.reduce((a, x) => a + Math.log(x), 0) / ok.length);
}

/** Parses --size: one value for every program (`12`) or per program (`nbody=1000,fannkuch=9`). */
export function parseSizes(spec: string): { all?: string; per: Record<string, string> } {
  if (!spec.includes('=')) return { all: spec, per: {} };
  const per: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    if (k && v) per[k.trim()] = v.trim();
  }
  return { per };
}

interface Options {
  filter?: string;
  runs: number;
  size?: string;
  quick: boolean;
  timeoutSec: number;
  cli?: string;
  fidelity: boolean;
  memstats: boolean;
  json?: string;
  noGo: boolean;
}

const usage = `usage: npm run bench -- [flags]
  --filter S       only programs whose name contains S (or matches the regexp S)
  --runs N         best of N runs (default 3)
  --size V         size argument for every program, or per program: name=V,name=V
  --quick          tiny sizes (smoke test)
  --timeout SEC    time budget per program and tool (default 120)
  --cli "CMD …"    command used as \`gomemlab run\` (default: node bin/gomemlab.js run; env GOMEMLAB_CLI)
  --no-fidelity    skip the GODEBUG=gctrace=1 comparison (GC cycles, peak heap, pauses, GC %)
  --no-go          do not use an installed Go (check outputs against bench/expected/ only)
  --memstats       also compare runtime.MemStats TotalAlloc/Mallocs (instrumented copies of the programs)
  --json FILE      also write the results as JSON`;

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 3, quick: false, timeoutSec: 120, fidelity: true, memstats: false, noGo: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--filter': o.filter = val(); break;
      case '--runs': o.runs = Math.max(1, Number.parseInt(val(), 10) || 1); break;
      case '--size': o.size = val(); break;
      case '--quick': o.quick = true; break;
      case '--timeout': o.timeoutSec = Number(val()) || 120; break;
      case '--cli': o.cli = val(); break;
      case '--no-fidelity': o.fidelity = false; break;
      case '--memstats': o.memstats = true; break;
      case '--no-go': o.noGo = true; break;
      case '--json': o.json = resolve(val()); break;
      case '-h': case '--help': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown flag ${a}\n${usage}`);
    }
  }
  return o;
}

/** Best-of-N timing inside a time budget: stops early on failure or when the budget is spent. */
async function timeRuns(cmd: string, args: readonly string[], runs: number, budgetMs: number, env?: NodeJS.ProcessEnv):
  Promise<{ best: number; first: ProcResult; ok: boolean }> {
  const deadline = Date.now() + budgetMs;
  let first: ProcResult | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const left = deadline - Date.now();
    if (i > 0 && left < 1) break;
    const r = await runProcess(cmd, args, { timeoutMs: Math.max(1, left), cwd: repoRoot(), env });
    first ??= r;
    if (r.timedOut || r.code !== 0 || r.spawnError !== undefined) return { best: Number.NaN, first: i === 0 ? r : first, ok: false };
    best = Math.min(best, r.ms);
    if (i === 0 && r.ms * (runs - 1) > deadline - Date.now()) runs = 1 + Math.floor((deadline - Date.now()) / Math.max(1, r.ms));
  }
  return { best, first: first as ProcResult, ok: true };
}

interface Row {
  name: string;
  size: string;
  gomemlabMs: number;
  goMs: number;
  ratio: number;
  match: string;
  /** why it failed or differs (one line). */
  note?: string;
  gcGo?: number;
  gcOurs?: number;
  traceGo?: GCTraceNumbers;
  traceOurs?: GCTraceNumbers;
  memGo?: MemNumbers;
  memOurs?: MemNumbers;
}

const fmtMs = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '-');
const fmtRatio = (x: number): string => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)}x` : '-');

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) { console.error((e as Error).message); return 2; }
  const benchDir = join(repoRoot(), 'bench');
  let names = readdirSync(benchDir).filter(f => f.endsWith('.go')).map(f => f.slice(0, -3)).sort();
  if (o.filter) {
    let re: RegExp | null = null;
    try { re = new RegExp(o.filter, 'u'); } catch { re = null; }
    names = names.filter(n => n.includes(o.filter as string) || (re !== null && re.test(n)));
  }
  if (names.length === 0) { console.error('bench: no program selected'); return 2; }
  const sizes = o.size !== undefined ? parseSizes(o.size) : { per: {} as Record<string, string> };
  const sizeOf = (n: string): string | undefined => sizes.per[n] ?? ('all' in sizes ? sizes.all : undefined) ?? (o.quick ? quickSizes[n] : undefined);
  const cli = cliCommand(o.cli);
  const go = o.noGo ? null : findGo();
  const tmp = mkdtempSync(join(tmpdir(), 'gomemlab-bench-'));
  const budget = o.timeoutSec * 1000;
  console.log(`bench: ${names.length} programs, best of ${o.runs}, cli: ${cli.join(' ')}, go: ${go ?? 'not installed'}`);
  const rows: Row[] = [];
  try {
    for (const name of names) {
      const src = join(benchDir, `${name}.go`);
      const size = sizeOf(name);
      const progArgs = size !== undefined ? [size] : [];
      const row: Row = { name, size: size ?? 'default', gomemlabMs: Number.NaN, goMs: Number.NaN, ratio: Number.NaN, match: '-' };
      let goOut: string | null = null;
      let goBin: string | null = null;
      if (go) {
        goBin = join(tmp, name);
        const b = await runProcess(go, ['build', '-o', goBin, src], { timeoutMs: budget, cwd: tmp });
        if (b.code !== 0) {
          console.error(`go build ${name} failed:\n${b.stdout}${b.stderr}`);
          goBin = null;
        } else {
          const t = await timeRuns(goBin, progArgs, o.runs, budget);
          if (t.ok) { row.goMs = t.best; goOut = t.first.stdout; } else console.error(`go: ${name} failed: ${t.first.stderr.split('\n')[0]}`);
        }
      }
      const g = await timeRuns(cli[0], [...cli.slice(1), src, ...progArgs], o.runs, budget);
      if (g.ok) row.gomemlabMs = g.best;
      const want = goOut ?? storedOutput(benchDir, name, size);
      if (!g.ok || want !== null) {
        const v = classify(g.first, want ?? '');
        if (v.cause !== 'pass') row.note = `${v.cause}: ${v.detail}`;
        row.match = !g.ok ? `FAIL (${v.cause})` : v.cause === 'pass' ? (goOut !== null ? 'yes' : 'yes (stored)') : `NO (${v.cause})`;
      } else {
        row.match = '? (no reference output)';
      }
      if (g.ok && Number.isFinite(row.goMs) && row.match === 'yes') row.ratio = row.gomemlabMs / row.goMs;

      if (go && goBin && o.fidelity) await fidelity(row, go, goBin, src, progArgs, cli, tmp, o, budget);
      rows.push(row);
      console.log(`  ${name}: gomemlab ${fmtMs(row.gomemlabMs)} ms, go ${fmtMs(row.goMs)} ms, match ${row.match}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log('');
  const table: string[][] = [['program', 'size', 'gomemlab ms', 'go ms', 'ratio', 'output match']];
  for (const r of rows) table.push([r.name, r.size, fmtMs(r.gomemlabMs), fmtMs(r.goMs), fmtRatio(r.ratio), r.match]);
  console.log(formatTable(table));
  const gm = geomean(rows.map(r => r.ratio));
  const counted = rows.filter(r => Number.isFinite(r.ratio)).length;
  console.log(`geometric mean of ratios: ${fmtRatio(gm)} (${counted}/${rows.length} programs)`);
  for (const r of rows) if (r.note !== undefined) console.log(`  ${r.name}: ${r.note}`);

  if (go && o.fidelity) {
    console.log('');
    console.log(fidelityTables(rows, o.memstats));
  }
  if (o.json) {
    writeFileSync(o.json, JSON.stringify({ generatedAt: new Date().toISOString(), cli, go, runs: o.runs, geomean: gm, rows }, null, 1) + '\n');
    console.log(`json: ${o.json}`);
  }
  return 0;
}

/** The fidelity table (cycles, peak heap, and with --memstats TotalAlloc/Mallocs: Go, gomemlab,
 *  gomemlab/Go) and the pause table (median/max STW pause per cycle, GC CPU %), as text. */
export function fidelityTables(rows: readonly Pick<Row, 'name' | 'gcGo' | 'gcOurs' | 'memGo' | 'memOurs' | 'traceGo' | 'traceOurs'>[], memstats: boolean): string {
  const n = (x: number | undefined): string => (x === undefined ? '-' : String(x));
  const ratio = (ours: number | undefined, theirs: number | undefined): string =>
    ours === undefined || theirs === undefined || theirs === 0 ? '-' : (ours / theirs).toFixed(2);
  const head = ['program', 'NumGC go', 'gomemlab', 'ratio', 'peak heap MB go', 'gomemlab', 'ratio'];
  if (memstats) head.push('TotalAlloc go', 'gomemlab', 'ratio', 'Mallocs go', 'gomemlab', 'ratio');
  const ft: string[][] = [head];
  for (const r of rows) {
    const pg = r.traceGo?.peakHeapMB, po = r.traceOurs?.peakHeapMB;
    const line = [r.name, n(r.gcGo), n(r.gcOurs), ratio(r.gcOurs, r.gcGo), n(pg), n(po), ratio(po, pg)];
    if (memstats) {
      line.push(n(r.memGo?.totalAlloc), n(r.memOurs?.totalAlloc), ratio(r.memOurs?.totalAlloc, r.memGo?.totalAlloc),
        n(r.memGo?.mallocs), n(r.memOurs?.mallocs), ratio(r.memOurs?.mallocs, r.memGo?.mallocs));
    }
    ft.push(line);
  }
  const ms = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(3));
  const pt: string[][] = [['program', 'go median ms', 'go max ms', 'go GC %', 'gomemlab median ms', 'gomemlab max ms', 'gomemlab GC %']];
  for (const r of rows) {
    const g = medianMax(r.traceGo?.pausesMs ?? []), u = medianMax(r.traceOurs?.pausesMs ?? []);
    pt.push([r.name, ms(g.median), ms(g.max), n(r.traceGo?.gcPercent), ms(u.median), ms(u.max), n(r.traceOurs?.gcPercent)]);
  }
  return `fidelity (GODEBUG=gctrace=1${memstats ? ', runtime.MemStats at exit' : ''}; ratio = gomemlab / Go):\n${formatTable(ft)}\n\n` +
    `GC pauses (stop-the-world per cycle = sweep termination + mark termination, gctrace clock) and GC CPU share (last gctrace line):\n${formatTable(pt)}`;
}

/** One run per tool with GODEBUG=gctrace=1 (and the MemStats-instrumented source with --memstats). */
async function fidelity(row: Row, go: string, goBin: string, src: string, progArgs: string[], cli: string[],
  tmp: string, o: Options, budget: number): Promise<void> {
  const env = { ...process.env, GODEBUG: 'gctrace=1' };
  let goExe = goBin;
  let ourSrc = src;
  if (o.memstats) {
    const inst = instrumentMemStats(readFileSync(src, 'utf8'));
    if (inst !== null) {
      ourSrc = join(tmp, `${row.name}_memstats.go`);
      writeFileSync(ourSrc, inst);
      const exe = join(tmp, `${row.name}_memstats`);
      const b = await runProcess(go, ['build', '-o', exe, ourSrc], { timeoutMs: budget, cwd: tmp });
      if (b.code === 0) goExe = exe;
    }
  }
  const rg = await runProcess(goExe, progArgs, { timeoutMs: budget, env, cwd: tmp });
  if (rg.code === 0) {
    row.gcGo = countGCLines(rg.stderr);
    row.traceGo = parseGCTrace(rg.stderr);
    if (o.memstats) row.memGo = parseMemNumbers(rg.stdout + rg.stderr);
  }
  const ro = await runProcess(cli[0], [...cli.slice(1), ourSrc, ...progArgs], { timeoutMs: budget, env, cwd: repoRoot() });
  if (ro.code === 0) {
    row.gcOurs = countGCLines(ro.stderr);
    row.traceOurs = parseGCTrace(ro.stderr);
    if (o.memstats) row.memOurs = parseMemNumbers(ro.stdout + ro.stderr);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (!existsSync(join(repoRoot(), 'bench'))) console.error('bench: bench/ folder not found');
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 2; });
}
