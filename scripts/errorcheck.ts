// Errorcheck harness (`npm run errorcheck`): measures how many of the `// ERROR "regexp"`
// expectations of Go's own `// errorcheck` test programs ($GOROOT/test) gomemlab's front end meets.
// Each file is parsed and type-checked in process (a pool of worker threads, each with one shared
// std importer, a file that takes too long is abandoned), its errors printed as
// `go tool compile -p=p -C -e` prints them (no column, no 10-error limit), and then matched with the
// rule of Go's runner (src/cmd/internal/testdir/testdir_test.go: wantedErrors, errorCheck):
//   - an expectation is a quoted regexp after `// ERROR` (or `// GC_ERROR`; `// GCCGO_ERROR` is not
//     one) on a line without `////`; `LINE`, `LINE+n`, `LINE-n` stand for `file:line`;
//   - the expectations of a line are taken in order; each takes every still unclaimed error of its
//     line, is matched when one of them matches (text after `file:line: `), and the errors that did
//     not match go back for the next expectation;
//   - errors left unclaimed at the end are "unexpected".
// A file passes when every expectation matched, nothing is unexpected and at least one error was
// reported (an errorcheck test must fail to compile).
// Only plain `// errorcheck` files are measured (flags that change nothing we model are allowed);
// files with other flags (-0 -m escape reports, -lang=…, -d=…) are listed separately.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  defaultDirs, failingConstraint, findGo, findTestRoot, formatTable, isGoBuild, isPlusBuild, pool, repoRoot,
  runProcess, splitQuoted,
} from './conformance.js';
import { checkSources } from '../src/driver/compile.js';
import { ProgramImporter } from '../src/driver/importer.js';

// ───────────────────────────── selection ─────────────────────────────

/** Recipe flags that change nothing gomemlab's front end models: such files are measured. */
const harmlessFlags = new Set(['-d=panic', '-e', '-C']);

export interface ErrorcheckRecipe {
  /** `errorcheck` (measured when `measured`), or another errorcheck* action (not measured). */
  readonly action: string;
  readonly flags: readonly string[];
  /** Measured: plain `// errorcheck`, or only harmless flags. */
  readonly measured: boolean;
}

/** The errorcheck recipe of a test file (first non-constraint line, as Go's runner reads it), or null. */
export function parseErrorcheckRecipe(src: string): ErrorcheckRecipe | { skip: string } | null {
  let action = '';
  let rest = src;
  while (action === '' && rest !== '') {
    const nl = rest.indexOf('\n');
    const line = nl < 0 ? rest : rest.slice(0, nl);
    rest = nl < 0 ? '' : rest.slice(nl + 1);
    if (isGoBuild(line) || isPlusBuild(line)) continue;
    action = (line.startsWith('//') ? line.slice(2) : line).trim();
  }
  let f: string[];
  try { f = splitQuoted(action); } catch { return null; }
  if (f.length === 0 || !f[0].startsWith('errorcheck')) return null;
  const pkgAt = src.indexOf('\npackage');
  const bad = failingConstraint(pkgAt < 0 ? action : src.slice(0, pkgAt));
  if (bad !== null) return { skip: `build constraint: ${bad}` };
  const flags: string[] = [];
  let measured = f[0] === 'errorcheck';
  for (let i = 1; i < f.length; i++) {
    const a = f[i];
    if (a === '-t') { i++; continue; } // timeout
    if (a === '-goexperiment' && f[i + 1] === 'rangefunc') { i++; continue; } // on by default in Go 1.23
    if (!a.startsWith('-')) break; // file arguments of errorcheckoutput etc.
    flags.push(a);
    if (!harmlessFlags.has(a)) measured = false;
  }
  return { action: f[0], flags, measured };
}

// ───────────────────────────── expectations ─────────────────────────────

export interface Wanted {
  readonly line: number;
  /** The regexp as written (after LINE substitution), Go syntax. */
  readonly reStr: string;
  /** Its JavaScript translation, or null when it cannot be translated. */
  readonly re: RegExp | null;
}

const errRx = /\/\/ (?:GC_)?ERROR (.*)/u;
const errQuotesRx = /"([^"]*)"/gu;
const lineRx = /LINE(([+-])(\d+))?/gu;

/** wantedErrors of Go's runner: the expectations of a file whose short name is `short`. */
export function wantedErrors(src: string, short: string): Wanted[] {
  const out: Wanted[] = [];
  src.split('\n').forEach((line, i) => {
    const lineNum = i + 1;
    if (line.includes('////')) return; // a doubled comment disables ERROR
    if (/\/\/ (?:GC_)?ERRORAUTO /u.test(line)) return; // errorcheckwithauto only
    const m = errRx.exec(line);
    if (!m) return;
    for (const q of m[1].matchAll(errQuotesRx)) {
      const rx = q[1].replace(lineRx, (s: string, _a: string, sign: string, n: string) => {
        const d = n === undefined ? 0 : Number(n) * (sign === '-' ? -1 : 1);
        return `${short}:${lineNum + d}`;
      });
      out.push({ line: lineNum, reStr: rx, re: goRegexp(rx) });
    }
  });
  return out;
}

const posixClasses: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9', graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

/** Translates a Go (RE2) regexp to a JavaScript RegExp (the constructs Go's tests use); null if impossible. */
export function goRegexp(src: string): RegExp | null {
  let s = src;
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/u.exec(s);
  if (lead) {
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('s')) flags += 's';
    if (lead[1].includes('m')) flags += 'm';
    s = s.slice(lead[0].length);
  }
  s = s.replace(/\[\[:(\^?)([a-z]+):\]\]/gu, (m: string, neg: string, name: string) =>
    posixClasses[name] ? `[${neg}${posixClasses[name]}]` : m);
  s = s.replace(/\[:([a-z]+):\]/gu, (m: string, name: string) => posixClasses[name] ?? m);
  s = s.replace(/\(\?P</gu, '(?<').replace(/\\z/gu, '$').replace(/\\A/gu, '^');
  s = s.replace(/(^|[^\\])\\([pP])([A-Z])/gu, '$1\\$2{$3}'); // \pL → \p{L}
  s = s.replace(/\\Q(.*?)(\\E|$)/gu, (_m: string, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
  for (const f of [flags + 'u', flags]) {
    try { return new RegExp(s, f); } catch { /* try without the u flag */ }
  }
  return null;
}

// ───────────────────────────── matching ─────────────────────────────

export interface Miss {
  readonly line: number;
  readonly re: string;
  /** the errors reported on that line that were still unclaimed (empty: none at all). */
  readonly got: readonly string[];
}

export interface CheckResult {
  readonly total: number;
  readonly matched: number;
  readonly misses: readonly Miss[];
  /** errors (gc output lines) no expectation claimed. */
  readonly unexpected: readonly string[];
}

/** matchPrefix of Go's runner: s is `(dir/)?prefix` followed by `:` or `[`. */
function matchPrefix(s: string, prefix: string): boolean {
  const i = s.indexOf(':');
  if (i < 0) return false;
  const j = s.lastIndexOf('/', i);
  const t = s.slice(j + 1);
  if (t.length <= prefix.length || !t.startsWith(prefix)) return false;
  return t[prefix.length] === ':' || t[prefix.length] === '[';
}

/** splitOutput: one entry per error, continuation lines (leading tab) joined to their error. */
export function splitOutput(out: string): string[] {
  const res: string[] = [];
  for (let line of out.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.startsWith('\t') && res.length > 0) res[res.length - 1] += '\n' + line;
    else if (line.startsWith('go tool') || line.startsWith('#') || line.startsWith('<autogenerated>')) continue;
    else if (line.trim() !== '') res.push(line);
  }
  return res;
}

/** errorCheck of Go's runner, counting instead of stopping: `out` is splitOutput's list. */
export function errorCheck(outLines: readonly string[], want: readonly Wanted[], short: string): CheckResult {
  let out = outLines.slice();
  let matched = 0;
  const misses: Miss[] = [];
  for (const we of want) {
    const prefix = `${short}:${we.line}`;
    const errmsgs = out.filter(s => matchPrefix(s, prefix));
    out = out.filter(s => !matchPrefix(s, prefix));
    if (errmsgs.length === 0) { misses.push({ line: we.line, re: we.reStr, got: [] }); continue; }
    let ok = false;
    for (const e of errmsgs) {
      const sp = e.indexOf(' ');
      const text = sp < 0 ? e : e.slice(sp + 1);
      if (we.re !== null && we.re.test(text)) ok = true;
      else out.push(e);
    }
    if (ok) matched++;
    else misses.push({ line: we.line, re: we.reStr, got: errmsgs.map(e => e.slice(e.indexOf(' ') + 1)) });
  }
  return { total: want.length, matched, misses, unexpected: out };
}

// ───────────────────────────── the front end under test ─────────────────────────────

/** What `go tool compile -p=p -C -e file.go` would print, produced by gomemlab's parser and checker. */
export function frontEndOutput(file: string, text: string | Uint8Array, importer: ProgramImporter): string {
  const short = basename(file);
  const r = checkSources([{ name: file, text }], { pkgPath: 'p', errorLimit: 0, importer });
  if (r.errors.length > 0 && r.errors[0].startsWith('gomemlab: internal error')) return r.errors.join('\n') + '\n';
  // Positions inside messages name the file as given; the runner replaces that by the short name.
  return r.diags.map(d => {
    const f = d.filename === file ? short : d.filename;
    return d.line > 0 ? `${f}:${d.line}: ${d.msg}\n` : `${d.msg}\n`;
  }).join('').split(file).join(short);
}

// ───────────────────────────── worker threads ─────────────────────────────

interface Job { readonly id: number; readonly file: string }
interface Answer { readonly id: number; readonly out?: string; readonly crash?: string; readonly ms: number }

if (!isMainThread && parentPort !== null && (workerData as { errorcheckWorker?: boolean } | null)?.errorcheckWorker) {
  const port = parentPort;
  const importer = new ProgramImporter(null);
  port.on('message', (j: Job) => {
    const t0 = performance.now();
    let a: Answer;
    try {
      a = { id: j.id, out: frontEndOutput(j.file, readFileSync(j.file) as Uint8Array, importer), ms: performance.now() - t0 };
    } catch (e) {
      a = { id: j.id, crash: String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | '), ms: performance.now() - t0 };
    }
    port.postMessage(a);
  });
}

/** Runs the front end on files with `jobs` worker threads; a file exceeding timeoutMs has its worker replaced. */
class FrontEndPool {
  private readonly free: Worker[] = [];
  private readonly all = new Set<Worker>();
  private nextId = 0;
  private readonly waiting: ((w: Worker) => void)[] = [];

  constructor(private readonly jobs: number, private readonly timeoutMs: number) {}

  private spawn(): Worker {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { errorcheckWorker: true } });
    w.unref();
    this.all.add(w);
    return w;
  }

  private acquire(): Promise<Worker> {
    const w = this.free.pop();
    if (w) return Promise.resolve(w);
    if (this.all.size < this.jobs) return Promise.resolve(this.spawn());
    return new Promise(r => this.waiting.push(r));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w); else this.free.push(w);
  }

  async run(file: string): Promise<Answer> {
    const w = await this.acquire();
    const id = this.nextId++;
    return new Promise<Answer>(resolveRun => {
      const t0 = performance.now();
      const done = (a: Answer, ok: boolean): void => {
        clearTimeout(timer);
        w.off('message', onMsg);
        w.off('error', onErr);
        if (ok) this.release(w);
        else {
          this.all.delete(w);
          void w.terminate();
          if (this.waiting.length > 0) this.release(this.spawn());
        }
        resolveRun(a);
      };
      const onMsg = (a: Answer): void => { if (a.id === id) done(a, true); };
      const onErr = (e: Error): void => done({ id, crash: `worker died: ${e.message}`, ms: performance.now() - t0 }, false);
      const timer = setTimeout(() => done({ id, crash: `timeout after ${this.timeoutMs} ms`, ms: performance.now() - t0 }, false), this.timeoutMs);
      w.on('message', onMsg);
      w.on('error', onErr);
      w.postMessage({ id, file } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map(w => w.terminate()));
  }
}

// ───────────────────────────── the run ─────────────────────────────

export interface FileResult {
  readonly name: string;
  readonly dir: string;
  readonly total: number;
  readonly matched: number;
  readonly unexpected: readonly string[];
  readonly misses: readonly Miss[];
  /** every expectation met, nothing unexpected, and compilation failed. */
  readonly pass: boolean;
  /** the front end threw, died or timed out. */
  readonly crash?: string;
  readonly ms: number;
}

export function judge(name: string, dir: string, src: string, out: string, crash: string | undefined, ms: number): FileResult {
  const short = basename(name);
  const want = wantedErrors(src, short);
  const lines = crash === undefined ? splitOutput(out) : [];
  const r = errorCheck(lines, want, short);
  const pass = crash === undefined && r.matched === r.total && r.unexpected.length === 0 && lines.length > 0;
  return { name, dir, total: r.total, matched: r.matched, unexpected: r.unexpected, misses: r.misses, pass, crash, ms: Math.round(ms) };
}

/** The family of an expectation: its regexp with escapes, quoted names and numbers blurred, cut short. */
export function family(re: string): string {
  let s = re.replace(/^\(\?[a-z]+\)/u, '').replace(/\\(.)/gu, '$1').replace(/^[.*^]+/u, '');
  s = s.replace(/\|.*$/u, ''); // first alternative
  s = s.replace(/"[^"]*"|'[^']*'|`[^`]*`/gu, 'Q').replace(/\d+/gu, 'N');
  const words = s.split(/\s+/u).filter(w => w !== '');
  return words.slice(0, 4).join(' ').replace(/[.*+?$]+$/u, '').slice(0, 60);
}

export function familyTable(rs: readonly FileResult[], n: number): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rs) for (const x of r.misses) { const k = family(x.re); m.set(k, (m.get(k) ?? 0) + 1); }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

interface Options {
  dirs: string[];
  filter?: string;
  jobs: number;
  timeoutSec: number;
  report: string;
  root?: string;
  go: boolean;
  list: boolean;
  verbose: boolean;
  families: number;
}

const usage = `usage: npm run errorcheck -- [flags]
  --dirs a,b,…     test folders under $GOROOT/test (default ${defaultDirs.join(',')})
  --filter S       only files whose path contains S (or matches the regexp S)
  --jobs N         worker threads (default 2)
  --timeout SEC    per-file limit (default 30)
  --root DIR       Go's test folder (default $GOROOT/test or /usr/lib/go-1.23/test); also a
                   folder of .go files (as testdata/errorcheck), measured as one folder
  --report FILE    JSON report (default errorcheck-report.json at the repo root)
  --go             measure real \`go tool compile\` instead (checks the harness itself)
  --families N     how many families of unmatched expectations to print (default 25)
  --list           print the selected files and exit
  -v, --verbose    print every miss and unexpected error`;

function parseArgs(argv: string[]): Options {
  const o: Options = { dirs: defaultDirs, jobs: 2, timeoutSec: 30, report: join(repoRoot(), 'errorcheck-report.json'), go: false, list: false, verbose: false, families: 25 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--dirs': o.dirs = val().split(',').map(s => s.trim()).filter(s => s !== ''); break;
      case '--filter': o.filter = val(); break;
      case '--jobs': o.jobs = Math.max(1, Number.parseInt(val(), 10) || 1); break;
      case '--timeout': o.timeoutSec = Number(val()) || 30; break;
      case '--root': o.root = resolve(val()); break;
      case '--report': o.report = resolve(val()); break;
      case '--go': o.go = true; break;
      case '--families': o.families = Number.parseInt(val(), 10) || 0; break;
      case '--list': o.list = true; break;
      case '-v': case '--verbose': o.verbose = true; break;
      case '-h': case '--help': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown flag ${a}\n${usage}`);
    }
  }
  return o;
}

export interface Selected { readonly dir: string; readonly name: string; readonly path: string; readonly recipe: ErrorcheckRecipe }

export interface ErrorcheckSelection {
  readonly files: Selected[];
  /** errorcheck files not measured (flags, other errorcheck actions, build constraints), with why. */
  readonly notMeasured: { readonly name: string; readonly dir: string; readonly why: string }[];
}

export function selectFiles(root: string, dirs: readonly string[], filter?: string): ErrorcheckSelection {
  const files: Selected[] = [];
  const notMeasured: { name: string; dir: string; why: string }[] = [];
  let filterRe: RegExp | null = null;
  if (filter) { try { filterRe = new RegExp(filter, 'u'); } catch { filterRe = null; } }
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter(n => n.endsWith('.go')).sort()) {
      const name = dir === '.' ? f : `${dir}/${f}`;
      if (filter && !(name.includes(filter) || (filterRe !== null && filterRe.test(name)))) continue;
      const path = join(abs, f);
      const r = parseErrorcheckRecipe(readFileSync(path, 'utf8'));
      if (r === null) continue;
      if ('skip' in r) { notMeasured.push({ name, dir, why: r.skip }); continue; }
      if (!r.measured) { notMeasured.push({ name, dir, why: [r.action, ...r.flags].join(' ') }); continue; }
      files.push({ dir, name, path, recipe: r });
    }
  }
  return { files, notMeasured };
}

export interface Totals { files: number; pass: number; matched: number; total: number; unexpected: number; crashes: number }

export function totals(rs: readonly FileResult[]): Totals {
  const t: Totals = { files: rs.length, pass: 0, matched: 0, total: 0, unexpected: 0, crashes: 0 };
  for (const r of rs) {
    if (r.pass) t.pass++;
    t.matched += r.matched;
    t.total += r.total;
    t.unexpected += r.unexpected.length;
    if (r.crash !== undefined) t.crashes++;
  }
  return t;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');

/** Measures the selected files with gomemlab's front end (in worker threads) or, with go set, real gc. */
export async function measure(sel: readonly Selected[], o: { jobs: number; timeoutSec: number; go?: boolean; onResult?: (r: FileResult) => void }): Promise<FileResult[]> {
  if (o.go) {
    const go = findGo();
    if (go === null) throw new Error('--go: no Go installed');
    const cfg = join(tmpdir(), 'gomemlab-errorcheck-importcfg');
    if (!existsSync(cfg)) {
      const r = await runProcess(go, ['list', '-export', '-f', '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}', 'std'], { timeoutMs: 600_000, env: { ...process.env, GOFLAGS: '' } });
      writeFileSync(cfg, r.stdout);
    }
    // Never `-o /dev/null`: the compiler removes its output file after an error.
    const objDir = mkdtempSync(join(tmpdir(), 'gomemlab-errorcheck-'));
    let n = 0;
    const rs = await pool(sel, o.jobs, async s => {
      const obj = join(objDir, `${n++}.o`);
      const args = ['tool', 'compile', '-p=p', '-d=panic', '-C', '-e', `-importcfg=${cfg}`, '-o', obj, ...s.recipe.flags.filter(f => f !== '-e'), s.path];
      const r = await runProcess(go, args, { timeoutMs: o.timeoutSec * 1000, merge: true, env: { ...process.env, GOENV: 'off', GOFLAGS: '' } });
      const out = r.stdout.split(s.path).join(basename(s.path));
      const crash = r.timedOut ? 'timeout' : r.spawnError ?? (r.code !== 0 && r.code !== 1 ? `exit status ${r.code ?? r.signal}: ${out.slice(0, 200)}` : undefined);
      const res = judge(s.name, s.dir, readFileSync(s.path, 'utf8'), out, crash, r.ms);
      o.onResult?.(res);
      return res;
    });
    rmSync(objDir, { recursive: true, force: true });
    return rs;
  }
  const fp = new FrontEndPool(o.jobs, o.timeoutSec * 1000);
  try {
    return await pool(sel, o.jobs, async s => {
      const a = await fp.run(s.path);
      const res = judge(s.name, s.dir, readFileSync(s.path, 'utf8'), a.out ?? '', a.crash, a.ms);
      o.onResult?.(res);
      return res;
    });
  } finally {
    await fp.close();
  }
}

const dirLabel = (d: string): string => (d === '.' ? 'test' : `test/${d}`);

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) { console.error((e as Error).message); return 2; }
  let root = o.root ?? findTestRoot();
  let dirs = o.dirs;
  if (root === null || !existsSync(root)) {
    console.log('errorcheck: Go\'s test folder not found (looked in $GOROOT/test and /usr/lib/go-1.23/test); nothing to do.');
    return 0;
  }
  if (o.root !== undefined && !existsSync(join(root, 'fixedbugs'))) dirs = ['.']; // a flat folder of copies
  const sel = selectFiles(root, dirs, o.filter);
  if (o.list) {
    for (const f of sel.files) console.log(f.name);
    console.log(`${sel.files.length} files measured; not measured:`);
    for (const n of sel.notMeasured) console.log(`  ${n.name}: ${n.why}`);
    return 0;
  }
  console.log(`errorcheck: ${sel.files.length} files from ${root} (${dirs.join(', ')}), ${o.go ? 'real go tool compile' : 'gomemlab front end'}, jobs ${o.jobs}`);
  const t0 = Date.now();
  let done = 0;
  const results = await measure(sel.files, {
    jobs: o.jobs, timeoutSec: o.timeoutSec, go: o.go,
    onResult: r => {
      done++;
      if (o.verbose && !r.pass) {
        console.log(`FAIL ${r.name}: ${r.matched}/${r.total}${r.crash ? ` crash: ${r.crash}` : ''}`);
        for (const m of r.misses) console.log(`  ${r.name.split('/').pop()}:${m.line}: want ${JSON.stringify(m.re)} got ${JSON.stringify(m.got)}`);
        for (const u of r.unexpected) console.log(`  unexpected: ${u}`);
      }
      if (!o.verbose && done % 100 === 0) process.stderr.write(`  … ${done}/${sel.files.length}\n`);
    },
  });

  const rows: string[][] = [['folder', 'files', 'pass', 'matched', 'expected', '%', 'unexpected', 'crashes', 'not measured']];
  for (const d of dirs) {
    const t = totals(results.filter(r => r.dir === d));
    rows.push([dirLabel(d), String(t.files), String(t.pass), String(t.matched), String(t.total), pct(t.matched, t.total), String(t.unexpected), String(t.crashes), String(sel.notMeasured.filter(n => n.dir === d).length)]);
  }
  const all = totals(results);
  rows.push(['overall', String(all.files), String(all.pass), String(all.matched), String(all.total), pct(all.matched, all.total), String(all.unexpected), String(all.crashes), String(sel.notMeasured.length)]);
  console.log(formatTable(rows));
  const fams = familyTable(results, o.families);
  if (fams.length > 0) {
    console.log('unmatched expectations by family:');
    for (const [f, n] of fams) console.log(`  ${String(n).padStart(4)}  ${f}`);
  }
  const crashes = results.filter(r => r.crash !== undefined);
  for (const c of crashes.slice(0, 10)) console.log(`crash: ${c.name}: ${c.crash}`);
  console.log(`MATCHED ${all.matched}/${all.total} (${pct(all.matched, all.total)}%), files passing ${all.pass}/${all.files}, unexpected errors ${all.unexpected}, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const report = {
    generatedAt: new Date().toISOString(),
    root, dirs, frontEnd: o.go ? 'go tool compile' : 'gomemlab',
    summary: all,
    perDir: Object.fromEntries(dirs.map(d => [dirLabel(d), totals(results.filter(r => r.dir === d))])),
    families: familyTable(results, 1000),
    files: results.map(r => ({ ...r, ms: undefined })),
    notMeasured: sel.notMeasured,
  };
  writeFileSync(o.report, JSON.stringify(report, null, 1) + '\n');
  console.log(`report: ${o.report}`);
  return 0;
}

if (isMainThread && process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 2; });
}
