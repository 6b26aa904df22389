// position.ts — byte offsets → file:line:column (Go's token.Position; column = byte offset in line + 1).

import type { File } from './ast.js';

export interface Position {
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

/** Byte offsets of the start of every line of `src` (lines[0] = 0). */
export function lineStarts(src: Uint8Array): number[] {
  const lines = [0];
  const n = src.length;
  for (let i = 0; i < n; i++) if (src[i] === 10) lines.push(i + 1);
  return lines;
}

/** Line (1-based) and column (1-based byte column) of byte offset `pos` given a line table. */
export function lineCol(lines: readonly number[], pos: number): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: pos - lines[lo] + 1 };
}

/** The position of byte offset `pos` in `file`. */
export function position(file: File, pos: number): Position {
  const { line, column } = lineCol(file.lines, pos);
  return { filename: file.filename, line, column };
}

/** `file:line:col`, the way Go prints positions. */
export function positionString(file: File, pos: number): string {
  const p = position(file, pos);
  return `${p.filename}:${p.line}:${p.column}`;
}
