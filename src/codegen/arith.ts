// Integer and float arithmetic with Go's exact semantics on JS values (ARCHITECTURE.md §2):
// ≤32-bit via |0, >>>0, Math.imul and masks; 64-bit via the canonical number-or-bigint helpers of
// the prelude; float32 via Math.fround; division by zero and negative shift counts panic.
// Mirrors the generic lowering rules of cmd/compile/internal/ssagen (ssa.go) for each op and width.

import type { NumKind } from './layout.js';

/** Normalises a 32-bit-ish JS expression to kind k. */
export function norm(k: NumKind, e: string): string {
  switch (k) {
    case 'i8': return `((${e}) << 24 >> 24)`;
    case 'u8': return `((${e}) & 255)`;
    case 'i16': return `((${e}) << 16 >> 16)`;
    case 'u16': return `((${e}) & 65535)`;
    case 'i32': return `((${e}) | 0)`;
    case 'u32': return `((${e}) >>> 0)`;
    default: return e;
  }
}

const is64 = (k: NumKind) => k === 'i64' || k === 'u64';
const isF = (k: NumKind) => k === 'f32' || k === 'f64';
const isU = (k: NumKind) => k === 'u8' || k === 'u16' || k === 'u32' || k === 'u64';

export function widthOf(k: NumKind): number {
  switch (k) {
    case 'i8': case 'u8': return 8;
    case 'i16': case 'u16': return 16;
    case 'i32': case 'u32': case 'f32': return 32;
    default: return 64;
  }
}

/** a op b for numeric kind k (op one of + - * / % & | ^ &^). */
export function arith(op: string, k: NumKind, a: string, b: string): string {
  if (isF(k)) {
    const r = `(${a} ${op} ${b})`;
    return k === 'f32' ? `Math.fround${r}` : r;
  }
  if (is64(k)) {
    const u = k === 'u64' ? 'u' : '';
    const name = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'and', '|': 'or', '^': 'xor', '&^': 'andn' }[op];
    return `$${name}${u}(${a}, ${b})`;
  }
  switch (op) {
    case '+': case '-': return norm(k, `${a} ${op} ${b}`);
    case '*': return norm(k === 'i32' ? 'i32' : k, `Math.imul(${a}, ${b})`);
    case '/': return isU(k) ? norm(k, `$divu32(${a}, ${b})`) : norm(k, `$div32(${a}, ${b})`);
    case '%': return isU(k) ? `$remu32(${a}, ${b})` : `$rem32(${a}, ${b})`;
    case '&': return k === 'u32' ? `((${a} & ${b}) >>> 0)` : `(${a} & ${b})`;
    case '|': return k === 'u32' ? `((${a} | ${b}) >>> 0)` : `(${a} | ${b})`;
    case '^': return k === 'u32' ? `((${a} ^ ${b}) >>> 0)` : `(${a} ^ ${b})`;
    case '&^': return k === 'u32' ? `((${a} & ~${b}) >>> 0)` : `(${a} & ~${b})`;
  }
  throw new Error('codegen: bad arith op ' + op);
}

/** Shift a << s or a >> s; sk is the count's kind, sConst its constant value if known. */
export function shift(op: '<<' | '>>', k: NumKind, a: string, s: string, sk: NumKind, sConst: number | null): string {
  const w = widthOf(k);
  if (sConst !== null) {
    if (is64(k)) {
      return op === '<<' ? `$shl${k === 'u64' ? 'u' : ''}(${a}, ${sConst})` : `$shr${k === 'u64' ? 'u' : ''}(${a}, ${sConst})`;
    }
    if (op === '<<') return sConst >= w ? '0' : norm(k, `${a} << ${sConst}`);
    if (isU(k)) return sConst >= w ? '0' : (k === 'u32' ? `(${a} >>> ${sConst})` : `(${a} >> ${sConst})`);
    return `(${a} >> ${Math.min(sConst, 31)})`;
  }
  // Dynamic count: negative (signed count types) panics; huge counts saturate.
  let cnt = s;
  if (!isU(sk)) cnt = `$shcount(${cnt})`;
  if (is64(k)) return op === '<<' ? `$shl${k === 'u64' ? 'u' : ''}(${a}, ${cnt})` : `$shr${k === 'u64' ? 'u' : ''}(${a}, ${cnt})`;
  if (is64(sk)) cnt = `$shc(${cnt})`;
  if (op === '<<') return norm(k, `$shl32(${a}, ${cnt})`);
  if (isU(k)) return k === 'u32' ? `$shr32u(${a}, ${cnt})` : `$shr32u(${a}, ${cnt})`;
  return `$shr32(${a}, ${cnt})`;
}

export function negate(k: NumKind, a: string): string {
  if (isF(k)) return `(-${a})`;
  if (k === 'i64') return `$neg(${a})`;
  if (k === 'u64') return `$negu(${a})`;
  return norm(k, `-${a}`);
}

export function complement(k: NumKind, a: string): string {
  if (k === 'i64') return `$not(${a})`;
  if (k === 'u64') return `$notu(${a})`;
  if (k === 'u32') return `(~${a} >>> 0)`;
  if (k === 'u8') return `(~${a} & 255)`;
  if (k === 'u16') return `(~${a} & 65535)`;
  return `(~${a})`;
}

/** Converts JS value a of numeric kind from to kind to. */
export function convertNum(from: NumKind, to: NumKind, a: string): string {
  if (from === to) return a;
  if (to === 'bool' || from === 'bool') return a;
  if (isF(to)) {
    if (isF(from)) return to === 'f32' ? `Math.fround(${a})` : a;
    if (is64(from)) return to === 'f32' ? `$tof32(${a})` : `Number(${a})`;
    return to === 'f32' ? `Math.fround(${a})` : a;
  }
  if (isF(from)) {
    if (to === 'i64') return `$f2i(${a})`;
    if (to === 'u64') return `$f2u(${a})`;
    if (to === 'u32') return `$u32($f2i(${a}))`;
    return norm(to, `$f2i32(${a})`);
  }
  // integer → integer
  if (is64(from)) {
    if (to === 'i64') return `$u2i(${a})`;
    if (to === 'u64') return `$i2u(${a})`;
    if (to === 'u32') return `$u32(${a})`;
    return norm(to, `$i32(${a})`);
  }
  // from ≤32-bit (normalised number)
  if (to === 'i64') return a; // sign- or zero-extension is the same number
  if (to === 'u64') return isU(from) ? a : `$i2u(${a})`;
  if (to === 'u32') return `(${a} >>> 0)`;
  if (to === 'i32') return `(${a} | 0)`;
  return norm(to, a);
}
