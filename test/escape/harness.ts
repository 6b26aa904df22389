// harness.ts — test helper for escape analysis: parses and type-checks a Go file (std packages from
// src/std via stdSource), runs analyze(), and returns the -m lines as `go build -gcflags='-m -l'`
// prints them. Also usable from the command line: npx tsx test/escape/harness.ts file.go

import { readFileSync } from 'node:fs';
import { parseFile, type File } from '../../src/syntax/index.js';
import { checkPackage } from '../../src/types/decl.js';
import type { Importer } from '../../src/types/checker.js';
import type { Package } from '../../src/types/objects.js';
import type { Info } from '../../src/types/info.js';
import { stdSource } from '../../src/std/index.js';
import { analyze, formatDiagnostics, type EscapeResult, type PkgInput } from '../../src/escape/index.js';

class StdImporter implements Importer {
  readonly done = new Map<string, { pkg: Package; info: Info; files: File[] }>();
  readonly order: PkgInput[] = [];
  import(path: string): Package | null {
    const have = this.done.get(path);
    if (have) return have.pkg;
    if (path === 'unsafe') return null;
    const sources = stdSource(path);
    if (!sources) return null;
    const files = sources.map((s) => parseFile(`$GOROOT/src/${path}/${s.name}`, s.text).file);
    const res = checkPackage(path, files, this, { noUnusedErrors: true });
    const cp = { pkg: res.pkg, info: res.info, files };
    this.done.set(path, cp);
    this.order.push(cp);
    return res.pkg;
  }
}

export interface EscapeRun {
  lines: string[];
  typeErrors: string[];
  result: EscapeResult;
  main: PkgInput;
}

/** Analyses one Go main-package file; `withStd` also analyses the std packages' Go source. */
export function escapeFile(filename: string, src: string, withStd = false): EscapeRun {
  const parsed = parseFile(filename, src);
  const imp = new StdImporter();
  const res = checkPackage('main', [parsed.file], imp);
  const typeErrors = res.errors.filter((e) => !e.soft).map((e) => `${e.filename}:${e.line}:${e.column}: ${e.msg}`);
  const main: PkgInput = { pkg: res.pkg, info: res.info, files: [parsed.file] };
  const pkgs = withStd ? [...imp.order, main] : [main];
  const result = analyze(pkgs);
  return { lines: formatDiagnostics(result.diagnostics()), typeErrors, result, main };
}

if (process.argv[1] && process.argv[1].endsWith('harness.ts')) {
  const f = process.argv[2];
  const r = escapeFile(f.replace(/^.*\//, ''), readFileSync(f, 'utf8'), process.argv.includes('--std'));
  for (const e of r.typeErrors) console.error('type error: ' + e);
  for (const l of r.lines) console.log(l);
}
