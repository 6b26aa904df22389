// The program importer: resolves import paths to type-checked packages for the checker, loading
// std packages from their Go source (src/std, via stdSource), and remembers every package it
// checked in dependency order (dependencies first), which is the order codegen and package
// initialisation need. Mirrors the role of cmd/go's package loader for one program.
import { parseFile, type File } from '../syntax/index.js';
import { checkPackage } from '../types/decl.js';
import type { Importer } from '../types/checker.js';
import type { Package } from '../types/objects.js';
import type { Info } from '../types/info.js';
import { stdSource } from '../std/index.js';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';

/** A Go module on disk: the folder holding go.mod and the module path it declares. */
export interface Module { root: string; path: string; }

/** Finds the go.mod at or above dir and reads its `module` line. */
export function findModule(dir: string): Module | null {
  let d = resolve(dir);
  for (;;) {
    const gomod = join(d, 'go.mod');
    if (existsSync(gomod)) {
      const m = /^\s*module\s+("?)([^\s"]+)\1/m.exec(readFileSync(gomod, 'utf8'));
      return m ? { root: d, path: m[2] } : null;
    }
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** The .go files of a package folder, as `go build` selects them (no tests, no `//go:build ignore`). */
export function packageFiles(dir: string): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return []; }
  return names.filter(n => n.endsWith('.go') && !n.endsWith('_test.go') && !n.startsWith('.') && !n.startsWith('_'))
    .sort()
    .map(n => join(dir, n))
    .filter(f => !/^\/\/go:build\s+ignore\b/m.test(readFileSync(f, 'utf8').slice(0, 2048)));
}

export interface CheckedPackage { pkg: Package; info: Info; files: File[]; }

export class ProgramImporter implements Importer {
  private readonly done = new Map<string, CheckedPackage>();
  private readonly inProgress = new Set<string>();
  /** Packages in dependency order (a package after everything it imports). */
  readonly order: CheckedPackage[] = [];
  /** Problems inside std packages: these are gomemlab bugs, reported loudly. */
  readonly internalErrors: string[] = [];
  /** Syntax and type errors in the program's own (module-local) packages. */
  readonly userErrors: { filename: string; line: number; column: number; msg: string }[] = [];

  constructor(private readonly module: Module | null = null) {}

  /** Loads a package of the main module from its folder, or returns null if path is not in it. */
  private importLocal(path: string): Package | null | undefined {
    const mod = this.module;
    if (!mod || (path !== mod.path && !path.startsWith(mod.path + '/'))) return undefined;
    const dir = join(mod.root, path.slice(mod.path.length));
    const names = packageFiles(dir);
    if (names.length === 0) return null;
    this.inProgress.add(path);
    const files: File[] = [];
    for (const f of names) {
      const r = parseFile(f, readFileSync(f));
      this.userErrors.push(...r.errors);
      files.push(r.file);
    }
    const res = checkPackage(path, files, this);
    this.userErrors.push(...res.errors);
    const cp: CheckedPackage = { pkg: res.pkg, info: res.info, files };
    this.inProgress.delete(path);
    this.done.set(path, cp);
    this.order.push(cp);
    return res.pkg;
  }

  import(path: string): Package | null {
    const have = this.done.get(path);
    if (have) return have.pkg;
    if (path === 'unsafe') return null; // the checker provides unsafe itself
    if (this.inProgress.has(path)) {
      this.internalErrors.push(`import cycle not allowed: ${path}`);
      return null;
    }
    const local = this.importLocal(path);
    if (local !== undefined) return local;
    const sources = stdSource(path);
    if (!sources) return null;
    this.inProgress.add(path);
    const files: File[] = [];
    for (const s of sources) {
      const r = parseFile(`$GOROOT/src/${path}/${s.name}`, s.text);
      for (const e of r.errors) this.internalErrors.push(`${e.filename}:${e.line}:${e.column}: ${e.msg}`);
      files.push(r.file);
    }
    const res = checkPackage(path, files, this, { noUnusedErrors: true });
    for (const e of res.errors) if (!e.soft) this.internalErrors.push(`${e.filename}:${e.line}:${e.column}: ${e.msg}`);
    const cp: CheckedPackage = { pkg: res.pkg, info: res.info, files };
    this.inProgress.delete(path);
    this.done.set(path, cp);
    this.order.push(cp);
    return res.pkg;
  }

  /** Adds the main package after its imports. */
  addMain(cp: CheckedPackage): void {
    this.order.push(cp);
  }
}
