// literal.ts — values of Go literals from their source text: string literal → bytes, rune literal →
// code point, integer literal → bigint (the parts of strconv.Unquote / go/constant the checker needs).

const enc = new TextEncoder();

function pushUTF8(out: number[], r: number): void {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  if (r < 0x80) out.push(r);
  else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  else out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/**
 * Decode the body of a quoted literal (between the quotes). Each element is either a byte (escape
 * \x / octal: `isByte`) or a code point. Malformed escapes (already reported by the scanner) are
 * decoded leniently.
 */
function decodeBody(body: string, emit: (v: number, isByte: boolean) => void): void {
  let i = 0;
  while (i < body.length) {
    const c = body.codePointAt(i)!;
    if (c !== 0x5c) {
      emit(c, false);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    switch (e) {
      case 'a': emit(7, false); break;
      case 'b': emit(8, false); break;
      case 'f': emit(12, false); break;
      case 'n': emit(10, false); break;
      case 'r': emit(13, false); break;
      case 't': emit(9, false); break;
      case 'v': emit(11, false); break;
      case '\\': emit(0x5c, false); break;
      case "'": emit(0x27, false); break;
      case '"': emit(0x22, false); break;
      case 'x': {
        emit(parseInt(body.slice(i, i + 2), 16) & 0xff, true);
        i += 2;
        break;
      }
      case 'u': {
        emit(parseInt(body.slice(i, i + 4), 16), false);
        i += 4;
        break;
      }
      case 'U': {
        emit(parseInt(body.slice(i, i + 8), 16), false);
        i += 8;
        break;
      }
      default:
        if (e !== undefined && e >= '0' && e <= '7') {
          emit(parseInt(body.slice(i - 1, i + 2), 8) & 0xff, true);
          i += 2;
        } else if (e !== undefined) {
          emit(e.codePointAt(0)!, false);
        }
    }
  }
}

/** The bytes of a string literal's value; `lit` is the literal source text ("..." or `...`). */
export function unquoteString(lit: string): Uint8Array {
  if (lit.length >= 1 && lit[0] === '`') {
    let body = lit.slice(1, lit.length >= 2 && lit.endsWith('`') ? -1 : undefined);
    if (body.includes('\r')) body = body.replace(/\r/g, '');
    return enc.encode(body);
  }
  const body = lit.slice(1, lit.length >= 2 && lit.endsWith('"') ? -1 : undefined);
  // fast path: no escapes
  if (!body.includes('\\')) return enc.encode(body);
  const out: number[] = [];
  decodeBody(body, (v, isByte) => {
    if (isByte) out.push(v);
    else pushUTF8(out, v);
  });
  return Uint8Array.from(out);
}

/** The value of a string literal as a JS string (only meaningful when the bytes are valid UTF-8). */
export function unquoteStringText(lit: string): string {
  return new TextDecoder().decode(unquoteString(lit));
}

/** The code point of a rune literal ('a', '\n', '\x41', '\u00e9', '世'). */
export function unquoteRune(lit: string): number {
  const body = lit.slice(1, lit.length >= 2 && lit.endsWith("'") ? -1 : undefined);
  let v = 0xfffd;
  let seen = false;
  decodeBody(body, (c) => {
    if (!seen) v = c;
    seen = true;
  });
  return v;
}

/** The value of an integer literal (decimal, 0x, 0o, 0b, legacy octal 0777, `_` separators). */
export function intLitValue(lit: string): bigint {
  let s = lit.replace(/_/g, '');
  if (s.length > 1 && s[0] === '0') {
    const p = s[1].toLowerCase();
    if (p === 'x') return BigInt('0x' + s.slice(2));
    if (p === 'o') return BigInt('0o' + s.slice(2));
    if (p === 'b') return BigInt('0b' + s.slice(2));
    return BigInt('0o' + s.slice(1));
  }
  return BigInt(s);
}

/**
 * The exact value of an integer or floating-point literal as a reduced fraction num/den (den > 0).
 * For an imaginary literal (`1.5i`) this is the value of its imaginary part. Handles decimal and
 * hexadecimal mantissas (`0x1.8p-3`), exponents, legacy octal integers and `_` separators.
 */
export function ratLitValue(lit: string): { num: bigint; den: bigint } {
  let s = lit.replace(/_/g, '');
  const imag = s.endsWith('i');
  if (imag) s = s.slice(0, -1);
  const lower = s.toLowerCase();
  if (lower.startsWith('0b') || lower.startsWith('0o') || (!imag && /^0[0-7]*$/.test(s) && s.length > 1)) {
    return { num: intLitValue(s), den: 1n };
  }
  // an imaginary literal like 0123i is decimal (legacy octal only applies to integers)
  let num: bigint;
  let den = 1n;
  if (lower.startsWith('0x')) {
    const body = lower.slice(2);
    const pIdx = body.indexOf('p');
    const mant = pIdx >= 0 ? body.slice(0, pIdx) : body;
    const exp = pIdx >= 0 ? parseInt(body.slice(pIdx + 1), 10) : 0;
    const dot = mant.indexOf('.');
    const digits = mant.replace('.', '');
    const fracDigits = dot >= 0 ? mant.length - dot - 1 : 0;
    num = digits === '' ? 0n : BigInt('0x' + digits);
    let e2 = exp - 4 * fracDigits;
    if (e2 >= 0) num <<= BigInt(e2);
    else den = 1n << BigInt(-e2);
  } else {
    const eIdx = lower.indexOf('e');
    const mant = eIdx >= 0 ? lower.slice(0, eIdx) : lower;
    const exp = eIdx >= 0 ? parseInt(lower.slice(eIdx + 1), 10) : 0;
    const dot = mant.indexOf('.');
    const digits = mant.replace('.', '');
    const fracDigits = dot >= 0 ? mant.length - dot - 1 : 0;
    num = digits === '' ? 0n : BigInt(digits);
    const e10 = exp - fracDigits;
    if (e10 >= 0) num *= 10n ** BigInt(e10);
    else den = 10n ** BigInt(-e10);
  }
  const g = gcd(num < 0n ? -num : num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return { num, den };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
