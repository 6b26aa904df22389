// Natives of reflect's type constructors (src/std/reflect/typeof.go) and PointerTo's method set:
// runtime type descriptors built with the compiler's layout rules (mirrors the layout parts of
// $GOROOT/src/reflect/type.go ArrayOf/MapOf/StructOf/ptrTo). An existing descriptor of the same
// type is reused, so a constructed type is identical to the compiler's.
import { Kind, type FieldDesc, type MethodDesc, type TypeDesc } from '../../runtime/type.js';
import { ldWord, readString, type NativeFn, type NativeRuntime } from '../abi.js';
import { ByteBuf, appendQuoted } from '../lib/bytes.js';
import { isDirectIface } from '../lib/values.js';

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** strconv.Quote of a tag (for struct type strings). */
function quote(s: string): string {
  const out = new ByteBuf();
  appendQuoted(out, new TextEncoder().encode(s), 0x22, false, false);
  return new TextDecoder().decode(out.result());
}

export function typeOfNatives(rt: NativeRuntime, td: (id: number | bigint) => TypeDesc): Record<string, NativeFn> {
  const register = (t: TypeDesc): TypeDesc => {
    if (typeof rt.registerTypes === 'function') rt.registerTypes([t]);
    else { t.id = rt.types.length; rt.types.push(t); }
    return t;
  };
  const find = (ok: (t: TypeDesc) => boolean): TypeDesc | undefined => {
    for (const t of rt.types) if (t && !t.named && ok(t)) return t;
    return undefined;
  };

  const arrayOf = (n: number, e: TypeDesc): TypeDesc => {
    const hit = find(t => t.kind === Kind.Array && t.len === n && t.elem === e);
    if (hit) return hit;
    const ptrs: number[] = [];
    if (e.ptrdata > 0) for (let i = 0; i < n; i++) for (const o of e.ptrs) ptrs.push(i * e.size + o);
    return register({
      id: 0, kind: Kind.Array, size: e.size * n, align: e.align, fieldAlign: e.fieldAlign,
      ptrdata: e.ptrdata > 0 && n > 0 ? (n - 1) * e.size + e.ptrdata : 0, ptrs: Int32Array.from(ptrs),
      str: '[' + n + ']' + e.str, name: '', pkgPath: '', named: false, elem: e, len: n,
    });
  };

  const mapOf = (k: TypeDesc, e: TypeDesc): TypeDesc => {
    const hit = find(t => t.kind === Kind.Map && t.key === k && t.elem === e);
    if (hit) return hit;
    return register({
      id: 0, kind: Kind.Map, size: 8, align: 8, fieldAlign: 8, ptrdata: 8, ptrs: Int32Array.of(0),
      str: 'map[' + k.str + ']' + e.str, name: '', pkgPath: '', named: false, key: k, elem: e,
    });
  };

  type F = { name: string; pkgPath: string; type: TypeDesc; tag: string; embedded: boolean };
  const structOf = (fs: F[]): TypeDesc => {
    const same = (t: TypeDesc) => t.kind === Kind.Struct && (t.fields ?? []).length === fs.length &&
      fs.every((f, i) => {
        const g = t.fields![i];
        return g.name === f.name && g.type === f.type && (g.tag ?? '') === f.tag && g.embedded === f.embedded &&
          g.exported === (f.pkgPath === '');
      });
    const hit = find(same);
    if (hit) return hit;
    let off = 0, align = 1, lastZero = -1;
    const fields: (FieldDesc & { pkgPath: string })[] = [];
    const ptrs: number[] = [];
    for (const f of fs) {
      off = alignUp(off, Math.max(1, f.type.align));
      for (const o of f.type.ptrs) ptrs.push(off + o);
      fields.push({ name: f.name, type: f.type, offset: off, embedded: f.embedded, exported: f.pkgPath === '',
        tag: f.tag, pkgPath: f.pkgPath });
      off += f.type.size;
      align = Math.max(align, f.type.align);
      if (f.type.size === 0) lastZero = off;
    }
    // a zero-size last field gets a byte of padding (a pointer to it must not point past the object)
    if (off > 0 && lastZero === off) off++;
    const size = alignUp(off, align);
    const parts = fs.map(f => (f.embedded ? '' : f.name + ' ') + f.type.str + (f.tag !== '' ? ' ' + quote(f.tag) : ''));
    const str = parts.length === 0 ? 'struct {}' : 'struct { ' + parts.join('; ') + ' }';
    const last = ptrs.length ? ptrs[ptrs.length - 1] : -1;
    return register({
      id: 0, kind: Kind.Struct, size, align, fieldAlign: align, ptrdata: last >= 0 ? last + 8 : 0,
      ptrs: Int32Array.from(ptrs), str, name: '', pkgPath: fs.find(f => f.pkgPath !== '')?.pkgPath ?? '',
      named: false, fields,
    });
  };

  return {
    // func typeAssignable(dst int, src int) bool: a value of type src is assignable to dst (not an
    // interface): identical types, or one of them unnamed with identical underlying types
    // (Go's directlyAssignable), or a bidirectional channel to a channel type of the same elem.
    typeAssignable(_csp: number, _c: number, dst: number, src: number): boolean {
      const T = td(dst), V = td(src);
      if (T === V) return true;
      if ((T.named && V.named) || T.kind !== V.kind) return false;
      if (T.kind === Kind.Chan && V.dir === 3 && identical(T.elem!, V.elem!)) return true;
      return sameStructure(T, V);
    },
    // func arrayOf(length int, elem int) int
    arrayOf(_csp: number, _c: number, n: number, elem: number): number { return arrayOf(Number(n), td(elem)).id; },
    // func mapOf(key int, elem int) int
    mapOf(_csp: number, _c: number, key: number, elem: number): number { return mapOf(td(key), td(elem)).id; },
    // func structOf(names []string, pkgPaths []string, types []int, tags []string, embedded []bool) int
    structOf(csp: number): number {
      const a = csp + 8, m = rt.m;
      const n = ldWord(m, a + 8);
      const names = m.u32[a >>> 2], pkgs = m.u32[(a + 24) >>> 2], types = m.u32[(a + 48) >>> 2];
      const tags = m.u32[(a + 72) >>> 2], emb = m.u32[(a + 96) >>> 2];
      const fs: F[] = [];
      for (let i = 0; i < n; i++) {
        fs.push({ name: readString(m, names + 16 * i), pkgPath: readString(m, pkgs + 16 * i),
          type: td(ldWord(m, types + 8 * i)), tag: readString(m, tags + 16 * i), embedded: m.u8[emb + i] !== 0 });
      }
      return structOf(fs).id;
    },
  };
}

/** Type identity over descriptors: the same descriptor, or two unnamed descriptors of one type. */
function identical(a: TypeDesc, b: TypeDesc): boolean {
  if (a === b) return true;
  if (a.named || b.named) return false;
  return sameStructure(a, b);
}

/** Identical underlying types of a and b (their own names ignored). */
function sameStructure(a: TypeDesc, b: TypeDesc): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case Kind.Array: return a.len === b.len && identical(a.elem!, b.elem!);
    case Kind.Slice: case Kind.Pointer: return identical(a.elem!, b.elem!);
    case Kind.Chan: return (a.dir ?? 3) === (b.dir ?? 3) && identical(a.elem!, b.elem!);
    case Kind.Map: return identical(a.key!, b.key!) && identical(a.elem!, b.elem!);
    case Kind.Func: {
      const pa = a.params ?? [], pb = b.params ?? [], ra = a.results ?? [], rb = b.results ?? [];
      return !!a.variadic === !!b.variadic && pa.length === pb.length && ra.length === rb.length &&
        pa.every((t, i) => identical(t, pb[i])) && ra.every((t, i) => identical(t, rb[i]));
    }
    case Kind.Struct: {
      const fa = a.fields ?? [], fb = b.fields ?? [];
      return fa.length === fb.length && fa.every((f, i) => {
        const g = fb[i];
        return f.name === g.name && f.embedded === g.embedded && (f.tag ?? '') === (g.tag ?? '') &&
          f.exported === g.exported && identical(f.type, g.type);
      });
    }
    case Kind.Interface: {
      const ma = a.imethods ?? [], mb = b.imethods ?? [];
      return ma.length === mb.length && ma.every((m, i) => m.name === mb[i].name && identical(m.type, mb[i].type));
    }
    default: return true; // basic kinds
  }
}

/**
 * The method set of *T for a pointer type derived at run time (PointerTo of a type whose *T the
 * program never mentions): T's value methods, called through T's interface form, which for a type
 * that is not pointer-shaped already takes *T (the compiler's (*T).M wrapper).
 */
export function derivedPtrMethods(e: TypeDesc): MethodDesc[] {
  if (isDirectIface(e)) return [];
  return (e.methods ?? []).map(m => ({ name: m.name, type: m.type, ifn: m.ifn, tfn: m.ifn }));
}
