// fmt's low-level formatting of one operand (mirrors $GOROOT/src/fmt/format.go): flags, width and
// precision, padding by rune count, integers in every base, %c %q %U, strings and byte slices
// (%s %q %x %X), floats via strconv's algorithm (lib/ftoa.ts) with fmt's sign/#/zero-padding rules.
import { ByteBuf, appendQuoted, appendQuotedRune, canBackquote, encodeRune, isPrint, runeCount, decodeRune, MaxRune, RuneError } from '../lib/bytes.js';
import { formatFloat } from '../lib/ftoa.js';

export const ldigits = '0123456789abcdefx';
export const udigits = '0123456789ABCDEFX';

export class Fmt {
  wid = 0; prec = 0;
  widPresent = false; precPresent = false;
  minus = false; plus = false; sharp = false; space = false; zero = false;
  plusV = false; sharpV = false;

  constructor(public buf: ByteBuf) {}

  clearflags(): void {
    this.wid = 0; this.prec = 0;
    this.widPresent = this.precPresent = false;
    this.minus = this.plus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
  }

  saveFlags(): number[] {
    return [this.wid, this.prec, +this.widPresent, +this.precPresent, +this.minus, +this.plus, +this.sharp,
      +this.space, +this.zero, +this.plusV, +this.sharpV];
  }
  restoreFlags(s: number[]): void {
    [this.wid, this.prec] = s;
    this.widPresent = !!s[2]; this.precPresent = !!s[3]; this.minus = !!s[4]; this.plus = !!s[5];
    this.sharp = !!s[6]; this.space = !!s[7]; this.zero = !!s[8]; this.plusV = !!s[9]; this.sharpV = !!s[10];
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    const c = this.zero && !this.minus ? 0x30 : 0x20;
    for (let i = 0; i < n; i++) this.buf.byte(c);
  }

  /** Appends b padded to the width (by rune count). */
  pad(b: Uint8Array): void {
    if (!this.widPresent || this.wid === 0) { this.buf.bytes(b); return; }
    const width = this.wid - runeCount(b);
    if (!this.minus) { this.writePadding(width); this.buf.bytes(b); }
    else { this.buf.bytes(b); this.writePadding(width); }
  }

  padStr(s: string): void { this.pad(strBytes(s)); }

  fmtBoolean(v: boolean): void { this.padStr(v ? 'true' : 'false'); }

  fmtUnicode(u: bigint | number): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = '';
    const uu = BigInt(u);
    if (this.sharp && uu <= BigInt(MaxRune) && isPrint(Number(uu))) {
      s = " '" + String.fromCodePoint(Number(uu)) + "'";
    }
    let hex = uu.toString(16).toUpperCase();
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    const oldZero = this.zero;
    this.zero = false;
    this.padStr('U+' + hex + s);
    this.zero = oldZero;
  }

  /** fmtInteger: u is the value as a signed or unsigned 64-bit quantity. */
  fmtInteger(u: bigint | number, base: number, isSigned: boolean, verb: number, digits: string): void {
    let neg = false;
    let mag: bigint | number = u;
    if (typeof mag === 'number') {
      if (mag < 0) { if (isSigned) { neg = true; mag = -mag; } else mag = BigInt.asUintN(64, BigInt(mag)); }
    } else {
      if (mag < 0n) { if (isSigned) { neg = true; mag = -mag; } else mag = BigInt.asUintN(64, mag); }
    }
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && (mag === 0 || mag === 0n)) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (neg || this.plus || this.space) prec--;
    }
    let s = mag.toString(base);
    if (digits === udigits && base === 16) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      switch (base) {
        case 2: s = '0b' + s; break;
        case 8: if (s[0] !== '0') s = '0' + s; break;
        case 16: s = '0' + digits[16] + s; break;
      }
    }
    if (verb === 0x4f /* O */) s = '0o' + s;
    if (neg) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    const oldZero = this.zero;
    this.zero = false;
    this.padStr(s);
    this.zero = oldZero;
  }

  truncate(b: Uint8Array): Uint8Array {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < b.length;) {
        n--;
        if (n < 0) return b.subarray(0, i);
        i += b[i] < 0x80 ? 1 : decodeRune(b, i)[1];
      }
    }
    return b;
  }

  fmtS(b: Uint8Array): void { this.pad(this.truncate(b)); }

  fmtSbx(b: Uint8Array, digits: string): void {
    let length = b.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    const out = this.buf;
    if (this.sharp) { out.byte(0x30); out.byte(digits.charCodeAt(16)); }
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out.byte(0x20);
        if (this.sharp) { out.byte(0x30); out.byte(digits.charCodeAt(16)); }
      }
      const c = b[i];
      out.byte(digits.charCodeAt(c >> 4)); out.byte(digits.charCodeAt(c & 15));
    }
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(b: Uint8Array): void {
    b = this.truncate(b);
    if (this.sharp && canBackquote(b)) {
      const q = new ByteBuf();
      q.byte(0x60); q.bytes(b); q.byte(0x60);
      this.pad(q.result());
      return;
    }
    const q = new ByteBuf();
    appendQuoted(q, b, 0x22, this.plus, false);
    this.pad(q.result());
  }

  fmtC(c: bigint | number): void {
    const r = BigInt(c) > BigInt(MaxRune) ? RuneError : Number(c);
    this.pad(encodeRune(r));
  }

  fmtQc(c: bigint | number): void {
    const r = BigInt(c) > BigInt(MaxRune) ? RuneError : Number(c);
    const q = new ByteBuf();
    appendQuotedRune(q, r, this.plus);
    this.pad(q.result());
  }

  fmtFloat(v: number, size: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let s = formatFloat(v, verb, prec, size);
    let num: string;
    if (s[0] === '-' || s[0] === '+') num = s; else num = '+' + s;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.padStr(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
          digits = prec;
          if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false, sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const c = num[i];
        if (c === '.') { hasDecimalPoint = true; continue; }
        if (c === 'p' || c === 'P') { tail = num.slice(i); num = num.slice(0, i); break; }
        if ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X') { tail = num.slice(i); num = num.slice(0, i); break; }
        if (c !== '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      while (digits > 0) { num += '0'; digits--; }
      num += tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf.byte(num.charCodeAt(0));
        this.writePadding(this.wid - num.length);
        this.buf.str(num.slice(1));
        return;
      }
      this.padStr(num);
      return;
    }
    this.padStr(num.slice(1));
  }
}

const enc = new TextEncoder();
export function strBytes(s: string): Uint8Array {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (!ascii) return enc.encode(s);
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
