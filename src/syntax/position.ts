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

/**
 * A `//line filename:line[:col]` or `/*line filename:line[:col]*\/` directive: from byte offset
 * `offset` on, positions are reported relative to (filename, line, col). col 0 = column unknown.
 */
export interface LineDirective {
  readonly offset: number;
  readonly filename: string;
  readonly line: number;
  readonly col: number;
}

/** Map an actual position through line directives (like cmd/compile's RelFilename/RelLine/RelCol). */
export function relPosition(
  filename: string, lines: readonly number[], dirs: readonly LineDirective[], pos: number,
): Position {
  const { line, column } = lineCol(lines, pos);
  let d: LineDirective | null = null;
  for (let lo = 0, hi = dirs.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (dirs[mid].offset <= pos) {
      d = dirs[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (!d) return { filename, line, column };
  const b = lineCol(lines, d.offset);
  const relLine = d.line + (line - b.line);
  let relCol = 0;
  if (d.col !== 0) relCol = line === b.line ? d.col + (column - b.column) : column;
  return { filename: d.filename, line: relLine, column: relCol };
}

/** Line directives found in a file's comments (cmd/compile syntax parser rules). */
export function lineDirectives(
  filename: string, src: Uint8Array, lines: readonly number[],
  comments: readonly { pos: number; end: number; text: string }[],
): LineDirective[] {
  const out: LineDirective[] = [];
  let prevFilename = filename;
  for (const c of comments) {
    let text: string;
    let offset: number;
    if (c.text.startsWith('//line ')) {
      const { column } = lineCol(lines, c.pos);
      if (column !== 1) continue;
      if (c.end >= src.length) continue; // no following line
      offset = c.end + 1; // after the newline
      text = c.text.slice(7);
    } else if (c.text.startsWith('/*line ')) {
      if (c.text.includes('\n')) continue;
      offset = c.end;
      text = c.text.slice(7, -2);
    } else {
      continue;
    }
    const i = text.lastIndexOf(':');
    if (i < 0) continue;
    const n = text.slice(i + 1);
    if (!/^[0-9]+$/.test(n)) continue;
    let name = text.slice(0, i);
    let line = Number(n);
    let col = 0;
    const j = name.lastIndexOf(':');
    if (j >= 0 && /^[0-9]+$/.test(name.slice(j + 1))) {
      col = line;
      line = Number(name.slice(j + 1));
      name = name.slice(0, j);
      if (col === 0) continue;
      if (name === '') name = prevFilename;
    }
    if (line === 0) continue;
    prevFilename = name;
    out.push({ offset, filename: name, line, col });
  }
  return out;
}

/** The position of byte offset `pos` in `file` (honouring //line directives). */
export function position(file: File, pos: number): Position {
  if (file.lineDirectives?.length > 0) return relPosition(file.filename, file.lines, file.lineDirectives, pos);
  const { line, column } = lineCol(file.lines, pos);
  return { filename: file.filename, line, column };
}

/** `file:line:col` (or `file:line` when the column is unknown), the way Go prints positions. */
export function positionString(file: File, pos: number): string {
  const p = position(file, pos);
  return p.column > 0 ? `${p.filename}:${p.line}:${p.column}` : `${p.filename}:${p.line}`;
}
