// index.ts — public API of the syntax stage: parseFile(filename, src) → { file, errors }.
// Errors are filtered and ordered the way cmd/compile reports them (base.ErrorfAt/FlushErrors):
// at most one syntax error per line, identical errors on one line reported once, sorted by position.

import type * as ast from './ast.js';
import { Parser, type RawError } from './parser.js';
import type { RawComment } from './scanner.js';
import { lineCol, lineStarts, lineDirectives, relPosition, type LineDirective } from './position.js';

export * from './ast.js';
export { position, positionString, lineCol, lineStarts, type Position, type LineDirective } from './position.js';
export { exprString, stmtString, type ExprStringOptions } from './exprstring.js';
export { unquoteString, unquoteStringText, unquoteRune, intLitValue, ratLitValue } from './literal.js';
export { children, inspect } from './walk.js';

/** A syntax (or lexical) error, positioned like Go: line and byte column, both 1-based. */
export class SyntaxError {
  constructor(
    readonly filename: string,
    readonly line: number,
    readonly column: number,
    readonly msg: string,
    /** Byte offset in the file. */
    readonly offset: number,
  ) {}

  /** Is this a "syntax error: ..." (after which cmd/compile stops before type checking)? */
  get isSyntax(): boolean {
    return this.msg.startsWith('syntax error');
  }

  /** `file:line:col: msg`, as `go build` prints it. */
  goString(): string {
    // column 0: unknown (after a //line directive without a column)
    if (this.column === 0) return `${this.filename}:${this.line}: ${this.msg}`;
    return `${this.filename}:${this.line}:${this.column}: ${this.msg}`;
  }

  toString(): string {
    return this.goString();
  }
}

export interface ParseResult {
  readonly file: ast.File;
  /** Errors in report order: sorted by position, at most one "syntax error" per line, duplicates removed. */
  readonly errors: SyntaxError[];
  /**
   * True if compilation stops after parsing: a "syntax error" was reported, or the file has no
   * package clause. Otherwise any errors (lexical errors such as `invalid character`, bad escapes,
   * branch/label errors, `method has no receiver`, ...) are reported together with the type
   * checker's errors, all sorted by position, exactly as cmd/compile does.
   */
  readonly fatal: boolean;
  /**
   * Errors cmd/compile reports only after type checking found none (its IR writer's checks):
   * misplaced directives taken by declarations that do not allow them.
   */
  readonly lateErrors: SyntaxError[];
  /** The //go:linkname directives, with their positions, for the checks after type checking. */
  readonly linknames: { readonly local: string; readonly remote: string; readonly at: SyntaxError }[];
}

const encoder = new TextEncoder();

/** Parse one Go source file. Never throws; on errors the File holds what could be parsed. */
export function parseFile(filename: string, src: string | Uint8Array | ArrayBufferView): ParseResult {
  const bytes = typeof src === 'string'
    ? encoder.encode(src)
    : src instanceof Uint8Array ? src : new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  const lines = lineStarts(bytes);
  let dirs: LineDirective[] = [];
  let dirsFrom = -1;
  const directives = (): LineDirective[] => {
    if (dirsFrom !== p.comments.length) {
      dirs = lineDirectives(filename, bytes, lines, p.comments);
      dirsFrom = p.comments.length;
    }
    return dirs;
  };
  const posString = (pos: number): string => {
    const r = relPosition(filename, lines, directives(), pos);
    return r.column > 0 ? `${r.filename}:${r.line}:${r.column}` : `${r.filename}:${r.line}`;
  };
  const p = new Parser(bytes, posString);
  const res = p.parseFile();

  const groups = groupComments(bytes, p.comments);
  const pkgPos = res ? res.pkgPos : 0;
  const name: ast.Ident = res ? res.name : { kind: 'Ident', pos: 0, end: 0, name: '_' };

  attachDocs(p.decls, groups, p.comments, lines, pkgPos);

  let goBuild: string | null = null;
  for (const c of p.comments) {
    if (c.pos >= pkgPos) break;
    if (c.text.startsWith('//go:build ') || c.text === '//go:build') {
      goBuild = c.text.slice('//go:build'.length).trim();
      break;
    }
  }

  const file: ast.File = {
    kind: 'File',
    pos: pkgPos,
    end: bytes.length,
    filename,
    doc: docBefore(groups, lines, pkgPos),
    package: pkgPos,
    name,
    decls: p.decls,
    imports: p.imports,
    comments: groups,
    lines,
    size: bytes.length,
    goBuild,
    lineDirectives: directives(),
  };
  const errors = reportErrors(filename, lines, directives(), p.errors);
  const lateErrors = reportErrors(filename, lines, directives(), p.lateErrors);
  const linknames = p.linknames.map((l) => {
    const r = relPosition(filename, lines, directives(), l.pos);
    return { local: l.local, remote: l.remote, at: new SyntaxError(r.filename, r.line, r.column, '', l.pos) };
  });
  return { file, errors, fatal: res === null || errors.some((e) => e.isSyntax), lateErrors, linknames };
}

/** Parse one expression (e.g. `a + b*c`); positions are byte offsets into `src`. */
export function parseExpr(src: string): { expr: ast.Expr; errors: SyntaxError[] } {
  const bytes = encoder.encode(src);
  const lines = lineStarts(bytes);
  const p = new Parser(bytes, (pos) => {
    const { line, column } = lineCol(lines, pos);
    return `expr:${line}:${column}`;
  });
  const expr = p.parseExprOnly();
  return { expr, errors: reportErrors('expr', lines, [], p.errors) };
}

/** Apply cmd/compile's error filtering and ordering. */
function reportErrors(
  filename: string, lines: readonly number[], dirs: readonly LineDirective[], raw: readonly RawError[],
): SyntaxError[] {
  const kept: SyntaxError[] = [];
  let lastSyntaxLine = -1;
  let lastOtherLine = -1;
  let lastOtherMsg = '';
  for (const e of raw) {
    const { line } = lineCol(lines, e.pos);
    if (e.msg.startsWith('syntax error')) {
      if (line === lastSyntaxLine) continue;
      lastSyntaxLine = line;
    } else {
      if (line === lastOtherLine && e.msg === lastOtherMsg) continue;
      lastOtherLine = line;
      lastOtherMsg = e.msg;
    }
    const r = relPosition(filename, lines, dirs, e.pos);
    kept.push(new SyntaxError(r.filename, r.line, r.column, e.msg, e.pos));
  }
  kept.sort((a, b) => a.offset - b.offset); // stable
  return kept.filter((e, i) => i === 0 || e.goString() !== kept[i - 1].goString());
}

/** Group comments that are separated only by white space containing at most one newline. */
function groupComments(src: Uint8Array, comments: readonly RawComment[]): ast.CommentGroup[] {
  const groups: ast.CommentGroup[] = [];
  let cur: ast.Comment[] = [];
  const flush = (): void => {
    if (cur.length > 0) {
      groups.push({ kind: 'CommentGroup', pos: cur[0].pos, end: cur[cur.length - 1].end, list: cur });
      cur = [];
    }
  };
  for (const c of comments) {
    if (cur.length > 0) {
      const prevEnd = cur[cur.length - 1].end;
      let nl = 0;
      let onlySpace = true;
      for (let i = prevEnd; i < c.pos; i++) {
        const b = src[i];
        if (b === 10) nl++;
        else if (b !== 32 && b !== 9 && b !== 13) {
          onlySpace = false;
          break;
        }
      }
      if (!onlySpace || nl > 1) flush();
    }
    cur.push({ kind: 'Comment', pos: c.pos, end: c.end, text: c.text });
  }
  flush();
  return groups;
}

/** The comment group ending on the line just before `pos` (a doc comment), or null. */
function docBefore(groups: readonly ast.CommentGroup[], lines: readonly number[], pos: number): ast.CommentGroup | null {
  // last group ending before pos
  let lo = 0;
  let hi = groups.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].end <= pos) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best < 0) return null;
  const g = groups[best];
  const gl = lineCol(lines, g.end).line;
  const dl = lineCol(lines, pos).line;
  return gl === dl - 1 ? g : null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Set doc comments and //go: pragmas on freshly parsed declarations (before the tree is published). */
function attachDocs(
  decls: readonly ast.Decl[], groups: readonly ast.CommentGroup[], comments: readonly RawComment[],
  lines: readonly number[], pkgPos: number,
): void {
  let prevEnd = pkgPos;
  let ci = 0;
  for (const d of decls) {
    if (d.kind === 'BadDecl') continue;
    (d as Mutable<typeof d>).doc = docBefore(groups, lines, d.pos);
    if (d.kind === 'FuncDecl') {
      const pragmas: string[] = [];
      while (ci < comments.length && comments[ci].pos < d.pos) {
        const c = comments[ci++];
        if (c.pos >= prevEnd && c.text.startsWith('//go:')) pragmas.push(c.text.slice(2).trim());
      }
      (d as Mutable<ast.FuncDecl>).pragmas = pragmas;
    } else if (d.lparen >= 0) {
      for (const s of d.specs) (s as Mutable<typeof s>).doc = docBefore(groups, lines, s.pos);
    }
    prevEnd = d.end;
  }
}
