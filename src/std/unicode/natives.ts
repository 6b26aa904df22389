// Natives of package unicode (src/std/unicode/*.go): category tests and case mappings for runes
// outside Latin-1, answered with JS Unicode property escapes (Unicode 15, like Go 1.23).
import { readString, type NativeFn, type NativeRuntime } from '../abi.js';
import { isGraphic, isPrint, validRune } from '../lib/bytes.js';

const re = (p: string) => new RegExp('^' + p + '$', 'u');
const tests: Record<string, RegExp> = {
  isLetter: re('\\p{L}'), isDigit: re('\\p{Nd}'), isNumber: re('\\p{N}'), isSpace: re('\\p{White_Space}'),
  isUpper: re('\\p{Lu}'), isLower: re('\\p{Ll}'), isTitle: re('\\p{Lt}'), isPunct: re('\\p{P}'),
  isControl: re('\\p{Cc}'), isMark: re('\\p{M}'), isSymbol: re('\\p{S}'),
};

/** Simple (one rune to one rune) case mapping via JS; runes with multi-rune mappings map to themselves. */
function mapCase(r: number, f: (s: string) => string): number {
  if (!validRune(r)) return r;
  const s = f(String.fromCodePoint(r));
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : r;
}

const propCache = new Map<string, RegExp>();

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  // func inProp(prop string, r rune) bool
  out.inProp = (csp: number, _x: number, r: number) => {
    if (!validRune(r)) return false;
    const prop = readString(rt.m, csp + 8);
    let rx = propCache.get(prop);
    if (!rx) { rx = new RegExp('^\\p{' + prop + '}$', 'u'); propCache.set(prop, rx); }
    return rx.test(String.fromCodePoint(r));
  };
  for (const [name, rx] of Object.entries(tests)) {
    out[name] = (_csp: number, _ctx: number, r: number) => validRune(r) && rx.test(String.fromCodePoint(r));
  }
  out.isPrint = (_c: number, _x: number, r: number) => isPrint(r);
  out.isGraphic = (_c: number, _x: number, r: number) => isGraphic(r);
  out.toUpper = (_c: number, _x: number, r: number) => mapCase(r, s => s.toUpperCase());
  out.toLower = (_c: number, _x: number, r: number) => mapCase(r, s => s.toLowerCase());
  out.toTitle = (_c: number, _x: number, r: number) => {
    // titlecase differs from uppercase only for a few digraphs (DŽ → ǅ …)
    const t: Record<number, number> = { 0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8,
      0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2 };
    return t[r] ?? mapCase(r, s => s.toUpperCase());
  };
  return out;
}
