// Path helpers shared by the driver and the CLI: how Go prints file names in compile errors
// (relative to the working directory, "./x.go" for a file in it) and where the package root is.
import { relative, isAbsolute, resolve, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The name `go build` prints for a source file in diagnostics: "./x.go", "sub/x.go", "../x.go". */
export function goDisplayPath(file: string, cwd = process.cwd()): string {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return rel;
  return rel.includes('/') ? rel : './' + rel;
}

/** The folder holding gomemlab's package.json (works from src/ under tsx and from dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('gomemlab: cannot find package root');
    dir = up;
  }
}
