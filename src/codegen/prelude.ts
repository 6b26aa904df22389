// The JS helpers every emitted module starts with: 64-bit integer arithmetic on the canonical
// number-or-bigint representation (same semantics as src/runtime/int64.ts, inlined here so the hot
// paths are module-local functions V8 can inline), 64-bit loads/stores, narrow-int shifts,
// bounds checks, conversions, and the write-barrier stores (ARCHITECTURE.md §5.1): $wbp (one
// pointer word), $wbmv1 / $wbmvt (a typed copy with one / several pointer words), $wbz1 / $wbzt
// (typed clears); each tests $rt.writeBarrier first, so off-mark a store costs one flag test.
// Mirrors the arithmetic lowering of cmd/compile/internal/ssagen and its writebarrier pass.

/** JS text of the helpers; expects `$rt` and defines `$m`. */
export const PRELUDE = String.raw`
const $m = $rt.m;
const $MS = 9007199254740991;
const $T32 = 4294967296;
function $big(v) { return typeof v === 'bigint' ? v : BigInt(v); }
function $canon(v) { return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v; }
function $w64(v) { return $canon(BigInt.asIntN(64, v)); }
function $wu64(v) { return $canon(BigInt.asUintN(64, v)); }
function $ld64(a) { const lo = $m.u32[a >>> 2], hi = $m.i32[(a + 4) >>> 2]; if (hi > -2097152 && hi < 2097152) return hi * $T32 + lo; return $canon((BigInt(hi) << 32n) | BigInt(lo)); }
function $ldu64(a) { const lo = $m.u32[a >>> 2], hi = $m.u32[(a + 4) >>> 2]; if (hi < 2097152) return hi * $T32 + lo; return (BigInt(hi) << 32n) | BigInt(lo); }
function $st64(a, v) { if (typeof v === 'number') { const lo = v >>> 0; $m.u32[a >>> 2] = lo; $m.i32[(a + 4) >>> 2] = (v - lo) / $T32; } else { $m.u32[a >>> 2] = Number(v & 0xffffffffn); $m.u32[(a + 4) >>> 2] = Number((v >> 32n) & 0xffffffffn); } }
function $stp(a, p) { $m.u32[a >>> 2] = p; $m.u32[(a + 4) >>> 2] = 0; }
function $add(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r >= -$MS && r <= $MS) return r; } return $w64($big(a) + $big(b)); }
function $sub(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r >= -$MS && r <= $MS) return r; } return $w64($big(a) - $big(b)); }
function $mul(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r >= -$MS && r <= $MS) return r === 0 ? 0 : r; } return $w64($big(a) * $big(b)); }
function $div(a, b) { if (b === 0) $rt.panicdivide(); if (typeof a === 'number' && typeof b === 'number') { const r = Math.trunc(a / b); if (Number.isSafeInteger(r)) { const m = a - r * b; if (Number.isSafeInteger(m) && Math.abs(m) < Math.abs(b) && (m === 0 || Math.sign(m) === Math.sign(a))) return r === 0 ? 0 : r; } } return $w64($big(a) / $big(b)); }
function $rem(a, b) { if (b === 0) $rt.panicdivide(); if (typeof a === 'number' && typeof b === 'number') { const r = a % b; return r === 0 ? 0 : r; } return $w64($big(a) % $big(b)); }
function $neg(a) { if (typeof a === 'number') return a === 0 ? 0 : -a; return $w64(-a); }
function $and(a, b) { if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b; return $w64($big(a) & $big(b)); }
function $or(a, b) { if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b; return $w64($big(a) | $big(b)); }
function $xor(a, b) { if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b; return $w64($big(a) ^ $big(b)); }
function $andn(a, b) { if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & ~b; return $w64($big(a) & ~$big(b)); }
function $not(a) { if (typeof a === 'number') return -a - 1; return $w64(~a); }
function $shc(s) { if (typeof s === 'bigint') return s >= 64n ? 64 : Number(s); return s >= 64 ? 64 : s; }
function $shl(a, s) { const n = $shc(s); if (n >= 64) return 0; if (typeof a === 'number' && n < 31 && (a | 0) === a) { const r = a * (1 << n); if (r >= -$MS && r <= $MS) return r; } return $w64($big(a) << BigInt(n)); }
function $shr(a, s) { const n = $shc(s); if (typeof a === 'number') { if ((a | 0) === a) return a >> (n > 31 ? 31 : n); if (n >= 64) return a < 0 ? -1 : 0; return Math.floor(a / Math.pow(2, n)); } return $canon(a >> BigInt(n > 63 ? 63 : n)); }
function $addu(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r >= 0 && r <= $MS) return r; } return $wu64($big(a) + $big(b)); }
function $subu(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r >= 0 && r <= $MS) return r; } return $wu64($big(a) - $big(b)); }
function $mulu(a, b) { if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= $MS) return r; } return $wu64($big(a) * $big(b)); }
function $divu(a, b) { if (b === 0) $rt.panicdivide(); if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b); return $canon($big(a) / $big(b)); }
function $remu(a, b) { if (b === 0) $rt.panicdivide(); if (typeof a === 'number' && typeof b === 'number') return a % b; return $canon($big(a) % $big(b)); }
function $negu(a) { return a === 0 ? 0 : $wu64(-$big(a)); }
function $andu(a, b) { if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a & b; return $canon($big(a) & $big(b)); }
function $oru(a, b) { if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a | b; return $canon($big(a) | $big(b)); }
function $xoru(a, b) { if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b; return $canon($big(a) ^ $big(b)); }
function $andnu(a, b) { if (typeof a === 'number' && typeof b === 'number' && a <= 0x7fffffff && b <= 0x7fffffff) return a & ~b; return $canon($big(a) & ~$big(b)); }
function $notu(a) { return $wu64(~$big(a)); }
function $shlu(a, s) { const n = $shc(s); if (n >= 64) return 0; if (typeof a === 'number' && n < 31) { const r = a * (1 << n); if (r <= $MS) return r; } return $wu64($big(a) << BigInt(n)); }
function $shru(a, s) { const n = $shc(s); if (n >= 64) return 0; if (typeof a === 'number') { if (a <= 0x7fffffff) return n > 31 ? 0 : a >>> n; return Math.floor(a / Math.pow(2, n)); } return $canon(a >> BigInt(n)); }
function $i32(v) { return typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, v)); }
function $u32(v) { return typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v)); }
function $i2u(v) { if (typeof v === 'number') return v >= 0 ? v : $canon(BigInt(v) + 18446744073709551616n); return v >= 0n ? v : $canon(v + 18446744073709551616n); }
function $u2i(v) { return typeof v === 'number' ? v : $canon(BigInt.asIntN(64, v)); }
function $f2i(f) { const t = Math.trunc(f); if (t >= -$MS && t <= $MS) return t === 0 ? 0 : t; if (!(t >= -9223372036854775808 && t < 9223372036854775808)) return -9223372036854775808n; return BigInt(t); }
function $f2u(f) { if (f < 9223372036854775808) return $i2u($f2i(f)); if (f < 18446744073709551616) return $canon(BigInt(Math.trunc(f))); return 9223372036854775808n; }
function $f2i32(f) { const t = Math.trunc(f); return t >= -2147483648 && t <= 2147483647 ? t | 0 : -2147483648; }
function $tof32(v) { if (typeof v === 'number') return Math.fround(v); const neg = v < 0n; let m = neg ? -v : v; const bits = m.toString(2).length; if (bits > 24) { const d = BigInt(bits - 24); const rest = m & ((1n << d) - 1n); m >>= d; const h = 1n << (d - 1n); if (rest > h || (rest === h && (m & 1n) === 1n)) m += 1n; m <<= d; } const f = Number(m); return Math.fround(neg ? -f : f); }
function $shcount(s) { if (s < 0) $rt.panicshift(); return s; }
function $shl32(a, s) { return s >= 32 ? 0 : a << s; }
function $shr32(a, s) { return a >> (s >= 32 ? 31 : s); }
function $shr32u(a, s) { return s >= 32 ? 0 : a >>> s; }
function $idx(i, n) { if (i >= 0 && i < n) return i; $rt.panicIndex(i, n); }
function $nil(p) { if (p === 0) $rt.panicnil(); return p; }
function $zero(a, n) { $m.u8.fill(0, a, a + n); }
function $mv(d, s, n) { if (d === s) return; if (((d | s | n) & 3) === 0 && n <= 64 && (d + n <= s || s + n <= d)) { const u = $m.u32; d >>>= 2; s >>>= 2; n >>>= 2; for (let i = 0; i < n; i++) u[d + i] = u[s + i]; return; } $m.u8.copyWithin(d, s, s + n); }
function $mv8(d, s) { const u = $m.u32; d >>>= 2; s >>>= 2; u[d] = u[s]; u[d + 1] = u[s + 1]; }
function $mv16(d, s) { const u = $m.u32; d >>>= 2; s >>>= 2; const a = u[s], b = u[s + 1], c = u[s + 2], e = u[s + 3]; u[d] = a; u[d + 1] = b; u[d + 2] = c; u[d + 3] = e; }
function $eqmem(a, b, n) { for (let i = 0; i < n; i++) if ($m.u8[a + i] !== $m.u8[b + i]) return false; return true; }
function $streq(a, b) { const n = $m.u32[(a + 8) >>> 2]; if (n !== $m.u32[(b + 8) >>> 2]) return false; const p = $m.u32[a >>> 2], q = $m.u32[b >>> 2]; if (p === q) return true; for (let i = 0; i < n; i++) if ($m.u8[p + i] !== $m.u8[q + i]) return false; return true; }
function $strcmp(a, b) { const n = $m.u32[(a + 8) >>> 2], k = $m.u32[(b + 8) >>> 2], p = $m.u32[a >>> 2], q = $m.u32[b >>> 2]; const l = n < k ? n : k; for (let i = 0; i < l; i++) { const x = $m.u8[p + i], y = $m.u8[q + i]; if (x !== y) return x < y ? -1 : 1; } return n < k ? -1 : n > k ? 1 : 0; }
function $sts(a, p, n) { $m.u32[a >>> 2] = p; $m.u32[(a + 4) >>> 2] = 0; $m.u32[(a + 8) >>> 2] = n; $m.u32[(a + 12) >>> 2] = 0; }
function $stsl(a, p, n, c) { $m.u32[a >>> 2] = p; $m.u32[(a + 4) >>> 2] = 0; $m.u32[(a + 8) >>> 2] = n; $m.u32[(a + 12) >>> 2] = 0; $m.u32[(a + 16) >>> 2] = c; $m.u32[(a + 20) >>> 2] = 0; }
function $len(v) { if (typeof v === 'bigint' || v > 4294967295) return 4294967296; return v; }
`;
export const PRELUDE2 = String.raw`
function $mv24(d, s) { const u = $m.u32; d >>>= 2; s >>>= 2; for (let i = 0; i < 6; i++) u[d + i] = u[s + i]; }
function $fmin(a, b) { if (a !== a || b !== b) return NaN; if (a === 0 && b === 0) return Object.is(a, -0) ? a : b; return a < b ? a : b; }
function $fmax(a, b) { if (a !== a || b !== b) return NaN; if (a === 0 && b === 0) return Object.is(a, -0) ? b : a; return a > b ? a : b; }
function $div32(a, b) { if (b === 0) $rt.panicdivide(); return (a / b) | 0; }
function $rem32(a, b) { if (b === 0) $rt.panicdivide(); return (a % b) | 0; }
function $divu32(a, b) { if (b === 0) $rt.panicdivide(); return (a / b) >>> 0; }
function $remu32(a, b) { if (b === 0) $rt.panicdivide(); return a % b; }
`;
export const PRELUDE3 = String.raw`
function $uslice(d, p, n, es) { if (n < 0) $rt.panicunsafeslicelen(); if (p === 0 && n > 0) $rt.panicunsafeslicenilptr(); if (typeof n === 'bigint' || n * es > 281474976710656) $rt.panicunsafeslicelen(); $stsl(d, p, n, n); }
function $ustring(d, p, n) { if (n < 0) $rt.panicunsafestringlen(); if (p === 0 && n > 0) $rt.panicunsafestringnilptr(); if (typeof n === 'bigint' || n > 281474976710656) $rt.panicunsafestringlen(); $sts(d, p, n); }
function $slicestr(d, s, lo, hi) { const n = $m.u32[(s + 8) >>> 2]; if (!(hi >= 0 && hi <= n)) $rt.panicSliceAlen(hi, n); if (!(lo >= 0 && lo <= hi)) $rt.panicSliceB(lo, hi); const l = hi - lo; $sts(d, l === 0 ? $m.u32[s >>> 2] : $m.u32[s >>> 2] + lo, l); }
function $slice2(d, p, len, cap, lo, hi, es, a) { if (!(hi >= 0 && hi <= cap)) { if (a) $rt.panicSliceAlen(hi, cap); $rt.panicSliceAcap(hi, cap); } if (!(lo >= 0 && lo <= hi)) $rt.panicSliceB(lo, hi); const c = cap - lo; $stsl(d, c === 0 ? p : p + lo * es, hi - lo, c); }
function $wbp(a, v) { if ($rt.writeBarrier) $rt.gcWriteBarrier(a, v); $m.u32[a >>> 2] = v; }
function $wbmv1(d, s, n, o) { if ($rt.writeBarrier) $rt.gcWriteBarrier(d + o, $m.u32[(s + o) >>> 2]); if (n === 16) $mv16(d, s); else if (n === 8) $mv8(d, s); else $mv(d, s, n); }
function $wbmvt(d, s, n, td) { if ($rt.writeBarrier) $rt.gcBulkBarrier(d, s, n, td); $mv(d, s, n); }
function $wbz1(a, n, o) { if ($rt.writeBarrier) $rt.gcWriteBarrier(a + o, 0); $zero(a, n); }
function $wbzt(a, n, td) { if ($rt.writeBarrier) $rt.gcBulkBarrier(a, 0, n, td); $zero(a, n); }
function $slice3(d, p, cap, lo, hi, mx, es, a) { if (!(mx >= 0 && mx <= cap)) { if (a) $rt.panicSlice3Alen(mx, cap); $rt.panicSlice3Acap(mx, cap); } if (!(hi >= 0 && hi <= mx)) $rt.panicSlice3B(hi, mx); if (!(lo >= 0 && lo <= hi)) $rt.panicSlice3C(lo, hi); const c = mx - lo; $stsl(d, c === 0 ? p : p + lo * es, hi - lo, c); }
`;
