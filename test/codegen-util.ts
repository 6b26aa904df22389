// Test helper for the code generator: compiles a Go program through the driver's compileFiles and
// runs the emitted module in-process on a fresh Runtime (natives from src/std installed as
// rt.native), capturing stdout/stderr and the exit status.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFile } from '../src/syntax/index.js';
import { checkPackage } from '../src/types/decl.js';
import { analyze } from '../src/escape/index.js';
import { generate } from '../src/codegen/index.js';
import { ProgramImporter } from '../src/driver/importer.js';
import { execute } from '../src/driver/exec.js';
import { stdNatives } from '../src/std/index.js';

export interface RunResult { stdout: string; stderr: string; code: number; compileErrors: string[]; js?: string; runMs?: number }

/** Installs the std natives lookup on a runtime: rt.native(pkgPath, name). */
export function installNatives(rt: any): void {
  const cache = new Map<string, Record<string, any> | null>();
  rt.native = (p: string, n: string) => {
    if (!cache.has(p)) { const f = stdNatives(p); cache.set(p, f ? f(rt) : null); }
    return cache.get(p)?.[n];
  };
}

export async function compileAndRun(name: string, text: string, env: Record<string, string> = {}): Promise<RunResult> {
  const res = compile(name, text);
  if (!res.ok) return { stdout: '', stderr: res.errors.join('\n'), code: -1, compileErrors: res.errors };
  const dir = mkdtempSync(join(tmpdir(), 'gml-cg-'));
  const p = join(dir, 'prog.mjs');
  writeFileSync(p, res.js!);
  let out = '', err = '';
  const dec = new TextDecoder();
  try {
    const mod = await import(pathToFileURL(p).href);
    const load = (rt: any) => { installNatives(rt); return mod.default(rt); };
    const t0 = performance.now();
    const code = execute(load, {
      write: (fd, b) => { if (fd === 1) out += dec.decode(b); else err += dec.decode(b); },
      args: [name], env, seed: 1, lineMap: res.lineMap, moduleURL: pathToFileURL(p).href,
    });
    const runMs = performance.now() - t0;
    return { stdout: out, stderr: err, code, compileErrors: [], js: res.js, runMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** parse + check (std errors tolerated) + escape (if it works) + generate. */
export function compile(name: string, text: string): { ok: boolean; errors: string[]; js?: string; lineMap?: Int32Array } {
  const r = parseFile(name, text);
  if (r.errors.length) return { ok: false, errors: r.errors.map((e) => `${e.filename}:${e.line}:${e.column}: ${e.msg}`) };
  const importer = new ProgramImporter();
  const res = checkPackage('main', [r.file], importer);
  const errs = res.errors.filter((e) => !e.soft);
  if (errs.length) return { ok: false, errors: errs.map((e) => `${e.filename}:${e.line}:${e.column}: ${e.msg}`) };
  const main = { pkg: res.pkg, info: res.info, files: [r.file] };
  importer.addMain(main);
  let esc: any = null;
  if (!process.env.NOESC) {
    try { esc = analyze(importer.order, {}); } catch (e) { if (process.env.CGDEBUG) console.error('escape failed:', e); esc = null; }
  }
  const out = generate(importer.order, esc, { filePath: (f) => f });
  if (process.env.CGDEBUG) for (const f of out.failures) console.error("FAIL", f);
  return { ok: true, errors: [], js: out.js, lineMap: out.lineMap };
}
