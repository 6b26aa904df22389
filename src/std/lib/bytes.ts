// Byte-level helpers shared by the natives: a growable byte buffer, Go's UTF-8 decoding rules
// (mirrors $GOROOT/src/unicode/utf8/utf8.go: invalid bytes decode as RuneError of width 1), and
// unicode.IsPrint/IsGraphic via JS Unicode property escapes.

export class ByteBuf {
  b = new Uint8Array(64);
  n = 0;
  private grow(k: number): void {
    if (this.n + k <= this.b.length) return;
    let c = this.b.length * 2;
    while (c < this.n + k) c *= 2;
    const nb = new Uint8Array(c);
    nb.set(this.b.subarray(0, this.n));
    this.b = nb;
  }
  byte(c: number): void { this.grow(1); this.b[this.n++] = c; }
  bytes(x: Uint8Array): void { this.grow(x.length); this.b.set(x, this.n); this.n += x.length; }
  /** Appends an ASCII-only JS string (or any string, UTF-8 encoded). */
  str(s: string): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
    if (ascii) {
      this.grow(s.length);
      for (let i = 0; i < s.length; i++) this.b[this.n++] = s.charCodeAt(i);
    } else this.bytes(encoder.encode(s));
  }
  rune(r: number): void { this.bytes(encodeRune(r)); }
  result(): Uint8Array { return this.b.subarray(0, this.n); }
  truncate(n: number): void { this.n = n; }
}

const encoder = new TextEncoder();

export const RuneError = 0xfffd;
export const MaxRune = 0x10ffff;

/** utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** utf8.EncodeRune (invalid runes encode as RuneError). */
export function encodeRune(r: number): Uint8Array {
  if (r >= 0 && r < 0x80) return Uint8Array.of(r);
  if (!validRune(r)) r = RuneError;
  if (r < 0x800) return Uint8Array.of(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return Uint8Array.of(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return Uint8Array.of(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** utf8.DecodeRune on b[i:end]: [rune, width]; invalid → [RuneError, 1]; empty → [RuneError, 0]. */
export function decodeRune(b: Uint8Array, i: number, end = b.length): [number, number] {
  if (i >= end) return [RuneError, 0];
  const c0 = b[i];
  if (c0 < 0x80) return [c0, 1];
  const n = end - i;
  if (c0 < 0xc2 || c0 > 0xf4) return [RuneError, 1];
  if (c0 < 0xe0) {
    if (n < 2) return [RuneError, 1];
    const c1 = b[i + 1];
    if ((c1 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((c0 & 0x1f) << 6) | (c1 & 0x3f), 2];
  }
  if (c0 < 0xf0) {
    if (n < 2) return [RuneError, 1];
    const c1 = b[i + 1];
    const lo = c0 === 0xe0 ? 0xa0 : 0x80, hi = c0 === 0xed ? 0x9f : 0xbf;
    if (c1 < lo || c1 > hi) return [RuneError, 1];
    if (n < 3) return [RuneError, 1];
    const c2 = b[i + 2];
    if ((c2 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3];
  }
  if (n < 2) return [RuneError, 1];
  const c1 = b[i + 1];
  const lo = c0 === 0xf0 ? 0x90 : 0x80, hi = c0 === 0xf4 ? 0x8f : 0xbf;
  if (c1 < lo || c1 > hi) return [RuneError, 1];
  if (n < 3) return [RuneError, 1];
  const c2 = b[i + 2];
  if ((c2 & 0xc0) !== 0x80) return [RuneError, 1];
  if (n < 4) return [RuneError, 1];
  const c3 = b[i + 3];
  if ((c3 & 0xc0) !== 0x80) return [RuneError, 1];
  return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 4];
}

/** utf8.RuneCount of b[i:end]. */
export function runeCount(b: Uint8Array, i = 0, end = b.length): number {
  let n = 0;
  while (i < end) {
    if (b[i] < 0x80) i++;
    else i += decodeRune(b, i, end)[1];
    n++;
  }
  return n;
}

const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const graphicRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;

/** strconv.IsPrint / unicode.IsPrint: L, M, N, P, S and ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (!validRune(r)) return false;
  return printRe.test(String.fromCodePoint(r));
}

/** unicode.IsGraphic: L, M, N, P, S, Zs. */
export function isGraphic(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (!validRune(r)) return false;
  return graphicRe.test(String.fromCodePoint(r));
}

const lowerhex = '0123456789abcdef';

function appendEscapedRune(out: ByteBuf, r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): void {
  if (r === quote || r === 0x5c) { out.byte(0x5c); out.byte(r); return; }
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) { out.byte(r); return; }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) { out.rune(r); return; }
  switch (r) {
    case 7: out.str('\\a'); return;
    case 8: out.str('\\b'); return;
    case 12: out.str('\\f'); return;
    case 10: out.str('\\n'); return;
    case 13: out.str('\\r'); return;
    case 9: out.str('\\t'); return;
    case 11: out.str('\\v'); return;
  }
  if (r < 0x20 || r === 0x7f) { out.str('\\x' + lowerhex[(r >> 4) & 15] + lowerhex[r & 15]); return; }
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) out.str('\\u' + r.toString(16).padStart(4, '0'));
  else out.str('\\U' + r.toString(16).padStart(8, '0'));
}

/** strconv.AppendQuote / AppendQuoteToASCII / AppendQuoteToGraphic on bytes s. */
export function appendQuoted(out: ByteBuf, s: Uint8Array, quote: number, asciiOnly: boolean, graphicOnly: boolean): void {
  out.byte(quote);
  for (let i = 0; i < s.length;) {
    let r = s[i], w = 1;
    if (r >= 0x80) [r, w] = decodeRune(s, i);
    if (w === 1 && r === RuneError) {
      out.str('\\x' + lowerhex[s[i] >> 4] + lowerhex[s[i] & 15]);
      i++;
      continue;
    }
    appendEscapedRune(out, r, quote, asciiOnly, graphicOnly);
    i += w;
  }
  out.byte(quote);
}

/** strconv.AppendQuoteRune family. */
export function appendQuotedRune(out: ByteBuf, r: number, asciiOnly: boolean, graphicOnly = false): void {
  out.byte(0x27);
  if (!validRune(r)) r = RuneError;
  appendEscapedRune(out, r, 0x27, asciiOnly, graphicOnly);
  out.byte(0x27);
}

/** strconv.CanBackquote. */
export function canBackquote(s: Uint8Array): boolean {
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRune(s, i);
    i += w;
    if (w > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}
