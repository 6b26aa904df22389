// Importer for std packages: Go source under src/std/<importpath>/*.go (found from the package
// root, the folder holding package.json), parsed and type-checked once each (cached), recursively.
// Bodiless functions are natives. Mirrors the role of go/importer's source importer.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, type File } from '../syntax/index.js';
import { Package } from './objects.js';
import { Universe, UnsafePkg } from './universe.js';
import { checkInto, type CheckResult } from './decl.js';
import type { Importer, TypeError } from './checker.js';

export interface SourceFile { name: string; text: string | Uint8Array }

/** Returns the Go source files of a std package, or undefined if there is none. */
export type SourceProvider = (path: string) => SourceFile[] | undefined;

let rootCache: string | null = null;
/** The package root: walk up from this module to the folder holding package.json. */
export function packageRoot(): string {
  if (rootCache) return rootCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 20; i++) {
    if (existsSync(join(dir, 'package.json'))) { rootCache = dir; return dir; }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  rootCache = process.cwd();
  return rootCache;
}

/** Reads src/std/<path>/*.go (excluding _test.go files). */
export const fsSourceProvider: SourceProvider = (path) => {
  const dir = join(packageRoot(), 'src', 'std', ...path.split('/'));
  if (!existsSync(dir)) return undefined;
  let names: string[];
  try { names = readdirSync(dir).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort(); } catch { return undefined; }
  if (names.length === 0) return undefined;
  return names.map((n) => ({ name: n, text: new Uint8Array(readFileSync(join(dir, n))) }));
};

/** A checked std package with its Info, files and errors (for the later stages). */
export interface ImportedPackage extends CheckResult {
  files: File[];
}

export interface StdImporter extends Importer {
  /** All packages imported so far, by path (dependencies before dependents). */
  readonly packages: globalThis.Map<string, ImportedPackage>;
  /** Errors found in std sources (syntax and type errors), for diagnosing std stubs. */
  readonly stdErrors: { path: string; errors: (TypeError | { filename: string; line: number; column: number; msg: string })[] }[];
}

/** Creates an importer for std packages. Each package is type-checked once (cache per importer). */
export function newStdImporter(provider: SourceProvider = fsSourceProvider, opts: { checkBodies?: boolean } = {}): StdImporter {
  const packages = new globalThis.Map<string, ImportedPackage>();
  const inProgress = new Set<string>();
  const stdErrors: StdImporter['stdErrors'] = [];
  const imp: StdImporter = {
    packages,
    stdErrors,
    import(path: string): Package | null {
      if (path === 'unsafe') return UnsafePkg;
      const hit = packages.get(path);
      if (hit) return hit.pkg;
      if (inProgress.has(path)) return null; // import cycle
      const srcs = provider(path);
      if (!srcs) return null;
      inProgress.add(path);
      try {
        const files: File[] = [];
        const errs: StdImporter['stdErrors'][number]['errors'] = [];
        for (const s of srcs) {
          const r = parseFile(`${path}/${s.name}`, s.text);
          files.push(r.file);
          errs.push(...r.errors);
        }
        const name = files[0]?.name.name ?? path.slice(path.lastIndexOf('/') + 1);
        const pkg = new Package(path, name, Universe);
        const res = checkInto(pkg, files, imp, { noUnusedErrors: true, ignoreFuncBodies: !opts.checkBodies ? false : false });
        errs.push(...res.errors);
        if (errs.length) stdErrors.push({ path, errors: errs });
        packages.set(path, { ...res, files });
        return pkg;
      } finally {
        inProgress.delete(path);
      }
    },
  };
  return imp;
}
