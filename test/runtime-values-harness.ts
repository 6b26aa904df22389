// Test harness for the runtime-values tests: a minimal stand-in for the core Runtime (a Memory, a
// bump allocator that rounds like Go's size classes and counts Mallocs/TotalAlloc, type/func tables)
// with attachValueOps installed, plus TypeDesc builders. Lets these tests run independently of the core.

import { Memory } from '../src/runtime/memory.js';
import { Kind } from '../src/runtime/type.js';
import type { TypeDesc, FuncInfo, FieldDesc } from '../src/runtime/type.js';
import { attachValueOps } from '../src/runtime/ops.js';
import type { ValueRuntime, Itab } from '../src/runtime/ops.js';
import { roundupsize } from '../src/runtime/slice.js';
import { initValueStatics } from '../src/runtime/iface.js';

export class MockRuntime implements ValueRuntime {
  m = new Memory(1 << 22);
  types: TypeDesc[] = [undefined as unknown as TypeDesc];
  funcs: FuncInfo[] = [undefined as unknown as FuncInfo];
  itabs: Itab[] = [undefined as unknown as Itab];
  seed = 12345;
  mallocs = 0;
  totalAlloc = 0;
  top = 0;
  zerobase = 0;
  stackHi = 0;
  stderr: number[] = [];
  roots = new Set<number>();
  [k: string]: any;

  constructor() {
    attachValueOps(this);
    this.zerobase = this.m.allocStatic(8, 8);
    initValueStatics(this);
    this.top = this.m.fixHeapBase();
    // A fake goroutine stack for native calls: 64 KiB at the start of the heap.
    this.top += 65536;
    this.stackHi = this.top - 64;
  }

  mallocgc(size: number, td: TypeDesc | null, _needzero: boolean): number {
    if (size === 0) return this.zerobase;
    const noscan = !td || td.ptrdata === 0;
    // Go 1.22+: scan objects > 512 B carry an 8-byte malloc header inside their slot.
    const n = !noscan && size > 512 && size <= 32760 ? roundupsize(size + 8, true) : roundupsize(size, noscan);
    const p = (this.top + 15) & ~15;
    this.top = p + n;
    this.m.ensure(this.top);
    this.m.u8.fill(0, p, p + n);
    this.mallocs++;
    this.totalAlloc += n;
    return p;
  }

  newobject(td: TypeDesc): number { return this.mallocgc(td.size, td, true); }

  write(fd: number, bytes: Uint8Array): void { if (fd === 2) this.stderr.push(...bytes); }

  addRoot(a: number): void { this.roots.add(a); }
  removeRoot(a: number): void { this.roots.delete(a); }

  /** Scratch memory (never freed). */
  scratch(n: number): number { return this.mallocgc(Math.max(n, 8), null, true); }

  stderrText(): string { return Buffer.from(this.stderr).toString('utf8'); }

  register(t: TypeDesc): TypeDesc {
    t.id = this.types.length;
    this.types.push(t);
    return t;
  }
}

/** Calls an entry point by name (as emitted code would: $rt.name(...)). */
export function op(rt: MockRuntime, name: string, ...args: unknown[]): any {
  return (rt as any)[name](...args);
}

function td(rt: MockRuntime, o: Partial<TypeDesc> & { kind: Kind; size: number; str: string }): TypeDesc {
  const ptrs = o.ptrs ?? new Int32Array(0);
  const t = {
    id: 0, align: Math.min(8, Math.max(1, o.size)), fieldAlign: 0, ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0,
    name: '', pkgPath: '', named: false, ...o, ptrs,
  } as TypeDesc;
  t.fieldAlign = t.align;
  return rt.register(t);
}

export function basic(rt: MockRuntime, kind: Kind, name: string, size: number): TypeDesc {
  return td(rt, { kind, size, str: name, name, named: true, align: size });
}

export function stringType(rt: MockRuntime): TypeDesc {
  return td(rt, { kind: Kind.String, size: 16, str: 'string', name: 'string', named: true, align: 8, ptrs: Int32Array.of(0) });
}

export function sliceOf(rt: MockRuntime, elem: TypeDesc): TypeDesc {
  return td(rt, { kind: Kind.Slice, size: 24, str: '[]' + elem.str, elem, align: 8, ptrs: Int32Array.of(0) });
}

export function ptrTo(rt: MockRuntime, elem: TypeDesc): TypeDesc {
  return td(rt, { kind: Kind.Pointer, size: 8, str: '*' + elem.str, elem, align: 8, ptrs: Int32Array.of(0) });
}

export function mapOf(rt: MockRuntime, key: TypeDesc, elem: TypeDesc): TypeDesc {
  return td(rt, { kind: Kind.Map, size: 8, str: 'map[' + key.str + ']' + elem.str, key, elem, align: 8, ptrs: Int32Array.of(0) });
}

export function arrayOf(rt: MockRuntime, elem: TypeDesc, len: number): TypeDesc {
  const ptrs: number[] = [];
  for (let i = 0; i < len; i++) for (const o of elem.ptrs) ptrs.push(i * elem.size + o);
  return td(rt, { kind: Kind.Array, size: elem.size * len, str: `[${len}]` + elem.str, elem, len, align: elem.align, ptrs: Int32Array.from(ptrs) });
}

export function structOf(rt: MockRuntime, str: string, fields: [string, TypeDesc][], named = ''): TypeDesc {
  let off = 0, align = 1;
  const fs: FieldDesc[] = [];
  const ptrs: number[] = [];
  for (const [name, type] of fields) {
    off = Math.ceil(off / type.align) * type.align;
    fs.push({ name, type, offset: off, embedded: false, exported: /^[A-Z]/.test(name), tag: '' });
    for (const o of type.ptrs) ptrs.push(off + o);
    off += type.size;
    align = Math.max(align, type.align);
  }
  const size = Math.ceil(off / align) * align;
  return td(rt, {
    kind: Kind.Struct, size, str: named ? 'main.' + named : str, fields: fs, align, ptrs: Int32Array.from(ptrs),
    name: named, pkgPath: named ? 'main' : '', named: !!named,
  });
}

export function namedOf(rt: MockRuntime, base: TypeDesc, name: string): TypeDesc {
  return td(rt, { ...base, id: 0, str: 'main.' + name, name, pkgPath: 'main', named: true, methods: [] } as any);
}

export function ifaceOf(rt: MockRuntime, str: string, imethods: { name: string; type: TypeDesc }[]): TypeDesc {
  return td(rt, { kind: Kind.Interface, size: 16, str, imethods, align: 8, ptrs: Int32Array.of(8) });
}

export function funcType(rt: MockRuntime, str: string): TypeDesc {
  return td(rt, { kind: Kind.Func, size: 8, str, align: 8, ptrs: Int32Array.of(0) });
}

/** Writes a Go string (bytes in fresh memory) at dst. */
export function putString(rt: MockRuntime, dst: number, s: string): void {
  op(rt, 'makeStringFromJS', dst, s);
}

export function getString(rt: MockRuntime, addr: number): string {
  return rt.m.readString(addr);
}

export function i64(rt: MockRuntime, a: number): number {
  return rt.m.i32[(a >>> 2) + 1] * 4294967296 + rt.m.u32[a >>> 2];
}

export function setI64(rt: MockRuntime, a: number, v: number): void {
  const lo = v >>> 0;
  rt.m.u32[a >>> 2] = lo;
  rt.m.i32[(a >>> 2) + 1] = Math.floor((v - lo) / 4294967296);
}
