// scanner.ts — the Go lexer: UTF-8 source bytes → tokens, with semicolon insertion, comments and
// lexical errors in cmd/compile's words (mirrors cmd/compile/internal/syntax/scanner.go + source.go).

import {
  keywords, precAdd, precAndAnd, precCmp, precMul, precOrOr,
  type Operator, type Token,
} from './token.js';
import type { LitKind } from './ast.js';

/** A comment as scanned: byte range and text (including // or /* *\/, excluding the newline). */
export interface RawComment {
  readonly pos: number;
  readonly end: number;
  readonly text: string;
  /** Only white space precedes the comment on its line (cmd/compile scanner.blank; line comments only). */
  readonly blank?: boolean;
}

export type ErrorHandler = (pos: number, msg: string) => void;

const EOF = -1;

const utf8 = new TextDecoder('utf-8');

/** Decode bytes [a, b) as a JS string (UTF-8). */
export function decodeRange(src: Uint8Array, a: number, b: number): string {
  let ascii = true;
  for (let i = a; i < b; i++) {
    if (src[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    if (b - a < 64) {
      let s = '';
      for (let i = a; i < b; i++) s += String.fromCharCode(src[i]);
      return s;
    }
    return utf8.decode(src.subarray(a, b));
  }
  return utf8.decode(src.subarray(a, b));
}

const reLetter = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const rePrint = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

export function isUnicodeLetter(ch: number): boolean {
  return reLetter.test(String.fromCodePoint(ch));
}
function isUnicodeDigit(ch: number): boolean {
  return reDigit.test(String.fromCodePoint(ch));
}

function hex4(n: number): string {
  const s = n.toString(16).toUpperCase();
  return s.length >= 4 ? s : '0'.repeat(4 - s.length) + s;
}

/** Go's `%#U` formatting of a code point: `U+0040 '@'` (or just `U+0000` when not printable). */
export function formatU(ch: number): string {
  const valid = ch >= 0 && ch <= 0x10ffff && !(ch >= 0xd800 && ch < 0xe000);
  if (valid && rePrint.test(String.fromCodePoint(ch))) return `U+${hex4(ch)} '${String.fromCodePoint(ch)}'`;
  return `U+${hex4(ch)}`;
}

/** Go's `%q` formatting of a rune (strconv.QuoteRune). */
export function quoteRune(ch: number): string {
  switch (ch) {
    case 7: return `'\\a'`;
    case 8: return `'\\b'`;
    case 12: return `'\\f'`;
    case 10: return `'\\n'`;
    case 13: return `'\\r'`;
    case 9: return `'\\t'`;
    case 11: return `'\\v'`;
    case 0x5c: return `'\\\\'`;
    case 0x27: return `'\\''`;
  }
  if (ch < 0 || ch > 0x10ffff || (ch >= 0xd800 && ch < 0xe000)) return `'\\ufffd'`;
  if (rePrint.test(String.fromCodePoint(ch))) return `'${String.fromCodePoint(ch)}'`;
  if (ch < 0x80) return `'\\x${ch.toString(16).padStart(2, '0')}'`;
  if (ch < 0x10000) return `'\\u${ch.toString(16).padStart(4, '0')}'`;
  return `'\\U${ch.toString(16).padStart(8, '0')}'`;
}

function lower(ch: number): number {
  return 0x20 | ch;
}
function isLetter(ch: number): boolean {
  const c = lower(ch);
  return (c >= 0x61 && c <= 0x7a) || ch === 0x5f;
}
function isDecimal(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
function isHex(ch: number): boolean {
  const c = lower(ch);
  return isDecimal(ch) || (c >= 0x61 && c <= 0x66);
}

function baseName(base: number): string {
  switch (base) {
    case 2: return 'binary';
    case 8: return 'octal';
    case 10: return 'decimal';
    default: return 'hexadecimal';
  }
}

/** Index of the first misplaced '_' separator in a number literal, or -1 (Go's invalidSep). */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.';
  let i = 0;
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1].toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i];
    const c = d.charCodeAt(0);
    if (d === '_') {
      if (p !== '0') return i;
    } else if (isDecimal(c) || (x1 === 'x' && isHex(c))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  if (d === '_') return x.length - 1;
  return -1;
}

/**
 * The scanner. Call next() to advance; the current token is described by tok, lit, litKind, bad,
 * op, prec, pos (byte offset of the token start) and end (byte offset just after it).
 */
export class Scanner {
  readonly src: Uint8Array;
  private readonly errh: ErrorHandler;
  /** All comments seen so far, in order. */
  readonly comments: RawComment[] = [];

  // source reading state: ch is the current character, starting at byte offset chOff, width chw.
  private ch = 0x20;
  private chOff = 0;
  private chw = 0;

  private nlsemi = false;

  // current token
  tok: Token = 'EOF';
  lit = '';
  litKind: LitKind = 'INT';
  bad = false;
  /** The token (or comment) starts a line: only white space before it (cmd/compile scanner.blank). */
  blank = false;
  op: Operator = '+';
  prec = 0;
  pos = 0;
  end = 0;

  constructor(src: Uint8Array, errh: ErrorHandler) {
    this.src = src;
    this.errh = errh;
    this.chOff = 0;
    this.chw = 0;
    this.nextch();
  }

  // ---- source ----

  private nextch(): void {
    for (;;) {
      this.chOff += this.chw;
      const off = this.chOff;
      const src = this.src;
      if (off >= src.length) {
        this.ch = EOF;
        this.chw = 0;
        return;
      }
      const b = src[off];
      if (b < 0x80) {
        this.ch = b;
        this.chw = 1;
        if (b === 0) {
          this.errh(off, 'invalid NUL character');
          continue;
        }
        return;
      }
      const [r, w] = decodeRune(src, off);
      this.ch = r;
      this.chw = w;
      if (r === 0xfffd && w === 1) {
        this.errh(off, 'invalid UTF-8 encoding');
        continue;
      }
      if (r === 0xfeff) {
        if (off > 0) this.errh(off, 'invalid BOM in the middle of the file');
        continue;
      }
      return;
    }
  }

  /** Error at the current character. */
  private errorf(msg: string): void {
    this.errh(this.chOff, msg);
  }

  /** Error at byte offset `offset` relative to the token start. */
  private errorAtf(offset: number, msg: string): void {
    this.errh(this.pos + offset, msg);
  }

  private segment(): string {
    return decodeRange(this.src, this.pos, this.chOff);
  }

  // ---- tokens ----

  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;

    for (;;) {
      // skip white space
      const startOff = this.chOff;
      let blank = startOff === 0 || this.src[startOff - 1] === 0x0a;
      while (this.ch === 0x20 || this.ch === 0x09 || (this.ch === 0x0a && !nlsemi) || this.ch === 0x0d) {
        if (this.ch === 0x0a) blank = true;
        this.nextch();
      }
      this.blank = blank;
      this.pos = this.chOff;
      const ch = this.ch;

      if (isLetter(ch) || (ch >= 0x80 && this.atIdentChar(true))) {
        this.nextch();
        this.ident();
        this.end = this.chOff;
        return;
      }

      switch (ch) {
        case EOF:
          if (nlsemi) {
            this.lit = 'EOF';
            this.tok = ';';
            break;
          }
          this.tok = 'EOF';
          break;
        case 0x0a: // \n
          this.nextch();
          this.lit = 'newline';
          this.tok = ';';
          break;
        case 0x30: case 0x31: case 0x32: case 0x33: case 0x34:
        case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
          this.number(false);
          break;
        case 0x22: // "
          this.stdString();
          break;
        case 0x60: // `
          this.rawString();
          break;
        case 0x27: // '
          this.rune();
          break;
        case 0x28:
          this.nextch();
          this.tok = '(';
          break;
        case 0x5b:
          this.nextch();
          this.tok = '[';
          break;
        case 0x7b:
          this.nextch();
          this.tok = '{';
          break;
        case 0x2c:
          this.nextch();
          this.tok = ',';
          break;
        case 0x3b:
          this.nextch();
          this.lit = 'semicolon';
          this.tok = ';';
          break;
        case 0x29:
          this.nextch();
          this.nlsemi = true;
          this.tok = ')';
          break;
        case 0x5d:
          this.nextch();
          this.nlsemi = true;
          this.tok = ']';
          break;
        case 0x7d:
          this.nextch();
          this.nlsemi = true;
          this.tok = '}';
          break;
        case 0x3a: // :
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = ':=';
            break;
          }
          this.tok = ':';
          break;
        case 0x2e: // .
          this.nextch();
          if (isDecimal(this.ch)) {
            this.number(true);
            break;
          }
          if (this.ch === 0x2e && this.src[this.chOff + 1] === 0x2e) {
            this.nextch();
            this.nextch();
            this.tok = '...';
            break;
          }
          this.tok = '.';
          break;
        case 0x2b: // +
          this.nextch();
          this.op = '+';
          this.prec = precAdd;
          if (this.ch !== 0x2b) {
            this.assignop();
            break;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = 'opop';
          break;
        case 0x2d: // -
          this.nextch();
          this.op = '-';
          this.prec = precAdd;
          if (this.ch !== 0x2d) {
            this.assignop();
            break;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = 'opop';
          break;
        case 0x2a: // *
          this.nextch();
          this.op = '*';
          this.prec = precMul;
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'op=';
            break;
          }
          this.tok = '*';
          break;
        case 0x2f: // /
          this.nextch();
          if (this.ch === 0x2f) {
            this.nextch();
            this.lineComment();
            continue;
          }
          if (this.ch === 0x2a) {
            this.nextch();
            const startLineHasNL = this.fullComment();
            if (startLineHasNL && nlsemi) {
              // a multi-line comment acts like a newline
              this.lit = 'newline';
              this.tok = ';';
              break;
            }
            continue;
          }
          this.op = '/';
          this.prec = precMul;
          this.assignop();
          break;
        case 0x25: // %
          this.nextch();
          this.op = '%';
          this.prec = precMul;
          this.assignop();
          break;
        case 0x26: // &
          this.nextch();
          if (this.ch === 0x26) {
            this.nextch();
            this.op = '&&';
            this.prec = precAndAnd;
            this.tok = 'op';
            break;
          }
          this.op = '&';
          this.prec = precMul;
          if (this.ch === 0x5e) {
            this.nextch();
            this.op = '&^';
          }
          this.assignop();
          break;
        case 0x7c: // |
          this.nextch();
          if (this.ch === 0x7c) {
            this.nextch();
            this.op = '||';
            this.prec = precOrOr;
            this.tok = 'op';
            break;
          }
          this.op = '|';
          this.prec = precAdd;
          this.assignop();
          break;
        case 0x5e: // ^
          this.nextch();
          this.op = '^';
          this.prec = precAdd;
          this.assignop();
          break;
        case 0x3c: // <
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.op = '<=';
            this.prec = precCmp;
            this.tok = 'op';
            break;
          }
          if (this.ch === 0x3c) {
            this.nextch();
            this.op = '<<';
            this.prec = precMul;
            this.assignop();
            break;
          }
          if (this.ch === 0x2d) {
            this.nextch();
            this.tok = '<-';
            break;
          }
          this.op = '<';
          this.prec = precCmp;
          this.tok = 'op';
          break;
        case 0x3e: // >
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.op = '>=';
            this.prec = precCmp;
            this.tok = 'op';
            break;
          }
          if (this.ch === 0x3e) {
            this.nextch();
            this.op = '>>';
            this.prec = precMul;
            this.assignop();
            break;
          }
          this.op = '>';
          this.prec = precCmp;
          this.tok = 'op';
          break;
        case 0x3d: // =
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.op = '==';
            this.prec = precCmp;
            this.tok = 'op';
            break;
          }
          this.tok = '=';
          break;
        case 0x21: // !
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.op = '!=';
            this.prec = precCmp;
            this.tok = 'op';
            break;
          }
          this.op = '!';
          this.prec = 0;
          this.tok = 'op';
          break;
        case 0x7e: // ~
          this.nextch();
          this.op = '~';
          this.prec = 0;
          this.tok = 'op';
          break;
        default:
          this.errorf(`invalid character ${formatU(ch)}`);
          this.nextch();
          continue;
      }
      this.end = this.chOff;
      return;
    }
  }

  private assignop(): void {
    if (this.ch === 0x3d) {
      this.nextch();
      this.tok = 'op=';
      return;
    }
    this.tok = 'op';
  }

  private ident(): void {
    while (isLetter(this.ch) || isDecimal(this.ch)) this.nextch();
    if (this.ch >= 0x80) {
      while (this.atIdentChar(false)) this.nextch();
    }
    const lit = this.segment();
    if (lit.length >= 2 && keywords.has(lit)) {
      this.nlsemi = lit === 'break' || lit === 'continue' || lit === 'fallthrough' || lit === 'return';
      this.tok = lit as Token;
      return;
    }
    this.nlsemi = true;
    this.lit = lit;
    this.tok = 'name';
  }

  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch < 0) return false;
    if (isLetter(ch) || (ch >= 0x80 && isUnicodeLetter(ch))) return true;
    if (isDecimal(ch) || (ch >= 0x80 && isUnicodeDigit(ch))) {
      if (first) this.errorf(`identifier cannot begin with digit ${formatU(ch)}`);
      return true;
    }
    if (ch >= 0x80) {
      this.errorf(`invalid character ${formatU(ch)} in identifier`);
      return true;
    }
    return false;
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true;
    this.tok = 'literal';
    this.lit = this.segment();
    this.bad = !ok;
    this.litKind = kind;
  }

  /** Accept { digit | '_' }; returns bit 0 = digits seen, bit 1 = '_' seen. inv[0] records an invalid digit offset. */
  private digits(base: number, inv: number[] | null): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 0x30 + base;
      while (isDecimal(this.ch) || this.ch === 0x5f) {
        let ds = 1;
        if (this.ch === 0x5f) ds = 2;
        else if (this.ch >= max && inv && inv[0] < 0) inv[0] = this.chOff - this.pos;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 0x5f) {
        digsep |= this.ch === 0x5f ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean): void {
    let ok = true;
    let kind: LitKind = 'INT';
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o', 'b'
    let digsep = 0;
    const inv = [-1];

    if (!seenPoint) {
      if (this.ch === 0x30) {
        this.nextch();
        switch (lower(this.ch)) {
          case 0x78: // x
            this.nextch();
            base = 16;
            prefix = 0x78;
            break;
          case 0x6f: // o
            this.nextch();
            base = 8;
            prefix = 0x6f;
            break;
          case 0x62: // b
            this.nextch();
            base = 2;
            prefix = 0x62;
            break;
          default:
            base = 8;
            prefix = 0x30;
            digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, inv);
      if (this.ch === 0x2e) {
        if (prefix === 0x6f || prefix === 0x62) {
          this.errorf(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }

    if (seenPoint) {
      kind = 'FLOAT';
      digsep |= this.digits(base, inv);
    }

    if ((digsep & 1) === 0 && ok) {
      this.errorf(`${baseName(base)} literal has no digits`);
      ok = false;
    }

    const e = lower(this.ch);
    if (e === 0x65 || e === 0x70) {
      if (ok) {
        if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
          this.errorf(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 0x70 && prefix !== 0x78) {
          this.errorf(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = 'FLOAT';
      if (this.ch === 0x2b || this.ch === 0x2d) this.nextch();
      digsep = this.digits(10, null) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.errorf('exponent has no digits');
        ok = false;
      }
    } else if (prefix === 0x78 && kind === 'FLOAT' && ok) {
      this.errorf("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    if (this.ch === 0x69) {
      kind = 'IMAG';
      this.nextch();
    }

    this.setLit(kind, ok);

    if (kind === 'INT' && inv[0] >= 0 && ok) {
      this.errorAtf(inv[0], `invalid digit ${quoteRune(this.lit.charCodeAt(inv[0]))} in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.errorAtf(i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  private rune(): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      if (this.ch === 0x27) {
        if (ok) {
          if (n === 0) {
            this.errorf("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.errorAtf(0, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x27)) ok = false;
        continue;
      }
      if (this.ch === 0x0a) {
        if (ok) {
          this.errorf('newline in rune literal');
          ok = false;
        }
        break;
      }
      if (this.ch < 0) {
        if (ok) {
          this.errorAtf(0, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit('CHAR', ok);
  }

  private stdString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 0x22) {
        this.nextch();
        break;
      }
      if (this.ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x22)) ok = false;
        continue;
      }
      if (this.ch === 0x0a) {
        this.errorf('newline in string');
        ok = false;
        break;
      }
      if (this.ch < 0) {
        this.errorAtf(0, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
  }

  private rawString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 0x60) {
        this.nextch();
        break;
      }
      if (this.ch < 0) {
        this.errorAtf(0, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
    // carriage returns are not part of a raw string's value (go/scanner strips them from the literal)
    if (this.lit.includes('\r')) this.lit = this.lit.replace(/\r/g, '');
  }

  private lineComment(): void {
    // "//" already consumed; don't consume the '\n' (needed for semicolon insertion)
    const start = this.pos;
    const src = this.src;
    while (this.ch >= 0 && this.ch !== 0x0a) {
      // fast path over plain ASCII bytes (NUL and non-ASCII go through nextch for its checks)
      let i = this.chOff + this.chw;
      while (i < src.length) {
        const b = src[i];
        if (b === 0x0a || b === 0 || b >= 0x80) break;
        i++;
      }
      this.chOff = i;
      this.chw = 0;
      this.nextch();
    }
    const end = this.chOff;
    // text excludes a trailing \r
    let textEnd = end;
    if (textEnd > start && this.src[textEnd - 1] === 0x0d) textEnd--;
    this.comments.push({ pos: start, end, text: decodeRange(this.src, start, textEnd), blank: this.blank });
  }

  /** Scan a general comment ("/*" consumed). Returns true if it contains a newline. */
  private fullComment(): boolean {
    const start = this.pos;
    let nl = false;
    for (;;) {
      if (this.ch < 0) {
        this.errorAtf(0, 'comment not terminated');
        break;
      }
      if (this.ch === 0x2a && this.src[this.chOff + 1] === 0x2f) {
        this.nextch();
        this.nextch();
        this.comments.push({ pos: start, end: this.chOff, text: decodeRange(this.src, start, this.chOff) });
        break;
      }
      if (this.ch === 0x0a) nl = true;
      this.nextch();
    }
    return nl;
  }

  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    switch (this.ch) {
      case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
        this.nextch();
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        n = 3; base = 8; max = 255;
        break;
      case 0x78:
        this.nextch();
        n = 2; base = 16; max = 255;
        break;
      case 0x75:
        this.nextch();
        n = 4; base = 16; max = 0x10ffff;
        break;
      case 0x55:
        this.nextch();
        n = 8; base = 16; max = 0x10ffff;
        break;
      default:
        if (this.ch < 0) return true; // caller complains about EOF
        this.errorf('unknown escape');
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true;
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 0x30;
      else if (lower(this.ch) >= 0x61 && lower(this.ch) <= 0x66) d = lower(this.ch) - 0x61 + 10;
      if (d >= base) {
        this.errorf(`invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }
    if (x > max && base === 8) {
      this.errorf(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorf(`escape is invalid Unicode code point ${formatU(x)}`);
      return false;
    }
    return true;
  }
}

/** Decode one UTF-8 rune at src[off]; returns [codepoint, width]; invalid → [0xFFFD, 1]. */
export function decodeRune(src: Uint8Array, off: number): [number, number] {
  const n = src.length;
  const b0 = src[off];
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2) return [0xfffd, 1];
  if (b0 < 0xe0) {
    if (off + 1 >= n) return [0xfffd, 1];
    const b1 = src[off + 1];
    if ((b1 & 0xc0) !== 0x80) return [0xfffd, 1];
    return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  }
  if (b0 < 0xf0) {
    if (off + 2 >= n) return [0xfffd, 1];
    const b1 = src[off + 1];
    const b2 = src[off + 2];
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return [0xfffd, 1];
    if (b0 === 0xe0 && b1 < 0xa0) return [0xfffd, 1];
    if (b0 === 0xed && b1 >= 0xa0) return [0xfffd, 1]; // surrogates
    return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  }
  if (b0 < 0xf5) {
    if (off + 3 >= n) return [0xfffd, 1];
    const b1 = src[off + 1];
    const b2 = src[off + 2];
    const b3 = src[off + 3];
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return [0xfffd, 1];
    if (b0 === 0xf0 && b1 < 0x90) return [0xfffd, 1];
    if (b0 === 0xf4 && b1 >= 0x90) return [0xfffd, 1];
    return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
  }
  return [0xfffd, 1];
}
