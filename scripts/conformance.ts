// Conformance harness (`npm run conformance`): runs Go's own `// run` test programs from
// $GOROOT/test under `gomemlab run` and compares stdout+stderr with the `.out` file next to each.
// Test selection mirrors Go's runner, src/cmd/internal/testdir/testdir_test.go (action line,
// build constraints via go/build/constraint, splitQuoted recipe arguments, checkExpectedOutput).
// Also exports the process runner and small helpers that scripts/bench.ts reuses.

import { spawn } from 'node:child_process';
import {
  closeSync, existsSync, fstatSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ───────────────────────────── recipe parsing ─────────────────────────────

/** splitQuoted splits a recipe line on white space, honouring '…', "…" and backslash escapes
 * (the rules of go/build's splitQuoted, as used by Go's test runner). Throws on an unclosed quote. */
export function splitQuoted(s: string): string[] {
  const args: string[] = [];
  let arg = '';
  let escaped = false;
  let quoted = false;
  let quote = '';
  for (const ch of s) {
    if (escaped) {
      escaped = false;
    } else if (ch === '\\') {
      escaped = true;
      continue;
    } else if (quote !== '') {
      if (ch === quote) { quote = ''; continue; }
    } else if (ch === '"' || ch === "'") {
      quoted = true;
      quote = ch;
      continue;
    } else if (/\s/u.test(ch)) {
      if (quoted || arg.length > 0) { quoted = false; args.push(arg); arg = ''; }
      continue;
    }
    arg += ch;
  }
  if (quoted || arg.length > 0) args.push(arg);
  if (quote !== '') throw new Error('unclosed quote');
  if (escaped) throw new Error('unfinished escaping');
  return args;
}

/** A parsed build-constraint expression (go/build/constraint's Expr). */
export type ConstraintExpr =
  | { readonly kind: 'tag'; readonly name: string }
  | { readonly kind: 'not'; readonly x: ConstraintExpr }
  | { readonly kind: 'and'; readonly x: ConstraintExpr; readonly y: ConstraintExpr }
  | { readonly kind: 'or'; readonly x: ConstraintExpr; readonly y: ConstraintExpr };

/** The expression text of a `//go:build` line, or null when the line is not one. */
function splitGoBuild(line: string): string | null {
  if (!line.startsWith('//go:build')) return null;
  const rest = line.trim().slice('//go:build'.length);
  const trimmed = rest.trim();
  if (rest.length === trimmed.length && rest !== '') return null; // e.g. //go:buildfoo
  return trimmed;
}

/** The text after `+build` of a `// +build` line, or null when the line is not one. */
function splitPlusBuild(line: string): string | null {
  let l = line.trim();
  if (!l.startsWith('//')) return null;
  l = l.slice(2).trim();
  if (!l.startsWith('+build')) return null;
  const rest = l.slice('+build'.length);
  if (rest !== '' && !/^\s/u.test(rest)) return null;
  return rest.trim();
}

export function isGoBuild(line: string): boolean { return splitGoBuild(line) !== null; }
export function isPlusBuild(line: string): boolean { return splitPlusBuild(line) !== null; }

const tagRe = /^[\p{L}\p{N}_.]+$/u;

/** Parses a `//go:build` expression: || binds loosest, then &&, then !; parentheses group. */
function parseGoBuildExpr(text: string): ConstraintExpr {
  const toks = text.match(/\(|\)|!|&&|\|\||[^\s()!&|]+|\S/gu) ?? [];
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const orExpr = (): ConstraintExpr => {
    let x = andExpr();
    while (peek() === '||') { i++; x = { kind: 'or', x, y: andExpr() }; }
    return x;
  };
  const andExpr = (): ConstraintExpr => {
    let x = notExpr();
    while (peek() === '&&') { i++; x = { kind: 'and', x, y: notExpr() }; }
    return x;
  };
  const notExpr = (): ConstraintExpr => {
    if (peek() === '!') {
      i++;
      if (peek() === '!') throw new Error('double negation not allowed');
      return { kind: 'not', x: notExpr() };
    }
    return atom();
  };
  const atom = (): ConstraintExpr => {
    const t = toks[i++];
    if (t === '(') {
      const x = orExpr();
      if (toks[i++] !== ')') throw new Error('missing close paren');
      return x;
    }
    if (t === undefined || !tagRe.test(t)) throw new Error(`unexpected token ${t ?? 'EOF'}`);
    return { kind: 'tag', name: t };
  };
  const x = orExpr();
  if (i !== toks.length) throw new Error(`unexpected token ${toks[i]}`);
  return x;
}

/** Parses a `// +build` line: space-separated alternatives of comma-separated, optionally negated tags. */
function parsePlusBuildExpr(text: string): ConstraintExpr {
  let result: ConstraintExpr | null = null;
  for (const clause of text.split(/\s+/u).filter(s => s !== '')) {
    let conj: ConstraintExpr | null = null;
    for (let lit of clause.split(',')) {
      let neg = false;
      if (lit.startsWith('!!') || lit === '') throw new Error(`invalid +build syntax: ${clause}`);
      if (lit.startsWith('!')) { neg = true; lit = lit.slice(1); }
      if (!tagRe.test(lit)) throw new Error(`invalid +build tag: ${lit}`);
      const t: ConstraintExpr = neg ? { kind: 'not', x: { kind: 'tag', name: lit } } : { kind: 'tag', name: lit };
      conj = conj === null ? t : { kind: 'and', x: conj, y: t };
    }
    if (conj !== null) result = result === null ? conj : { kind: 'or', x: result, y: conj };
  }
  return result ?? { kind: 'tag', name: 'ignore' }; // an empty +build line excludes the file
}

/** constraint.Parse: the expression of a build-constraint line, or null (not a constraint or invalid). */
export function parseConstraintLine(line: string): ConstraintExpr | null {
  try {
    const gb = splitGoBuild(line);
    if (gb !== null) return parseGoBuildExpr(gb);
    const pb = splitPlusBuild(line);
    if (pb !== null) return parsePlusBuildExpr(pb);
  } catch {
    return null;
  }
  return null;
}

export function evalConstraint(x: ConstraintExpr, ok: (tag: string) => boolean): boolean {
  switch (x.kind) {
    case 'tag': return ok(x.name);
    case 'not': return !evalConstraint(x.x, ok);
    case 'and': return evalConstraint(x.x, ok) && evalConstraint(x.y, ok);
    case 'or': return evalConstraint(x.x, ok) || evalConstraint(x.y, ok);
  }
}

/** The build context gomemlab claims: linux/amd64, gc, Go 1.23, Go 1.23's default experiments, no cgo. */
export interface BuildContext {
  readonly goos: string;
  readonly goarch: string;
  readonly releaseTags: readonly string[];
  readonly toolTags: readonly string[];
  readonly cgo: boolean;
}

export const gomemlabContext: BuildContext = {
  goos: 'linux',
  goarch: 'amd64',
  releaseTags: Array.from({ length: 23 }, (_, i) => `go1.${i + 1}`),
  toolTags: ['goexperiment.regabiwrappers', 'goexperiment.regabiargs', 'goexperiment.coverageredesign'],
  cgo: false,
};

/** context.match of Go's runner: which single tags hold. */
export function matchTag(ctx: BuildContext, name: string): boolean {
  if (name === '' || !tagRe.test(name)) return false;
  if (ctx.releaseTags.includes(name)) return true;
  if (name.startsWith('goexperiment.')) return ctx.toolTags.includes(name);
  if (name === 'cgo' && ctx.cgo) return true;
  return name === ctx.goos || name === ctx.goarch || name === 'gc' || name === 'test_run';
}

/** shouldTest: null when every build constraint before the package clause holds, else the failing line. */
export function failingConstraint(header: string, ctx: BuildContext = gomemlabContext): string | null {
  for (const line of header.split('\n')) {
    if (line.startsWith('package ')) break;
    const x = parseConstraintLine(line);
    if (x !== null && !evalConstraint(x, t => matchTag(ctx, t))) return line;
  }
  return null;
}

/** What a test file asks for. Only `run` tests are ours; everything else is reported as not selected. */
export type Recipe =
  | {
    readonly kind: 'run';
    /** go-command flags before the file (e.g. -gcflags=…), passed through to `gomemlab run`. */
    readonly flags: readonly string[];
    /** arguments after the file: extra .go files first (as `go run` reads them), then program args. */
    readonly args: readonly string[];
    /** environment from -godebug / -goexperiment. */
    readonly env: Readonly<Record<string, string>>;
    /** -t seconds, or 0. */
    readonly timeoutSec: number;
  }
  | { readonly kind: 'other'; readonly action: string }
  | { readonly kind: 'skip'; readonly reason: string };

/** Reads the recipe of a test file as Go's runner does (first non-empty, non-constraint line). */
export function parseRecipe(src: string, ctx: BuildContext = gomemlabContext): Recipe {
  let action = '';
  let rest = src;
  while (action === '' && rest !== '') {
    const nl = rest.indexOf('\n');
    const line = nl < 0 ? rest : rest.slice(0, nl);
    rest = nl < 0 ? '' : rest.slice(nl + 1);
    if (isGoBuild(line) || isPlusBuild(line)) continue;
    action = (line.startsWith('//') ? line.slice(2) : line).trim();
  }
  if (action === '') return { kind: 'skip', reason: 'no execution recipe' };
  const pkgAt = src.indexOf('\npackage');
  const header = pkgAt < 0 ? action : src.slice(0, pkgAt);
  const bad = failingConstraint(header, ctx);
  if (bad !== null) return { kind: 'skip', reason: `build constraint: ${bad}` };

  let f: string[];
  try { f = splitQuoted(action); } catch (e) { return { kind: 'skip', reason: `bad recipe: ${(e as Error).message}` }; }
  if (f.length === 0 || f[0] !== 'run') return { kind: 'other', action: f[0] ?? '' };
  let args = f.slice(1);
  const flags: string[] = [];
  const env: Record<string, string> = {};
  let timeoutSec = 0;
  while (args.length > 0 && args[0].startsWith('-')) {
    const a = args[0];
    if (a === '-t' || a === '-goexperiment' || a === '-godebug') {
      const v = args[1];
      if (v === undefined) return { kind: 'skip', reason: `bad recipe: ${a} needs a value` };
      if (a === '-t') timeoutSec = Number.parseInt(v, 10) || 0;
      else {
        const key = a === '-goexperiment' ? 'GOEXPERIMENT' : 'GODEBUG';
        env[key] = env[key] ? `${env[key]},${v}` : v;
      }
      args = args.slice(2);
      continue;
    }
    if (a !== '-0' && a !== '-1' && a !== '-s') flags.push(a);
    args = args.slice(1);
  }
  return { kind: 'run', flags, args, env, timeoutSec };
}

// ───────────────────────────── output comparison ─────────────────────────────

export interface Comparison {
  readonly match: boolean;
  /** 1-based line of the first difference, 0 when equal. */
  readonly line: number;
  readonly want: string;
  readonly got: string;
}

/** checkExpectedOutput: exact equality after turning \r\n into \n; explains the first differing line. */
export function compareOutput(got: string, want: string): Comparison {
  const g = got.replace(/\r\n/gu, '\n');
  if (g === want) return { match: true, line: 0, want: '', got: '' };
  const gl = g.split('\n');
  const wl = want.split('\n');
  let i = 0;
  while (i < gl.length && i < wl.length && gl[i] === wl[i]) i++;
  return { match: false, line: i + 1, want: wl[i] ?? '<end of output>', got: gl[i] ?? '<end of output>' };
}

// ───────────────────────────── running processes ─────────────────────────────

export interface ProcResult {
  /** exit code, or null when killed by a signal. */
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  /** killed because it wrote more than RunOpts.maxOutputBytes. */
  readonly outputLimit?: boolean;
  readonly stdout: string;
  /** stderr; empty when merged into stdout. */
  readonly stderr: string;
  readonly ms: number;
  /** set when the command could not be started at all (ENOENT …). */
  readonly spawnError?: string;
}

export interface RunOpts {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** stdout and stderr into one stream, interleaved as written (Go's runner uses one buffer). */
  readonly merge?: boolean;
  /** kill the process once it has written this much (default 32 MiB): runaway printing loops. */
  readonly maxOutputBytes?: number;
}

/** Runs a command to completion with a wall-clock limit; on timeout the whole process group is killed. */
export function runProcess(cmd: string, args: readonly string[], opts: RunOpts): Promise<ProcResult> {
  return new Promise(resolvePromise => {
    let tmp: string | null = null;
    let fd = -1;
    if (opts.merge) {
      tmp = mkdtempSync(join(tmpdir(), 'gomemlab-out-'));
      fd = openSync(join(tmp, 'out'), 'w');
    }
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: opts.merge ? ['ignore', fd, fd] : ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => { if (!outputLimit) out += s; written += s.length; overLimit(); });
    child.stderr?.setEncoding('utf8').on('data', (s: string) => { if (!outputLimit) err += s; written += s.length; overLimit(); });
    let timedOut = false;
    let outputLimit = false;
    const maxOut = opts.maxOutputBytes ?? 32 << 20;
    let written = 0;
    const kill = (): void => {
      try { if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    };
    const overLimit = (): void => {
      if (written > maxOut && !outputLimit) { outputLimit = true; kill(); }
    };
    const sizePoll = opts.merge ? setInterval(() => {
      try { written = fstatSync(fd).size; } catch { /* closed */ }
      overLimit();
    }, 200) : null;
    let spawnError: string | undefined;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.timeoutMs);
    const finish = (code: number | null, signal: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (sizePoll !== null) clearInterval(sizePoll);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let stdout = out;
      if (tmp !== null) {
        closeSync(fd);
        const f = join(tmp, 'out');
        if (outputLimit) {
          const head = new Uint8Array(Math.min(maxOut, 1 << 20));
          const rfd = openSync(f, 'r');
          const n = readSync(rfd, head, 0, head.length, 0);
          closeSync(rfd);
          stdout = new TextDecoder().decode(head.subarray(0, n));
        } else {
          stdout = readFileSync(f, 'utf8');
        }
        rmSync(tmp, { recursive: true, force: true });
        tmp = null;
      }
      resolvePromise({ code, signal, timedOut, outputLimit, stdout, stderr: err, ms, spawnError });
    };
    child.on('error', e => { spawnError = e.message; finish(null, null); });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Walks up from this file to the folder holding package.json (works from scripts/ and dist/scripts/). */
export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

/** The real Go command: /usr/lib/go-1.23/bin/go, $GOROOT/bin/go, or `go` on PATH; null if none. */
export function findGo(): string | null {
  const candidates = ['/usr/lib/go-1.23/bin/go'];
  if (process.env.GOROOT) candidates.push(join(process.env.GOROOT, 'bin', 'go'));
  for (const p of (process.env.PATH ?? '').split(':')) if (p) candidates.push(join(p, 'go'));
  return candidates.find(c => existsSync(c)) ?? null;
}

/** The command line that plays "gomemlab run" (or "gomemlab build"): `--cli "cmd args…"`, $GOMEMLAB_CLI, or node bin/gomemlab.js run. */
export function cliCommand(spec: string | undefined, command: 'run' | 'build' = 'run'): string[] {
  const s = spec ?? process.env.GOMEMLAB_CLI;
  if (s !== undefined && s.trim() !== '') return splitQuoted(s);
  return [process.execPath, join(repoRoot(), 'bin', 'gomemlab.js'), command];
}

// ───────────────────────────── classification ─────────────────────────────

export type Cause = 'pass' | 'compile-error' | 'runtime-error' | 'wrong-output' | 'timeout' | 'cli-crash';

export interface Verdict {
  readonly cause: Cause;
  /** one line: the compile error, panic line, first output difference … */
  readonly detail: string;
}

/** A JavaScript failure of the tool itself, rather than a Go-level result. */
const jsCrashRe = /^\s+at .*(file:\/\/|node:internal|\.[cm]?js:\d+:\d+)|\[ERR_[A-Z_]+\]|^(TypeError|ReferenceError|RangeError|SyntaxError|InternalError): /mu;

function firstLine(s: string, skip?: RegExp): string {
  for (const l of s.split('\n')) if (l.trim() !== '' && !(skip && skip.test(l))) return l.trim().slice(0, 300);
  return '';
}

/** Decides pass or the failure cause of one run (exit status contract: 0 ok, 1 compile error, 2 panic);
 *  `want` null: a build only, which passes when it exits 0. */
export function classify(r: ProcResult, want: string | null): Verdict {
  const out = r.stdout + r.stderr;
  if (r.spawnError !== undefined) return { cause: 'cli-crash', detail: `cannot start: ${r.spawnError}` };
  if (r.outputLimit) return { cause: 'wrong-output', detail: `killed: output too large (${firstLine(r.stdout + r.stderr).slice(0, 60)} …)` };
  if (r.timedOut) return { cause: 'timeout', detail: `killed after ${Math.round(r.ms)} ms` };
  const crash = out.match(jsCrashRe);
  if (r.code !== 0 && crash) {
    const err = out.match(/^(\w*Error|Uncaught \w+)\b.*$/mu);
    return { cause: 'cli-crash', detail: (err ? err[0] : firstLine(out)).trim().slice(0, 300) };
  }
  if (r.code === null) return { cause: 'cli-crash', detail: `killed by ${r.signal ?? 'signal'}` };
  if (r.code === 1) return { cause: 'compile-error', detail: firstLine(out, /^# /u) || 'exit status 1' };
  if (r.code !== 0) {
    const m = out.match(/^(panic: |fatal error: |runtime: ).*$/mu);
    return { cause: 'runtime-error', detail: (m ? m[0] : firstLine(out) || `exit status ${r.code}`).slice(0, 300) };
  }
  if (want === null) return { cause: 'pass', detail: '' }; // --build-only: it compiled
  const c = compareOutput(out, want);
  if (c.match) return { cause: 'pass', detail: '' };
  return { cause: 'wrong-output', detail: `line ${c.line}: want ${JSON.stringify(c.want)} got ${JSON.stringify(c.got)}`.slice(0, 300) };
}

// ───────────────────────────── selection ─────────────────────────────

export const defaultDirs = ['.', 'ken', 'chan', 'interface', 'fixedbugs', 'typeparam'];

/** Go's test folder: $GOROOT/test, /usr/lib/go-1.23/test, or next to the found go binary. */
export function findTestRoot(): string | null {
  const c: string[] = [];
  if (process.env.GOROOT) c.push(join(process.env.GOROOT, 'test'));
  c.push('/usr/lib/go-1.23/test');
  const go = findGo();
  if (go) c.push(join(dirname(dirname(go)), 'test'));
  return c.find(p => existsSync(join(p, 'ken'))) ?? null;
}

/** Skip list: one test path a line (relative to the test root, `*` wildcards), `#` starts a comment. */
export function parseSkipList(text: string): RegExp[] {
  const out: RegExp[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line === '') continue;
    const pat = line.split(/\s+/u)[0];
    const re = pat.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '[^/]*');
    out.push(new RegExp(`^${re}$`, 'u'));
  }
  return out;
}

export interface TestCase {
  readonly dir: string;
  /** path relative to the test root, as Go's runner names it (`fixedbugs/bug001.go`, `235.go`). */
  readonly name: string;
  readonly recipe: Recipe & { kind: 'run' };
}

export interface Selection {
  readonly tests: TestCase[];
  /** constraint- or list-skipped `run` tests, with why. */
  readonly skipped: { readonly name: string; readonly dir: string; readonly reason: string }[];
}

export function selectTests(root: string, dirs: readonly string[], skips: readonly RegExp[], filter?: string): Selection {
  const tests: TestCase[] = [];
  const skipped: { name: string; dir: string; reason: string }[] = [];
  let filterRe: RegExp | null = null;
  if (filter) { try { filterRe = new RegExp(filter, 'u'); } catch { filterRe = null; } }
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    const files = readdirSync(abs).filter(f => f.endsWith('.go')).sort();
    for (const f of files) {
      const name = dir === '.' ? f : `${dir}/${f}`;
      if (filter && !(name.includes(filter) || (filterRe !== null && filterRe.test(name)))) continue;
      const recipe = parseRecipe(readFileSync(join(abs, f), 'utf8'));
      if (recipe.kind === 'other') continue;
      if (recipe.kind === 'skip') {
        if (recipe.reason.startsWith('build constraint')) skipped.push({ name, dir, reason: recipe.reason });
        continue;
      }
      if (skips.some(re => re.test(name))) { skipped.push({ name, dir, reason: 'conformance-skip.txt' }); continue; }
      tests.push({ dir, name, recipe });
    }
  }
  return { tests, skipped };
}

// ───────────────────────────── the run ─────────────────────────────

export interface TestResult {
  readonly name: string;
  readonly dir: string;
  readonly cause: Cause;
  readonly detail: string;
  readonly ms: number;
}

/** Runs one test; with buildOnly, only compiles it (`gomemlab build` with the recipe's flags and extra .go files). */
export async function runTest(t: TestCase, root: string, cli: readonly string[], timeoutMs: number, buildOnly = false): Promise<TestResult> {
  const outFile = join(root, t.name.replace(/\.go$/u, '.out'));
  const want = buildOnly ? null : existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  const env: NodeJS.ProcessEnv = { ...process.env, GOENV: 'off', GOFLAGS: '', PWD: root, ...t.recipe.env };
  const limit = t.recipe.timeoutSec > 0 ? Math.max(timeoutMs, t.recipe.timeoutSec * 1000) : timeoutMs;
  const progArgs = buildOnly ? t.recipe.args.filter(a => a.endsWith('.go')) : t.recipe.args;
  const args = [...cli.slice(1), ...t.recipe.flags, t.name, ...progArgs];
  const r = await runProcess(cli[0], args, { cwd: root, env, timeoutMs: limit, merge: true });
  const v = classify(r, want);
  return { name: t.name, dir: t.dir, cause: v.cause, detail: v.detail, ms: Math.round(r.ms) };
}

/** Runs tasks with at most `jobs` in flight, keeping input order in the result. */
export async function pool<T, R>(items: readonly T[], jobs: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}

interface Options {
  dirs: string[];
  filter?: string;
  limit?: number;
  jobs: number;
  timeoutSec: number;
  cli?: string;
  report: string;
  root?: string;
  list: boolean;
  verbose: boolean;
  baseline?: string;
  onlyFailed?: string;
  buildOnly: boolean;
}

const usage = `usage: npm run conformance -- [flags]
  --dirs a,b,…     test folders under $GOROOT/test (default ${defaultDirs.join(',')})
  --filter S       only tests whose path contains S (or matches the regexp S)
  --limit N        only the first N selected tests
  --jobs N         parallel runs (default 2)
  --timeout SEC    per-test limit (default 10; a recipe's -t raises it)
  --cli "CMD …"    command used as \`gomemlab run\` (default: node bin/gomemlab.js run; env GOMEMLAB_CLI)
  --go             use real \`go run\` as the CLI (checks the harness itself)
  --root DIR       Go's test folder (default $GOROOT/test or /usr/lib/go-1.23/test)
  --report FILE    JSON report (default conformance-report.json at the repo root)
  --baseline FILE  compare with an earlier report: list newly passing and newly failing tests
  --failed FILE    only the tests that failed in an earlier report
  --build-only     compile only (\`gomemlab build\`): count the programs that build without a false
                   error, grouped by the first error line (default report conformance-build-report.json)
  --list           print the selected tests and exit
  -v, --verbose    print every failure as it happens`;

function parseArgs(argv: string[]): Options {
  const o: Options = { dirs: defaultDirs, jobs: 2, timeoutSec: 10, report: '', list: false, verbose: false, buildOnly: false };
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
      case '--limit': o.limit = Number.parseInt(val(), 10); break;
      case '--jobs': o.jobs = Math.max(1, Number.parseInt(val(), 10) || 1); break;
      case '--timeout': o.timeoutSec = Number(val()) || 10; break;
      case '--cli': o.cli = val(); break;
      case '--go': { const g = findGo(); if (!g) throw new Error('--go: no Go installed'); o.cli = `${g} run`; break; }
      case '--root': o.root = val(); break;
      case '--report': o.report = resolve(val()); break;
      case '--baseline': o.baseline = resolve(val()); break;
      case '--failed': o.onlyFailed = resolve(val()); break;
      case '--list': o.list = true; break;
      case '--build-only': o.buildOnly = true; break;
      case '-v': case '--verbose': o.verbose = true; break;
      case '-h': case '--help': console.log(usage); process.exit(0); break;
      default: throw new Error(`unknown flag ${a}\n${usage}`);
    }
  }
  if (o.report === '') o.report = join(repoRoot(), o.buildOnly ? 'conformance-build-report.json' : 'conformance-report.json');
  return o;
}

const dirLabel = (d: string): string => (d === '.' ? 'test' : `test/${d}`);

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) { console.error((e as Error).message); return 2; }
  const root = o.root ?? findTestRoot();
  if (root === null || !existsSync(root)) {
    console.log('conformance: Go\'s test folder not found (looked in $GOROOT/test and /usr/lib/go-1.23/test); nothing to do.');
    return 0;
  }
  const skipPath = join(repoRoot(), 'scripts', 'conformance-skip.txt');
  const skips = existsSync(skipPath) ? parseSkipList(readFileSync(skipPath, 'utf8')) : [];
  const sel = selectTests(root, o.dirs, skips, o.filter);
  let tests = sel.tests;
  if (o.onlyFailed !== undefined) {
    const old = JSON.parse(readFileSync(o.onlyFailed, 'utf8')) as { failures?: { name: string }[] };
    const failed = new Set((old.failures ?? []).map(f => f.name));
    tests = tests.filter(t => failed.has(t.name));
  }
  if (o.limit !== undefined && o.limit >= 0) tests = tests.slice(0, o.limit);
  if (o.list) {
    for (const t of tests) console.log([t.name, ...t.recipe.flags, ...t.recipe.args].join(' '));
    console.log(`${tests.length} tests selected, ${sel.skipped.length} skipped`);
    return 0;
  }
  const cli = cliCommand(o.cli, o.buildOnly ? 'build' : 'run');
  console.log(`conformance${o.buildOnly ? ' (build only)' : ''}: ${tests.length} tests from ${root} (${o.dirs.join(', ')}), cli: ${cli.join(' ')}, jobs ${o.jobs}, timeout ${o.timeoutSec}s`);
  const t0 = Date.now();
  let done = 0;
  const results = await pool(tests, o.jobs, async t => {
    const r = await runTest(t, root, cli, o.timeoutSec * 1000, o.buildOnly);
    done++;
    if (o.verbose && r.cause !== 'pass') console.log(`FAIL ${r.name}: ${r.cause}: ${r.detail}`);
    if (!o.verbose && done % 100 === 0) process.stderr.write(`  … ${done}/${tests.length}\n`);
    return r;
  });

  // per folder table
  const rows: string[][] = [['folder', o.buildOnly ? 'builds' : 'pass', 'total', 'skipped']];
  let pass = 0;
  for (const d of o.dirs) {
    const rs = results.filter(r => r.dir === d);
    const p = rs.filter(r => r.cause === 'pass').length;
    pass += p;
    rows.push([dirLabel(d), String(p), String(rs.length), String(sel.skipped.filter(s => s.dir === d).length)]);
  }
  rows.push(['overall', String(pass), String(results.length), String(sel.skipped.length)]);
  console.log(formatTable(rows));
  const causes: Record<string, number> = {};
  for (const r of results) causes[r.cause] = (causes[r.cause] ?? 0) + 1;
  console.log(`causes: ${Object.entries(causes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const top = topDetails(results.filter(r => r.cause === 'compile-error' || r.cause === 'cli-crash'), o.buildOnly ? 30 : 10);
  if (top.length > 0) {
    console.log('most common compile errors / crashes:');
    for (const [d, n] of top) console.log(`  ${String(n).padStart(4)}  ${d}`);
  }
  const pct = results.length ? ((100 * pass) / results.length).toFixed(1) : '0.0';
  console.log(`${o.buildOnly ? 'BUILDS' : 'PASS'} ${pass}/${results.length} (${pct}%) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const report = {
    generatedAt: new Date().toISOString(),
    root, cli, dirs: o.dirs, jobs: o.jobs, timeoutSec: o.timeoutSec, buildOnly: o.buildOnly,
    summary: { pass, total: results.length, skipped: sel.skipped.length, causes },
    perDir: Object.fromEntries(o.dirs.map(d => {
      const rs = results.filter(r => r.dir === d);
      return [dirLabel(d), { pass: rs.filter(r => r.cause === 'pass').length, total: rs.length }];
    })),
    failures: results.filter(r => r.cause !== 'pass'),
    passes: results.filter(r => r.cause === 'pass').map(r => r.name),
    skipped: sel.skipped,
  };
  if (o.baseline !== undefined) {
    try {
      const old = JSON.parse(readFileSync(o.baseline, 'utf8')) as { passes?: string[] };
      const d = diffBaseline(old.passes ?? [], results);
      console.log(`vs baseline: ${d.fixed.length} newly passing, ${d.broken.length} newly failing`);
      for (const b of d.broken.slice(0, 30)) console.log(`  now failing: ${b.name}: ${b.cause}: ${b.detail}`);
    } catch (e) {
      console.error(`baseline ${o.baseline}: ${(e as Error).message}`);
    }
  }
  writeFileSync(o.report, JSON.stringify(report, null, 1) + '\n');
  console.log(`report: ${o.report}`);
  return 0;
}

/** Tests that passed in a baseline report and fail now (broken), and the reverse (fixed); only tests run now count. */
export function diffBaseline(oldPasses: readonly string[], now: readonly TestResult[]): { fixed: TestResult[]; broken: TestResult[] } {
  const was = new Set(oldPasses);
  return {
    fixed: now.filter(r => r.cause === 'pass' && !was.has(r.name)),
    broken: now.filter(r => r.cause !== 'pass' && was.has(r.name)),
  };
}

/** The most frequent detail lines, with file positions and numbers blurred so that alike errors group. */
export function topDetails(rs: readonly TestResult[], n: number): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rs) {
    const key = r.detail.replace(/^\S*\.go:\d+(:\d+)?:\s*/u, '').replace(/\d+/gu, 'N').slice(0, 120);
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

/** Lays out columns: numbers (and `-`, `12.3x`) right-aligned, words left-aligned; the first column always left. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const w: number[] = [];
  for (const r of rows) r.forEach((c, i) => { w[i] = Math.max(w[i] ?? 0, c.length); });
  const numeric = (c: string): boolean => /^-?[\d.]+x?$|^-$/u.test(c);
  const numCol = w.map((_, i) => i > 0 && rows.slice(1).every(r => r[i] === undefined || numeric(r[i])));
  return rows.map(r => r.map((c, i) => (numCol[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd()).join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 2; });
}
