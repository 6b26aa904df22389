// parserbase.ts — parser state shared by the expression and statement parsers: tokens, error
// reporting and recovery (cmd/compile syntax wording), list parsing, names, and AST helpers
// (mirrors the infrastructure part of cmd/compile/internal/syntax/parser.go).

import type * as ast from './ast.js';
import { Scanner, type RawComment } from './scanner.js';
import { stopset, tokstring, type Token } from './token.js';

/** A raw error: byte offset + message (converted to line:col by index.ts). */
export interface RawError {
  readonly pos: number;
  readonly msg: string;
}

/** Internal: a parameter before grouping into go/ast Fields. */
export interface PField {
  pos: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
}

/** Thrown when the recursion depth guard trips; caught at the top and reported as an error. */
export class NestingTooDeep extends Error {}

const maxNest = 5000;

// cmd/compile/internal/ir PragmaFlag bits, as noder/lex.go's pragmaFlag gives them.
const GoBuildPragma = 1 << 0;
const Noescape = 1 << 1;
const Norace = 1 << 2;
const Nosplit = 1 << 3;
const Noinline = 1 << 4;
const NoCheckPtr = 1 << 5;
const CgoUnsafeArgs = 1 << 6;
const UintptrKeepAlive = 1 << 7;
const UintptrEscapes = 1 << 8;
const Systemstack = 1 << 9;
const Nowritebarrier = 1 << 10;
const Nowritebarrierrec = 1 << 11;
const Yeswritebarrierrec = 1 << 12;
const RegisterParams = 1 << 13;
/** Directives a function declaration may carry (noder funcPragmas). */
export const funcPragmas = Noescape | Norace | Nosplit | Noinline | NoCheckPtr | RegisterParams | CgoUnsafeArgs |
  UintptrKeepAlive | UintptrEscapes | Systemstack | Nowritebarrier | Nowritebarrierrec | Yeswritebarrierrec;
/** The File may carry //go:build. */
export const filePragmas = GoBuildPragma;

function pragmaFlag(verb: string): number {
  switch (verb) {
    case 'go:build': return GoBuildPragma;
    case 'go:noescape': return Noescape;
    case 'go:norace': return Norace;
    case 'go:nosplit': return Nosplit | NoCheckPtr;
    case 'go:noinline': return Noinline;
    case 'go:nocheckptr': return NoCheckPtr;
    case 'go:systemstack': return Systemstack;
    case 'go:nowritebarrier': return Nowritebarrier;
    case 'go:nowritebarrierrec': return Nowritebarrierrec | Nowritebarrier;
    case 'go:yeswritebarrierrec': return Yeswritebarrierrec;
    case 'go:cgo_unsafe_args': return CgoUnsafeArgs | NoCheckPtr;
    case 'go:uintptrkeepalive': return UintptrKeepAlive;
    case 'go:uintptrescapes': return UintptrEscapes | UintptrKeepAlive;
    case 'go:registerparams': return RegisterParams;
  }
  return 0; // go:nointerface needs GOEXPERIMENT=fieldtrack
}

/** The //go: directives collected since a declaration last took them (noder pragmas). */
export interface Pragma {
  flag: number;
  readonly pos: { readonly flag: number; readonly pos: number }[];
  /** positions of //go:embed lines */
  readonly embeds: number[];
}

/** A //go:linkname directive. */
export interface Linkname { readonly pos: number; readonly local: string; readonly remote: string }

/** pragmaFields of noder/lex.go: fields split at white space, double-quoted regions kept whole. */
function pragmaFields(s: string): string[] {
  const a: string[] = [];
  let inQuote = false;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      if (inQuote) { inQuote = false; a.push(s.slice(start, i + 1)); start = -1; }
      else { inQuote = true; if (start >= 0) a.push(s.slice(start, i)); start = i; }
    } else if (!inQuote && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
      if (start >= 0) { a.push(s.slice(start, i)); start = -1; }
    } else if (start === -1) start = i;
  }
  if (!inQuote && start >= 0) a.push(s.slice(start));
  return a;
}
const isQuoted = (s: string): boolean => s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"';

export abstract class ParserBase {
  protected readonly s: Scanner;

  readonly errors: RawError[] = [];
  /** Errors cmd/compile reports after type checking, and only when that found none (noder writer checks). */
  readonly lateErrors: RawError[] = [];
  /** //go:linkname directives, checked after type checking. */
  readonly linknames: Linkname[] = [];
  /** Pending //go: directives (noder pragmas), taken by the next declaration or reported as misplaced. */
  protected pragma: Pragma | null = null;
  private commentsSeen = 0;

  protected first = false; // an error has been reported
  protected errcnt = 0;

  protected fnest = 0; // function nesting level
  protected xnest = 0; // expression nesting level (composite-literal ambiguity)
  protected depth = 0; // recursion depth guard
  protected prevEnd = 0; // end offset of the previously consumed token

  // current token (copied from the scanner for speed of access)
  protected curTok: Token = 'EOF';

  /** The current token (a method, so TypeScript does not narrow it across next()). */
  protected tok(): Token {
    return this.curTok;
  }

  protected lit = '';

  protected pos0 = 0;

  readonly decls: ast.Decl[] = [];

  readonly imports: ast.ImportSpec[] = [];

  protected readonly posString: (pos: number) => string;

  /** posString formats a byte offset as `file:line:col` (used in messages like "label L already defined at ..."). */
  constructor(src: Uint8Array, posString: (pos: number) => string) {
    this.posString = posString;
    this.s = new Scanner(src, (pos, msg) => this.errorAt(pos, msg));
  }

  get comments(): readonly RawComment[] {
    return this.s.comments;
  }

  // Tokens

  protected next(): void {
    this.prevEnd = this.s.end;
    this.s.next();
    this.curTok = this.s.tok;
    this.lit = this.s.lit;
    this.pos0 = this.s.pos;
    const cs = this.s.comments;
    while (this.commentsSeen < cs.length) {
      const c = cs[this.commentsSeen++];
      if (c.text.startsWith('//go:')) this.directive(c.pos + 2, c.blank === true, c.text.slice(2));
    }
  }

  // Compiler directives (cmd/compile/internal/noder: noder.pragma, pragcgo, checkUnused, checkPragmas)

  /** A //go: comment, seen while scanning (noder.pragma); pos is that of "go:". */
  private directive(pos: number, blankLine: boolean, text: string): void {
    const err = (msg: string): void => { this.errors.push({ pos, msg }); };
    if (!blankLine) { err('misplaced compiler directive'); return; } // must be on a line by itself
    const p: Pragma = this.pragma ?? { flag: 0, pos: [], embeds: [] };
    this.pragma = p;
    if (text.startsWith('go:wasmimport ')) {
      if (text.split(/\s+/u).filter((f) => f !== '').length !== 3) err('usage: //go:wasmimport importmodule importname');
      return;
    }
    if (text.startsWith('go:linkname ')) {
      const f = text.split(/\s+/u).filter((x) => x !== '');
      if (f.length < 2 || f.length > 3) { err('usage: //go:linkname localname [linkname]'); return; }
      this.linknames.push({ pos, local: f[1], remote: f[2] ?? '' });
      return;
    }
    if (text === 'go:embed' || text.startsWith('go:embed ')) {
      if (text.slice('go:embed'.length).trim() === '') { err('usage: //go:embed pattern...'); return; }
      p.embeds.push(pos);
      return;
    }
    if (text.startsWith('go:cgo_')) {
      const f = pragmaFields(text);
      const dynamic = text.startsWith('go:cgo_import_dynamic ') && f.length >= 4;
      if (!dynamic) err(`//${text} only allowed in cgo-generated code`);
      const verb = f[0].slice(3);
      const usage: Record<string, [string, boolean]> = {
        cgo_export_static: ['usage: //go:cgo_export_static local [remote]', (f.length === 2 && !isQuoted(f[1])) || (f.length === 3 && !isQuoted(f[1]) && !isQuoted(f[2]))],
        cgo_export_dynamic: ['usage: //go:cgo_export_dynamic local [remote]', (f.length === 2 && !isQuoted(f[1])) || (f.length === 3 && !isQuoted(f[1]) && !isQuoted(f[2]))],
        cgo_import_dynamic: ['usage: //go:cgo_import_dynamic local [remote ["library"]]', (f.length === 2 && !isQuoted(f[1])) || (f.length === 3 && !isQuoted(f[1]) && !isQuoted(f[2])) || (f.length === 4 && !isQuoted(f[1]) && !isQuoted(f[2]) && isQuoted(f[3]))],
        cgo_import_static: ['usage: //go:cgo_import_static local', f.length === 2 && !isQuoted(f[1])],
        cgo_dynamic_linker: ['usage: //go:cgo_dynamic_linker "path"', f.length === 2 && isQuoted(f[1])],
        cgo_ldflag: ['usage: //go:cgo_ldflag "arg"', f.length === 2 && isQuoted(f[1])],
      };
      const u = usage[verb];
      if (u && !u[1]) err(u[0]);
      if (dynamic) return;
    }
    const sp = text.indexOf(' ');
    const verb = sp >= 0 ? text.slice(0, sp) : text;
    const flag = pragmaFlag(verb);
    if ((flag & (Systemstack | Nowritebarrier | Nowritebarrierrec | Yeswritebarrierrec)) !== 0) err(`//${verb} only allowed in runtime`);
    if (flag === UintptrKeepAlive) err(`//${verb} is only allowed in the standard library`);
    p.flag |= flag;
    p.pos.push({ flag, pos });
  }

  /** Hands the pending directives to a declaration (parser.takePragma). */
  protected takePragma(): Pragma | null {
    const p = this.pragma;
    this.pragma = null;
    return p;
  }

  /** Ends a form that takes no directives: the pending ones are misplaced (parser.clearPragma). */
  protected clearPragma(): void {
    const p = this.pragma;
    if (p === null) return;
    this.pragma = null;
    for (const x of p.pos) if ((x.flag & p.flag) !== 0) this.errors.push({ pos: x.pos, msg: 'misplaced compiler directive' });
    for (const e of p.embeds) this.errors.push({ pos: e, msg: 'misplaced go:embed directive' });
  }

  /** The directives a declaration took, checked as the noder's writer does after type checking (checkPragmas). */
  protected declPragma(p: Pragma | null, allowed: number, embedOK: boolean): void {
    if (p === null) return;
    for (const x of p.pos) if ((x.flag & ~allowed) !== 0) this.lateErrors.push({ pos: x.pos, msg: 'misplaced compiler directive' });
    if (!embedOK) for (const e of p.embeds) this.lateErrors.push({ pos: e, msg: 'misplaced go:embed directive' });
  }

  protected pos(): number {
    return this.pos0;
  }

  protected got(tok: Token): boolean {
    if (this.tok() === tok) {
      this.next();
      return true;
    }
    return false;
  }

  protected want(tok: Token): void {
    if (!this.got(tok)) {
      this.syntaxError('expected ' + tokstring(tok));
      this.advance();
    }
  }

  protected gotAssign(): boolean {
    switch (this.tok()) {
      case ':=':
        this.syntaxError('expected =');
        this.next();
        return true;
      case '=':
        this.next();
        return true;
    }
    return false;
  }

  protected isOp(op: string): boolean {
    return this.tok() === 'op' && this.s.op === op;
  }

  // Errors

  errorAt(pos: number, msg: string): void {
    this.first = true;
    this.errcnt++;
    this.errors.push({ pos, msg });
  }

  protected error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  protected syntaxErrorAt(pos: number, msg: string): void {
    if (this.tok() === 'EOF' && this.first) return; // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to add
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith('expected ')) {
      msg = ', ' + msg;
    } else {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    let tok: string;
    switch (this.tok()) {
      case 'name':
        tok = 'name ' + this.lit;
        break;
      case ';':
        tok = this.lit;
        break;
      case 'literal':
        tok = 'literal ' + this.lit;
        break;
      case 'op':
        tok = this.s.op;
        break;
      case 'op=':
        tok = this.s.op + '=';
        break;
      case 'opop':
        tok = this.s.op + this.s.op;
        break;
      default:
        tok = tokstring(this.tok());
    }
    this.errorAt(pos, 'syntax error: unexpected ' + tok + msg);
  }

  protected syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  /** Skip tokens until one in followlist (or the stopset inside functions); with no list, skip one token. */
  protected advance(...followlist: Token[]): void {
    if (followlist.length === 0) {
      if (this.tok() !== 'EOF') this.next();
      return;
    }
    const follow = new Set<Token>(followlist);
    follow.add('EOF');
    const useStop = this.fnest > 0;
    while (!follow.has(this.tok()) && !(useStop && stopset.has(this.tok()))) {
      this.next();
    }
  }

  protected enter(): void {
    if (++this.depth > maxNest) throw new NestingTooDeep();
  }

  protected leave(): void {
    this.depth--;
  }

  // Declarations

  /** list = [ f { sep f } [sep] ] close . Returns the position of the closing token. */
  protected list(context: string, sep: Token, close: Token, f: () => boolean): number {
    let done = false;
    while (this.tok() !== 'EOF' && this.tok() !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tok() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(')', ']', '}');
        if (this.tok() !== close) return this.pos();
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  protected oliteral(): ast.BasicLit | null {
    if (this.tok() === 'literal') {
      const b: ast.BasicLit = this.s.bad
        ? { kind: 'BasicLit', pos: this.pos(), end: this.s.end, litKind: this.s.litKind, value: this.lit, bad: true }
        : { kind: 'BasicLit', pos: this.pos(), end: this.s.end, litKind: this.s.litKind, value: this.lit };
      this.next();
      return b;
    }
    return null;
  }

  protected badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', pos: this.pos(), end: this.pos() };
  }

  // Common productions

  protected name(): ast.Ident {
    if (this.tok() === 'name') {
      const n: ast.Ident = { kind: 'Ident', pos: this.pos(), end: this.s.end, name: this.lit };
      this.next();
      return n;
    }
    const n: ast.Ident = { kind: 'Ident', pos: this.pos(), end: this.pos(), name: '_' };
    this.syntaxError('expected name');
    this.advance();
    return n;
  }

  protected nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(',')) l.push(this.name());
    return l;
  }
}

// -----------------------------------------------------------------------------------------------
// AST helpers

/** Strip enclosing parentheses. */
export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** An index expression parsed before its operand was known, completed with operand x. */
export function withX(t: ast.IndexExpr | ast.IndexListExpr, x: ast.Expr): ast.Expr {
  return { ...t, pos: x.pos, x };
}

/** Syntactically a value (not a type)? (cmd/compile isValue) */
export function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
    default:
      return false;
  }
}

/** Is x a (possibly parenthesized) type element expression? (cmd/compile isTypeElem) */
export function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'UnaryExpr':
      return isTypeElem(x.x) || x.op === '~';
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'ParenExpr':
      return isTypeElem(x.x);
    default:
      return false;
  }
}

/** Split x into (name, type) if x can be read as `name type` in a type parameter list (cmd/compile extractName). */
export function extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y }];
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name && lhs) return [name, { kind: 'BinaryExpr', pos: lhs.pos, end: x.end, x: lhs, opPos: x.opPos, op: '|', y: x.y }];
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
        return [x.fun, x.args[0]];
      }
      break;
  }
  return [null, x];
}

/** A go/ast Field for one parsed parameter or interface element. */
export function toField(f: PField): ast.Field {
  const type = f.type ?? { kind: 'BadExpr', pos: f.pos, end: f.pos };
  return { kind: 'Field', pos: f.pos, end: type.end, doc: null, names: f.name ? [f.name] : [], type, tag: null, comment: null };
}

/** Group consecutive named parameters sharing one type expression into one go/ast Field. */
export function groupFields(list: PField[]): ast.Field[] {
  const out: ast.Field[] = [];
  let i = 0;
  while (i < list.length) {
    const f = list[i];
    if (!f.name) {
      out.push(toField(f));
      i++;
      continue;
    }
    const names: ast.Ident[] = [f.name];
    let j = i + 1;
    while (j < list.length && list[j].name && list[j].type === f.type) {
      names.push(list[j].name!);
      j++;
    }
    const type = f.type ?? { kind: 'BadExpr', pos: f.pos, end: f.pos };
    out.push({ kind: 'Field', pos: f.pos, end: type.end, doc: null, names, type, tag: null, comment: null });
    i = j;
  }
  return out;
}
