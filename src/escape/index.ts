// index.ts — public API of the escape-analysis stage: analyze(packages) → EscapeResult, telling the
// code generator which variables and allocations live on the heap and how closures capture, and
// giving the `-m` diagnostics exactly as `go build -gcflags='-m -l'` prints them.
// The algorithm mirrors cmd/compile/internal/escape (see escape.go's header comment): a data-flow
// graph of locations with dereference-weighted edges, solved per strongly connected component of
// the call graph, bottom-up, with parameter tags summarising callees (std tags in stdtags.ts).

import type * as ast from '../syntax/ast.js';
import type { Var } from '../types/objects.js';
import { Analysis } from './analysis.js';
import type { Diagnostic } from './batch.js';
import type { PkgInput } from './units.js';

export type { PkgInput } from './units.js';
export type { Diagnostic } from './batch.js';

export interface AnalyzeOptions {
  /** Packages whose -m diagnostics are reported (default: package path "main", else the last one). */
  readonly diagnose?: (pkgPath: string) => boolean;
}

export interface EscapeResult {
  /** The variable lives on the heap ("moved to heap: x"); true for variables not analysed
   *  (generic functions), so callers are always safe. */
  heapVar(v: Var): boolean;
  /**
   * The allocation made by this expression escapes: new(T), &T{…}, make(…), slice and map
   * literals, FuncLit closures, explicit conversions to interfaces (the CallExpr), []byte(s),
   * []rune(s), string(b), string(r), string concatenation (the BinaryExpr), method values (the
   * SelectorExpr). False for analysed expressions that do not allocate here; true (safe) for
   * expressions the analysis never saw (bodies of generic functions).
   */
  heapAlloc(node: ast.Node): boolean;
  /** The implicit conversion of expression `node` to an interface allocates on the heap. */
  heapConv(node: ast.Node): boolean;
  /** The implicit `...` slice of a variadic call escapes. */
  heapDDD(call: ast.CallExpr): boolean;
  /** Whether the closure captures v by reference (else by value). */
  captureByRef(closure: ast.FuncLit, v: Var): boolean;
  /** The -m lines in the order Go prints them (callees before callers, as cmd/compile does). */
  diagnostics(): Diagnostic[];
  /** Internal errors: batches that could not be analysed (answered conservatively: heap). */
  errors(): string[];
}

export function analyze(pkgs: readonly PkgInput[], opts: AnalyzeOptions = {}): EscapeResult {
  const an = new Analysis();
  const last = pkgs[pkgs.length - 1];
  const hasMain = pkgs.some((p) => p.pkg.path === 'main');
  const report = (p: PkgInput): boolean =>
    opts.diagnose ? opts.diagnose(p.pkg.path) : hasMain ? p.pkg.path === 'main' : p === last;
  an.run(pkgs, report);

  const own = new Map<ast.Node, boolean>();
  const conv = new Map<ast.Node, boolean>();
  const ddd = new Map<ast.Node, boolean>();
  for (const { site, escapes } of an.siteResults) {
    if (site.op === 'ddd') ddd.set(site.node, escapes || (ddd.get(site.node) ?? false));
    else if (site.op === 'conviface' && site.implicit) conv.set(site.node, escapes || (conv.get(site.node) ?? false));
    else own.set(site.node, escapes || (own.get(site.node) ?? false));
  }
  return {
    heapVar: (v) => an.heapVars.has(v) || (!an.varLocs.has(v) && v.name !== '_'),
    heapAlloc: (n) => own.get(n) ?? !an.seen.has(n),
    heapConv: (n) => conv.get(n) ?? !an.seen.has(n),
    heapDDD: (n) => ddd.get(n) ?? !an.seen.has(n),
    captureByRef: (c, v) => {
      const u = an.litUnit(c);
      return u ? an.captureByRefUnit(u, v) : true;
    },
    diagnostics: () => [...an.devirtDiags, ...an.diags],
    errors: () => [...an.errors],
  };
}

/** Formats diagnostics as `./file.go:L:C: msg` lines (the file's base name, like go build). */
export function formatDiagnostics(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => `./${d.filename.replace(/^.*\//, '')}:${d.line}:${d.column}: ${d.msg}`);
}
