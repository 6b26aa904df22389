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

export interface CheckedPackage { pkg: Package; info: Info; files: File[]; }

export class ProgramImporter implements Importer {
  private readonly done = new Map<string, CheckedPackage>();
  private readonly inProgress = new Set<string>();
  /** Packages in dependency order (a package after everything it imports). */
  readonly order: CheckedPackage[] = [];
  /** Problems inside std packages: these are gomemlab bugs, reported loudly. */
  readonly internalErrors: string[] = [];

  import(path: string): Package | null {
    const have = this.done.get(path);
    if (have) return have.pkg;
    if (path === 'unsafe') return null; // the checker provides unsafe itself
    if (this.inProgress.has(path)) {
      this.internalErrors.push(`import cycle not allowed: ${path}`);
      return null;
    }
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
