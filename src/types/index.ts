// Public API of the type checker (src/types): go/types-shaped type model, objects, Info side maps,
// exact constants, linux/amd64 sizes, checkPackage and the std importer.

export * from './types.js';
export * from './objects.js';
export * from './info.js';
export * as constant from './constant.js';
export type { Value as ConstValue } from './constant.js';
export { sizeof, alignof, offsetsof, structOffsets, WordSize, MaxAlign } from './sizes.js';
export { Universe, UnsafePkg, universeAny, universeError, universeComparable, universeNil, universeIota } from './universe.js';
export { checkPackage, type CheckResult } from './decl.js';
export type { TypeError, Importer, Config } from './checker.js';
export { newStdImporter, fsSourceProvider, packageRoot, type StdImporter, type SourceProvider, type SourceFile, type ImportedPackage } from './importer.js';
export { exprString } from './exprstring.js';
export { subst, instantiateRaw } from './generics.js';
export { lessObj } from './typeset.js';

import type { TypeError } from './checker.js';
/** `file:line:col: msg`, as go build prints type errors. */
export function formatError(e: TypeError): string {
  return e.filename ? `${e.filename}:${e.line}:${e.column}: ${e.msg}` : e.msg;
}
