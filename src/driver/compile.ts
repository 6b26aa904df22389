// compileFiles: the whole front half of gomemlab for one program — parse, type-check (with std
// packages loaded from Go source), escape analysis, code generation — returning either Go-worded
// diagnostics or a JavaScript module with its line map. This is the library entry point the CLI and
// the web playground share; it never throws on bad input (an internal failure becomes a diagnostic
// that says so).
import { parseFile, type File } from '../syntax/index.js';
import { checkPackage } from '../types/decl.js';
import { analyze } from '../escape/index.js';
import { generate } from '../codegen/index.js';
import { isBlockingNative } from '../std/index.js';
import { ProgramImporter, findModule, type CheckedPackage } from './importer.js';
import { dirname } from 'node:path';
import { goDisplayPath } from './paths.js';

export interface SourceFile { name: string; text: string | Uint8Array; }

export interface CompileOptions {
  /** Produce the -gcflags=-m report. */
  escapeReport?: boolean;
  /** Display names for diagnostics (default: Go's relative ./file.go form). */
  displayName?: (file: string) => string;
}

export interface CompileResult {
  ok: boolean;
  /** Diagnostics as `go build` prints them, one per line (without the "# pkg" header). */
  errors: string[];
  /** -m lines (`./x.go:5:2: moved to heap: x`) when asked for. */
  escapeLines?: string[];
  js?: string;
  lineMap?: Int32Array;
  /** Everything codegen returned beyond js/lineMap (function metadata and so on). */
  output?: Record<string, unknown>;
}

const maxErrors = 10;

interface Diag { filename: string; line: number; column: number; msg: string; }

function formatDiags(diags: Diag[], display: (f: string) => string): string[] {
  const out: string[] = [];
  for (const d of diags) {
    if (out.length === maxErrors) {
      const last = diags[maxErrors - 1];
      out.push(`${display(last.filename)}:${last.line}:${last.column}: too many errors`);
      break;
    }
    out.push(`${display(d.filename)}:${d.line}:${d.column}: ${d.msg}`);
  }
  return out;
}

export function compileFiles(sources: SourceFile[], opts: CompileOptions = {}): CompileResult {
  const display = opts.displayName ?? ((f: string) => goDisplayPath(f));
  try {
    // 1. syntax: Go stops after syntax errors.
    // Lexical and branch errors are reported together with type errors; a real syntax error (the
    // parser's `fatal`) stops the build after parsing, as cmd/compile does.
    const files: File[] = [];
    const syntaxErrs: Diag[] = [];
    let fatal = false;
    for (const s of sources) {
      const r = parseFile(s.name, s.text);
      files.push(r.file);
      syntaxErrs.push(...r.errors);
      fatal ||= r.fatal;
    }
    if (fatal) return { ok: false, errors: formatDiags(syntaxErrs, display) };
    const pkgName = files[0]?.name.name;
    if (pkgName !== 'main') {
      return { ok: false, errors: [`package command-line-arguments is not a main package`] };
    }

    // 2. types, loading std packages on the way.
    const mod = sources.length ? findModule(dirname(sources[0].name)) : null;
    const importer = new ProgramImporter(mod);
    const res = checkPackage('main', files, importer);
    const typeErrs: Diag[] = [...importer.userErrors, ...syntaxErrs, ...res.errors];
    typeErrs.sort((a, b) => a.filename === b.filename ? (a.line - b.line || a.column - b.column) : (a.filename < b.filename ? -1 : 1));
    if (importer.internalErrors.length) {
      return { ok: false, errors: ['gomemlab: internal error in std packages:', ...importer.internalErrors.slice(0, 20)] };
    }
    if (typeErrs.length) return { ok: false, errors: formatDiags(typeErrs, display) };
    const main: CheckedPackage = { pkg: res.pkg, info: res.info, files };
    importer.addMain(main);
    const pkgs = importer.order;

    // 3. escape analysis over the whole program (std packages included, for their parameter tags).
    const esc = analyze(pkgs, {});
    let escapeLines: string[] | undefined;
    if (opts.escapeReport) {
      const mainFiles = new Set(sources.map(s => s.name));
      escapeLines = esc.diagnostics()
        .filter(d => mainFiles.has(d.filename))
        .map(d => `${display(d.filename)}:${d.line}:${d.column}: ${d.msg}`);
    }

    // 4. code generation.
    const out = generate(pkgs, esc, { blockingNative: isBlockingNative }) as unknown as Record<string, unknown> & { js: string; lineMap: Int32Array };
    return { ok: true, errors: [], escapeLines, js: out.js, lineMap: out.lineMap, output: out };
  } catch (e) {
    const err = e as Error;
    const msg = err?.message ?? String(e);
    // A Go feature the code generator does not handle yet: say so plainly, as a build failure.
    if (/^codegen: .*not supported yet/.test(msg)) {
      const gp = (err as { goPos?: { filename: string; line: number; column: number } }).goPos;
      const at = gp ? `${display(gp.filename)}:${gp.line}:${gp.column}: ` : '';
      return { ok: false, errors: [`${at}gomemlab: ${msg.slice('codegen: '.length)}`] };
    }
    return { ok: false, errors: [`gomemlab: internal compiler error: ${err?.stack ?? err}`] };
  }
}
