// compileFiles: the whole front half of gomemlab for one program — parse, type-check (with std
// packages loaded from Go source), escape analysis, code generation — returning either Go-worded
// diagnostics or a JavaScript module with its line map. This is the library entry point the CLI and
// the web playground share; it never throws on bad input (an internal failure becomes a diagnostic
// that says so).
import { parseFile, inspect, type File, type ParseResult } from '../syntax/index.js';
import { relPosition } from '../syntax/position.js';
import type { Info, Interface, Type } from '../types/index.js';
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

/** cmd/compile stops after 10 errors unless -e is given. */
const maxErrors = 10;

export interface Diag { filename: string; line: number; column: number; msg: string; }

/** Diagnostics as `go build` prints them; after `limit` errors (0: no limit, like -e) a "too many errors" line. */
function formatDiags(diags: Diag[], display: (f: string) => string, limit = maxErrors): string[] {
  const out: string[] = [];
  for (const d of diags) {
    if (limit > 0 && out.length === limit) {
      const last = diags[limit - 1];
      out.push(`${display(last.filename)}:${last.line}:${last.column}: too many errors`);
      break;
    }
    // (column 0 after a //line directive without one: unknown, not printed)
    out.push(d.column > 0 || d.line === 0 ? `${display(d.filename)}:${d.line}:${d.column}: ${d.msg}` : `${display(d.filename)}:${d.line}: ${d.msg}`);
  }
  return out;
}

export interface CheckOptions {
  /** Package path of the checked package (default "main"; Go's errorcheck tests compile with -p=p). */
  pkgPath?: string;
  /** Error limit, as cmd/compile's (default 10); 0 reports every error, like `go tool compile -e`. */
  errorLimit?: number;
  /** Display names for diagnostics (default: Go's relative ./file.go form). */
  displayName?: (file: string) => string;
  /** Importer to use (shared between many checks to load std packages once); default a new one. */
  importer?: ProgramImporter;
  /** After parsing, refuse a package not named main (as `go run`/`gomemlab build` do). */
  requireMain?: boolean;
}

export interface CheckOutput {
  /** Formatted diagnostics, as `go build`/`go tool compile` print them (without the "# pkg" header). */
  errors: string[];
  /** The same diagnostics unformatted (all of them, the error limit not applied). */
  diags: Diag[];
  /** Set when parsing and type checking succeeded. */
  checked?: { main: CheckedPackage; importer: ProgramImporter };
}

/**
 * The front end alone: parse, then type-check with std packages loaded from Go source, reporting
 * errors as cmd/compile does (a syntax error stops after parsing; lexical and branch errors are
 * sorted in with the type errors; duplicates removed; limited to 10 unless errorLimit says otherwise).
 * Throws only on internal failures (callers turn those into diagnostics).
 */
export function checkSources(sources: SourceFile[], opts: CheckOptions = {}): CheckOutput {
  const display = opts.displayName ?? ((f: string) => goDisplayPath(f));
  const limit = opts.errorLimit ?? maxErrors;
  // 1. syntax: Go stops after syntax errors.
  // Lexical and branch errors are reported together with type errors; a real syntax error (the
  // parser's `fatal`) stops the build after parsing, as cmd/compile does.
  const files: File[] = [];
  const parsed: ParseResult[] = [];
  const syntaxErrs: Diag[] = [];
  let fatal = false;
  for (const s of sources) {
    const r = parseFile(s.name, s.text);
    parsed.push(r);
    files.push(r.file);
    syntaxErrs.push(...r.errors);
    fatal ||= r.fatal;
  }
  if (fatal) return { errors: formatDiags(syntaxErrs, display, limit), diags: syntaxErrs };
  if (opts.requireMain && files[0]?.name.name !== 'main') {
    return { errors: [`package command-line-arguments is not a main package`], diags: [] };
  }

  // 2. types, loading std packages on the way.
  const mod = sources.length ? findModule(dirname(sources[0].name)) : null;
  const importer = opts.importer ?? new ProgramImporter(mod);
  const userBefore = importer.userErrors.length;
  const internalBefore = importer.internalErrors.length;
  const res = checkPackage(opts.pkgPath ?? 'main', files, importer);
  const typeErrs: Diag[] = [...importer.userErrors.slice(userBefore), ...syntaxErrs, ...res.errors];
  typeErrs.sort((a, b) => a.filename === b.filename ? (a.line - b.line || a.column - b.column) : (a.filename < b.filename ? -1 : 1));
  const internal = importer.internalErrors.slice(internalBefore);
  if (internal.length) {
    return { errors: ['gomemlab: internal error in std packages:', ...internal.slice(0, 20)], diags: typeErrs };
  }
  if (typeErrs.length) return { errors: formatDiags(typeErrs, display, limit), diags: typeErrs };

  // 3. what cmd/compile checks only once type checking found nothing: anonymous interface cycles
  // (noder checkFiles), then its IR writer's checks of directives.
  const cycles = anonymousInterfaceCycles(files, res.info);
  if (cycles.length) {
    const diags = cycles.map(([f, off]) => ({ ...positionOf(f, off), msg: 'invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)' }));
    return { errors: formatDiags(diags, display, limit), diags };
  }
  const late: Diag[] = [];
  const linked = new Set<unknown>();
  for (const r of parsed) {
    late.push(...r.lateErrors);
    const importsUnsafe = r.file.imports.some(i => i.path.value.slice(1, -1) === 'unsafe');
    for (const l of r.linknames) {
      const at = (msg: string): void => { late.push({ filename: l.at.filename, line: l.at.line, column: l.at.column, msg }); };
      if (!importsUnsafe) { at('//go:linkname only allowed in Go files that import "unsafe"'); continue; }
      if (l.remote.includes('[') && l.remote.includes(']')) { at('//go:linkname reference of an instantiation is not allowed'); continue; }
      const obj = res.pkg.scope.lookup(l.local);
      if (obj && (obj.kind === 'Func' || obj.kind === 'Var')) {
        if (linked.has(obj)) at(`duplicate //go:linkname for ${l.local}`);
        linked.add(obj);
      } else at('//go:linkname must refer to declared function or variable');
    }
  }
  if (late.length) {
    late.sort((a, b) => a.filename === b.filename ? (a.line - b.line || a.column - b.column) : (a.filename < b.filename ? -1 : 1));
    return { errors: formatDiags(late, display, limit), diags: late };
  }
  return { errors: [], diags: [], checked: { main: { pkg: res.pkg, info: res.info, files }, importer } };
}

/** File position of a byte offset, honouring //line directives. */
function positionOf(f: File, off: number): { filename: string; line: number; column: number } {
  const r = relPosition(f.filename, f.lines, f.lineDirectives, off);
  return { filename: r.filename, line: r.line, column: r.column };
}

/**
 * The interface type literals that are part of a cycle of anonymous interfaces (`type I interface {
 * F() interface{I} }`), which cmd/compile rejects after type checking (noder cycleFinder, go.dev/issue/56103).
 */
function anonymousInterfaceCycles(files: readonly File[], info: Info): [File, number][] {
  const cyclic = new Map<Interface, boolean>();
  const hasCycle = (t: Interface): boolean => t.allMethods.some(m => m.type !== null && visit(m.type));
  const visit = (t0: Type): boolean => {
    let t = t0;
    for (;;) {
      switch (t.kind) {
        case 'Basic': case 'Named': case 'TypeParam': case 'Union': return false;
        case 'Pointer': case 'Array': case 'Chan': case 'Slice': t = t.elem; continue;
        case 'Map': if (visit(t.key)) return true; t = t.elem; continue;
        case 'Struct': return t.fields.some(f => f.type !== null && visit(f.type));
        case 'Tuple': return t.vars.some(v => v.type !== null && visit(v.type));
        case 'Signature': return visit(t.params) || visit(t.results);
        case 'Interface': {
          if (t.methods.length === 0 && t.embeddeds.length === 0) return false;
          const x = cyclic.get(t);
          if (x !== undefined) return x;
          cyclic.set(t, true);
          if (hasCycle(t)) return true;
          cyclic.set(t, false);
          return false;
        }
      }
    }
  };
  const out: [File, number][] = [];
  for (const f of files) {
    inspect(f, n => {
      if (n.kind !== 'InterfaceType') return true;
      const t = info.types.get(n)?.type;
      if (t && t.kind === 'Interface' && hasCycle(t)) {
        out.push([f, n.pos]);
        for (const k of cyclic.keys()) cyclic.set(k, false); // suppress duplicate errors
      }
      return false;
    });
  }
  return out;
}

export function compileFiles(sources: SourceFile[], opts: CompileOptions = {}): CompileResult {
  const display = opts.displayName ?? ((f: string) => goDisplayPath(f));
  try {
    const chk = checkSources(sources, { displayName: display, requireMain: true });
    if (!chk.checked) return { ok: false, errors: chk.errors };
    const { main, importer } = chk.checked;
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
