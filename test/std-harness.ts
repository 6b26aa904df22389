// Test harness for std natives without the compiler: a small simulated memory with a bump
// allocator, hand-built type descriptors (linux/amd64 layouts), and builders that place Go values
// (ints, floats, strings, slices, arrays, structs, pointers, maps in Go 1.23 hmap/bucket layout,
// interfaces) in memory, so natives can be run exactly as compiled code would call them.
import { Kind, type TypeDesc, type MethodDesc } from '../src/runtime/type.js';
import type { NativeRuntime, MemoryViews } from '../src/std/abi.js';
import { stWord } from '../src/std/abi.js';

export class FakeRuntime implements NativeRuntime {
  buf = new ArrayBuffer(1 << 22);
  m: MemoryViews;
  types: (TypeDesc | undefined)[] = [undefined];
  funcs: any[] = [];
  itabs: any[] = [undefined];
  stackHi = 1 << 21;
  heapBase = 1 << 20;
  private top = 1 << 21; // heap bump pointer (above the fake stack)
  out: Uint8Array[] = [];
  [extra: string]: any;

  constructor() {
    const b = this.buf;
    this.m = { u8: new Uint8Array(b), i8: new Int8Array(b), u16: new Uint16Array(b), i16: new Int16Array(b),
      u32: new Uint32Array(b), i32: new Int32Array(b), f32: new Float32Array(b), f64: new Float64Array(b) };
  }
  mallocgc(size: number, _td: TypeDesc | null, _needzero: boolean): number {
    const p = this.top;
    this.top += Math.max(8, (size + 7) & ~7);
    this.m.u8.fill(0, p, p + size);
    return p;
  }
  callGo(csp: number, fnIndex: number, _ctx: number, argsSize: number, writeArgs: ((b: number) => void) | null, scalarArgs: unknown[]) {
    const sp = csp - 64 - argsSize;
    const argBase = sp + 8;
    this.m.u8.fill(0, argBase, argBase + argsSize);
    if (writeArgs) writeArgs(argBase);
    const ret = this.funcs[fnIndex].fn(sp, 0, ...scalarArgs);
    return { ret, argBase };
  }
  write(fd: number, bytes: Uint8Array): void { this.out.push(bytes.slice()); }
  /** Frees everything allocated since construction (tests reuse one runtime). */
  reset(): void { this.top = 1 << 21; }
  output(): string { return new TextDecoder().decode(Buffer.concat(this.out)); }

  register(td: TypeDesc): TypeDesc {
    if (!td.id) { td.id = this.types.length; this.types.push(td); }
    return td;
  }
}

function base(kind: Kind, size: number, align: number, str: string, extra: Partial<TypeDesc> = {}): TypeDesc {
  return { id: 0, kind, size, align, fieldAlign: align, ptrdata: 0, ptrs: new Int32Array(0), str,
    name: '', pkgPath: '', named: false, ...extra } as TypeDesc;
}

/** The type descriptors used by the tests (registered in rt.types). */
export function makeTypes(rt: FakeRuntime) {
  const r = (t: TypeDesc) => rt.register(t);
  const named = (kind: Kind, size: number, str: string) => r(base(kind, size, Math.min(size, 8) || 1, str, { name: str, named: true }));
  const T: Record<string, TypeDesc> = {};
  T.int = named(Kind.Int, 8, 'int'); T.int8 = named(Kind.Int8, 1, 'int8'); T.int16 = named(Kind.Int16, 2, 'int16');
  T.int32 = named(Kind.Int32, 4, 'int32'); T.int64 = named(Kind.Int64, 8, 'int64');
  T.uint = named(Kind.Uint, 8, 'uint'); T.uint8 = named(Kind.Uint8, 1, 'uint8'); T.uint16 = named(Kind.Uint16, 2, 'uint16');
  T.uint32 = named(Kind.Uint32, 4, 'uint32'); T.uint64 = named(Kind.Uint64, 8, 'uint64'); T.uintptr = named(Kind.Uintptr, 8, 'uintptr');
  T.float32 = named(Kind.Float32, 4, 'float32'); T.float64 = named(Kind.Float64, 8, 'float64');
  T.complex128 = r(base(Kind.Complex128, 16, 8, 'complex128', { named: true, name: 'complex128' }));
  T.string = r(base(Kind.String, 16, 8, 'string', { named: true, name: 'string' }));
  T.bool = named(Kind.Bool, 1, 'bool');
  T.any = r(base(Kind.Interface, 16, 8, 'interface {}', { imethods: [] }));
  const strFn = r(base(Kind.Func, 8, 8, 'func() string', { params: [], results: [T.string] }));
  const meth = (name: string, idx: number): MethodDesc => ({ name, type: strFn, ifn: idx, tfn: idx });
  T['[]int'] = r(base(Kind.Slice, 24, 8, '[]int', { elem: T.int }));
  T['[]string'] = r(base(Kind.Slice, 24, 8, '[]string', { elem: T.string }));
  T['[]byte'] = r(base(Kind.Slice, 24, 8, '[]uint8', { elem: T.uint8 }));
  T['[]any'] = r(base(Kind.Slice, 24, 8, '[]interface {}', { elem: T.any }));
  T['[3]int'] = r(base(Kind.Array, 24, 8, '[3]int', { elem: T.int, len: 3 }));
  T.MyInt = r(base(Kind.Int, 8, 8, 'main.MyInt', { named: true, name: 'MyInt', pkgPath: 'main' }));
  T.S = r(base(Kind.String, 16, 8, 'main.S', { named: true, name: 'S', pkgPath: 'main', methods: [meth('String', 1)] }));
  T['[]Stringer'] = r(base(Kind.Slice, 24, 8, '[]main.S', { elem: T.S }));
  T.struct = r(base(Kind.Struct, 24, 8, 'main.T', { named: true, name: 'T', pkgPath: 'main', fields: [
    { name: 'A', type: T.int, offset: 0, embedded: false, exported: true, tag: '' },
    { name: 'b', type: T.string, offset: 8, embedded: false, exported: false, tag: '' }] }));
  T['*struct'] = r(base(Kind.Pointer, 8, 8, '*main.T', { elem: T.struct }));
  T.structS = r(base(Kind.Struct, 32, 8, 'main.U', { named: true, name: 'U', pkgPath: 'main', fields: [
    { name: 'P', type: T.S, offset: 0, embedded: false, exported: true, tag: '' },
    { name: 'q', type: T.S, offset: 16, embedded: false, exported: false, tag: '' }] }));
  T['*int'] = r(base(Kind.Pointer, 8, 8, '*int', { elem: T.int }));
  const errStruct = r(base(Kind.Struct, 16, 8, 'errors.errorString', { named: true, name: 'errorString', pkgPath: 'errors',
    fields: [{ name: 's', type: T.string, offset: 0, embedded: false, exported: false, tag: '' }] }));
  T.error = r(base(Kind.Pointer, 8, 8, '*errors.errorString', { elem: errStruct, methods: [meth('Error', 0)] }));
  T['map[string]int'] = r(base(Kind.Map, 8, 8, 'map[string]int', { key: T.string, elem: T.int }));
  T['map[int]string'] = r(base(Kind.Map, 8, 8, 'map[int]string', { key: T.int, elem: T.string }));
  return T;
}

const enc = new TextEncoder();

/** Builds Go values in the fake runtime's memory from the JSON case specs of testdata/std. */
export class ValueBuilder {
  constructor(readonly rt: FakeRuntime, readonly T: Record<string, TypeDesc>) {}

  str(dst: number, s: string | Uint8Array): void {
    const b = typeof s === 'string' ? latin1OrUtf8(s) : s;
    const p = b.length ? this.rt.mallocgc(b.length, null, false) : 0;
    this.rt.m.u8.set(b, p);
    stWord(this.rt.m, dst, p); stWord(this.rt.m, dst + 8, b.length);
  }

  /** Writes value v of type t at address a. */
  store(t: string, v: any, a: number): void {
    const m = this.rt.m;
    switch (t) {
      case 'int': case 'int64': case 'MyInt': case 'uint': case 'uint64': case 'uintptr':
        stWord(m, a, BigInt(v)); return;
      case 'int8': m.i8[a] = v; return;
      case 'uint8': m.u8[a] = v; return;
      case 'int16': m.i16[a >> 1] = v; return;
      case 'uint16': m.u16[a >> 1] = v; return;
      case 'int32': m.i32[a >> 2] = v; return;
      case 'uint32': m.u32[a >> 2] = v; return;
      case 'float64': m.f64[a >> 3] = num(v); return;
      case 'float32': m.f32[a >> 2] = num(v); return;
      case 'complex128': m.f64[a >> 3] = v[0]; m.f64[(a + 8) >> 3] = v[1]; return;
      case 'bool': m.u8[a] = v ? 1 : 0; return;
      case 'string': case 'Stringer': this.str(a, v); return;
      case '[3]int': v.forEach((x: number, i: number) => stWord(m, a + 8 * i, x)); return;
      case '[]int': case '[]string': case '[]byte': case '[]any': case '[]Stringer': {
        if (v === null) { stWord(m, a, 0); stWord(m, a + 8, 0); stWord(m, a + 16, 0); return; }
        const et = { '[]int': 'int', '[]string': 'string', '[]byte': 'uint8', '[]any': 'any', '[]Stringer': 'Stringer' }[t]!;
        const size = { int: 8, string: 16, uint8: 1, any: 16, Stringer: 16 }[et]!;
        const p = this.rt.mallocgc(size * v.length, null, true);
        v.forEach((x: any, i: number) => et === 'any' ? this.eface(x, p + 16 * i) : this.store(et, x, p + size * i));
        stWord(m, a, p); stWord(m, a + 8, v.length); stWord(m, a + 16, v.length);
        return;
      }
      case 'struct': stWord(m, a, v[0]); this.str(a + 8, v[1]); return;
      case 'structS': this.str(a, v[0]); this.str(a + 16, v[1]); return;
      case '*struct': { const p = this.rt.mallocgc(24, null, true); this.store('struct', v, p); stWord(m, a, p); return; }
      case '*int': stWord(m, a, 0); return;
      case 'error': { const p = this.rt.mallocgc(16, null, true); this.str(p, v); stWord(m, a, p); return; }
      case 'map[string]int': case 'map[int]string': {
        if (v === null) { stWord(m, a, 0); return; }
        const [kt, et] = t === 'map[string]int' ? ['string', 'int'] : ['int', 'string'];
        const ks = kt === 'string' ? 16 : 8, es = et === 'string' ? 16 : 8;
        const h = this.rt.mallocgc(48, null, true);
        const bsize = 8 + 8 * ks + 8 * es + 8;
        const b = this.rt.mallocgc(bsize, null, true);
        stWord(m, h, v.length); m.u8[h + 9] = 0; stWord(m, h + 16, b);
        v.forEach(([k, e]: [any, any], i: number) => {
          m.u8[b + i] = 5 + i;
          this.store(kt, k, b + 8 + i * ks);
          this.store(et, e, b + 8 + 8 * ks + i * es);
        });
        stWord(m, a, h);
        return;
      }
    }
    throw new Error('store: unknown type ' + t);
  }

  typeOf(t: string): TypeDesc {
    const map: Record<string, string> = { Stringer: 'S' };
    return this.T[map[t] ?? t];
  }

  /** Writes an eface holding spec {t, v} at a. */
  eface(spec: { t: string; v?: any }, a: number): void {
    const m = this.rt.m;
    if (spec.t === 'nil') { stWord(m, a, 0); stWord(m, a + 8, 0); return; }
    const td = this.typeOf(spec.t);
    stWord(m, a, td.id);
    const direct = td.kind === Kind.Pointer || td.kind === Kind.Map;
    if (direct) { this.store(spec.t, spec.v, a + 8); return; }
    const p = this.rt.mallocgc(td.size, td, true);
    this.store(spec.t, spec.v, p);
    stWord(m, a + 8, p);
  }

  /** Writes a []any of the specs; returns the address of the slice header. */
  args(specs: { t: string; v?: any }[]): number {
    const hdr = this.rt.mallocgc(24, null, true);
    const p = specs.length ? this.rt.mallocgc(16 * specs.length, null, true) : 0;
    specs.forEach((s, i) => this.eface(s, p + 16 * i));
    stWord(this.rt.m, hdr, p); stWord(this.rt.m, hdr + 8, specs.length); stWord(this.rt.m, hdr + 16, specs.length);
    return hdr;
  }
}

function num(v: any): number {
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === 'nan') return NaN;
  if (v === '-0') return -0;
  return v;
}

/** Go string literal semantics of the generator: U+00FF stands for the raw byte 0xff. */
function latin1OrUtf8(s: string): Uint8Array {
  const parts = s.split('\u00ff');
  const chunks: number[] = [];
  parts.forEach((p, i) => { if (i > 0) chunks.push(0xff); chunks.push(...enc.encode(p)); });
  return Uint8Array.from(chunks);
}
