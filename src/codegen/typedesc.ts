// Runtime type descriptors for the emitted module (ARCHITECTURE.md §4, src/runtime/type.ts): one
// TypeDesc per distinct Go type the program needs, with reflect's type strings, pointer maps and
// method tables. Mirrors cmd/compile/internal/reflectdata/reflect.go (writeType, methods, imethods)
// and reflect's (*rtype).String format.

import { BasicKind, ChanDir, underlying, type Type, type Named, type Signature } from '../types/types.js';
import { methodSet, hasPtrRecv } from '../types/lookup.js';
import type { Func } from '../types/objects.js';
import { sizeof, alignof, structOffsets, ptrOffsets } from './layout.js';
import { Code, jsStr } from './emitter.js';
import { localTypeInfo } from './localtypes.js';
import type { LocalInstance } from './subst.js';

// reflect.Kind numbering (src/runtime/type.ts Kind).
const K = {
  Bool: 1, Int: 2, Int8: 3, Int16: 4, Int32: 5, Int64: 6, Uint: 7, Uint8: 8, Uint16: 9, Uint32: 10, Uint64: 11,
  Uintptr: 12, Float32: 13, Float64: 14, Complex64: 15, Complex128: 16, Array: 17, Chan: 18, Func: 19,
  Interface: 20, Map: 21, Pointer: 22, Slice: 23, String: 24, Struct: 25, UnsafePointer: 26,
} as const;

function basicKind(k: BasicKind): number {
  switch (k) {
    case BasicKind.Bool: case BasicKind.UntypedBool: return K.Bool;
    case BasicKind.Int: case BasicKind.UntypedInt: return K.Int;
    case BasicKind.Int8: return K.Int8;
    case BasicKind.Int16: return K.Int16;
    case BasicKind.Int32: case BasicKind.UntypedRune: return K.Int32;
    case BasicKind.Int64: return K.Int64;
    case BasicKind.Uint: return K.Uint;
    case BasicKind.Uint8: return K.Uint8;
    case BasicKind.Uint16: return K.Uint16;
    case BasicKind.Uint32: return K.Uint32;
    case BasicKind.Uint64: return K.Uint64;
    case BasicKind.Uintptr: return K.Uintptr;
    case BasicKind.Float32: return K.Float32;
    case BasicKind.Float64: case BasicKind.UntypedFloat: return K.Float64;
    case BasicKind.Complex64: return K.Complex64;
    case BasicKind.Complex128: case BasicKind.UntypedComplex: return K.Complex128;
    case BasicKind.String: case BasicKind.UntypedString: return K.String;
    case BasicKind.UnsafePointer: return K.UnsafePointer;
    default: return K.UnsafePointer;
  }
}

export function kindOf(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return basicKind(u.basicKind);
    case 'Pointer': return K.Pointer;
    case 'Slice': return K.Slice;
    case 'Array': return K.Array;
    case 'Map': return K.Map;
    case 'Chan': return K.Chan;
    case 'Struct': return K.Struct;
    case 'Signature': return K.Func;
    case 'Interface': return K.Interface;
    default: return K.UnsafePointer;
  }
}

function basicName(k: BasicKind, name: string): string {
  switch (k) {
    case BasicKind.UnsafePointer: return 'unsafe.Pointer';
    case BasicKind.UntypedBool: return 'bool';
    case BasicKind.UntypedInt: return 'int';
    case BasicKind.UntypedRune: return 'int32';
    case BasicKind.UntypedFloat: return 'float64';
    case BasicKind.UntypedComplex: return 'complex128';
    case BasicKind.UntypedString: return 'string';
    case BasicKind.Uint8: return 'uint8';
    case BasicKind.Int32: return 'int32';
    default: return name;
  }
}

function quoteTag(s: string): string { return JSON.stringify(s); }

/** The reflect-format string of t (what %T prints). */
export function rtypeString(t: Type): string {
  switch (t.kind) {
    case 'Basic': return basicName(t.basicKind, t.name);
    case 'Named': {
      const o = t.obj;
      if (!o.pkg) return o.name; // error, comparable
      return o.pkg.name + '.' + o.name + typeArgsString(t);
    }
    case 'Pointer': return '*' + rtypeString(t.elem);
    case 'Slice': return '[]' + rtypeString(t.elem);
    case 'Array': return `[${t.len}]` + rtypeString(t.elem);
    case 'Map': return `map[${rtypeString(t.key)}]${rtypeString(t.elem)}`;
    case 'Chan': return (t.dir === ChanDir.RecvOnly ? '<-chan ' : t.dir === ChanDir.SendOnly ? 'chan<- ' : 'chan ') + rtypeString(t.elem);
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      const fs = t.fields.map((f, i) => {
        let s = f.embedded ? rtypeString(f.type!) : f.name + ' ' + rtypeString(f.type!);
        if (t.tag(i)) s += ' ' + quoteTag(t.tag(i));
        return s;
      });
      return 'struct { ' + fs.join('; ') + ' }';
    }
    case 'Signature': return 'func' + sigString(t);
    case 'Interface': {
      const ms = t.allMethods;
      if (ms.length === 0) return 'interface {}';
      return 'interface { ' + ms.map((m) => m.name + sigString(m.type as Signature)).join('; ') + ' }';
    }
    case 'Tuple': return '(' + t.vars.map((v) => rtypeString(v.type!)).join(', ') + ')';
    default: return t.kind;
  }
}

/** `[A,B]` of an instance: type arguments as link names (cmd/compile's LinkString); for a local
 *  type of a generic function instance, the function's (implicit) arguments first, then `;`. */
function typeArgsString(t: Named): string {
  const imp = (t as LocalInstance).implicitArgs ?? [];
  if (!imp.length && !t.typeArgs.length) return '';
  const a = imp.map(linkString).join(',');
  const b = t.typeArgs.map(linkString).join(',');
  return '[' + (imp.length && t.typeArgs.length ? a + ';' + b : a + b) + ']';
}

/** rtypeString, except that local types carry their `·N` number (localtypes.ts). */
function linkString(t: Type): string {
  switch (t.kind) {
    case 'Named': {
      const o = t.obj;
      if (!o.pkg) return o.name;
      const li = localTypeInfo(o);
      return o.pkg.name + '.' + o.name + typeArgsString(t) + (li ? '·' + li.gen : '');
    }
    case 'Pointer': return '*' + linkString(t.elem);
    case 'Slice': return '[]' + linkString(t.elem);
    case 'Array': return `[${t.len}]` + linkString(t.elem);
    case 'Map': return `map[${linkString(t.key)}]${linkString(t.elem)}`;
    case 'Chan': return (t.dir === ChanDir.RecvOnly ? '<-chan ' : t.dir === ChanDir.SendOnly ? 'chan<- ' : 'chan ') + linkString(t.elem);
    default: return rtypeString(t);
  }
}

function sigString(s: Signature): string {
  const ps = s.params.vars.map((v, i) => (s.variadic && i === s.params.vars.length - 1 && v.type!.kind === 'Slice')
    ? '...' + rtypeString(v.type!.elem) : rtypeString(v.type!));
  let r = '(' + ps.join(', ') + ')';
  const rs = s.results.vars;
  if (rs.length === 1) r += ' ' + rtypeString(rs[0].type!);
  else if (rs.length > 1) r += ' (' + rs.map((v) => rtypeString(v.type!)).join(', ') + ')';
  return r;
}

let namedIds = new WeakMap<object, number>();
let namedNext = 1;
function namedId(o: object): number {
  let i = namedIds.get(o);
  if (i === undefined) { i = namedNext++; namedIds.set(o, i); }
  return i;
}

/** A structural identity key: identical types get equal keys. */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case 'Basic': return 'B' + basicName(t.basicKind, t.name);
    case 'Named': {
      const imp = (t as LocalInstance).implicitArgs;
      return 'N' + namedId(t.orig.obj) + (imp ? '{' + imp.map(typeKey).join(',') + '}' : '') +
        (t.typeArgs.length ? '[' + t.typeArgs.map(typeKey).join(',') + ']' : '');
    }
    case 'Pointer': return '*' + typeKey(t.elem);
    case 'Slice': return '[]' + typeKey(t.elem);
    case 'Array': return `[${t.len}]` + typeKey(t.elem);
    case 'Map': return `map[${typeKey(t.key)}]${typeKey(t.elem)}`;
    case 'Chan': return `chan${t.dir}(${typeKey(t.elem)})`;
    case 'Struct': return 'struct{' + t.fields.map((f, i) => (f.embedded ? '!' : '') + (f.exported() ? f.name : f.id()) + ' ' + typeKey(f.type!) + ' ' + JSON.stringify(t.tag(i))).join(';') + '}';
    case 'Signature': return 'func(' + t.params.vars.map((v) => typeKey(v.type!)).join(',') + (t.variadic ? '...' : '') + ')(' + t.results.vars.map((v) => typeKey(v.type!)).join(',') + ')';
    case 'Interface': return 'iface{' + t.allMethods.map((m) => m.id() + typeKey(m.type as Signature)).join(';') + '}';
    case 'Tuple': return '(' + t.vars.map((v) => typeKey(v.type!)).join(',') + ')';
    default: return t.kind;
  }
}

/** What the type table needs from the function table to fill method tables. */
export interface MethodFuncs {
  /** JS expression of the function index of the method as called with receiver type recv. */
  methodIndex(recv: Type, m: Func, path: number[], indirect: boolean): string;
  /** JS expression of the function index of the interface-call form (data-word receiver). */
  ifaceIndex(recv: Type, m: Func, path: number[], indirect: boolean): string;
  /** Methods left out of the run-time method table (`//go:nointerface` with GOEXPERIMENT=fieldtrack). */
  excluded?(m: Func): boolean;
}

interface Entry { t: Type; idx: number }

/** Collects the TypeDescs a module needs and emits the code building them. */
export class TypeTable {
  private readonly byKey = new Map<string, Entry>();
  readonly entries: Entry[] = [];
  private emitted = 0;

  /** Local index of t's descriptor (registering it and the types it references). */
  index(t: Type): number {
    if (t.kind === 'Basic' && t.basicKind === BasicKind.UntypedNil) t = (globalThis as any).__never ?? t;
    const k = typeKey(t);
    let e = this.byKey.get(k);
    if (e) return e.idx;
    e = { t, idx: this.entries.length };
    this.byKey.set(k, e);
    this.entries.push(e);
    return e.idx;
  }
  /** JS expression for the descriptor object. */
  ref(t: Type): string { return `$T[${this.index(t)}]`; }

  /** Emits the creation of every descriptor registered so far and not yet emitted (called once at the end). */
  emit(code: Code, mf: MethodFuncs): void {
    // Referenced types can register more types; loop until closed.
    const links: string[] = [];
    const meth: string[] = [];
    for (let i = this.emitted; i < this.entries.length; i++) {
      const { t, idx } = this.entries[i];
      const u = underlying(t);
      const size = sizeof(t), align = alignof(t);
      const ptrs = ptrOffsets(t);
      const ptrdata = ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0;
      const named = t.kind === 'Named' || t.kind === 'Basic';
      const name = t.kind === 'Named' ? t.obj.name : t.kind === 'Basic' ? basicName(t.basicKind, t.name) : '';
      const pkgPath = t.kind === 'Named' && t.obj.pkg ? t.obj.pkg.path : '';
      code.line(`$T[${idx}] = {id: 0, kind: ${kindOf(t)}, size: ${size}, align: ${align}, fieldAlign: ${align}, ptrdata: ${ptrdata}, ` +
        `ptrs: ${ptrs.length ? `new Int32Array([${ptrs.join(',')}])` : '$noptrs'}, str: ${jsStr(rtypeString(t))}, name: ${jsStr(name)}, ` +
        `pkgPath: ${jsStr(pkgPath)}, named: ${named}, zero: ${size <= 1024 ? '$zb' : `$rt.allocZero ? $rt.allocZero(${size}) : $zb`}};`);
      const T = `$T[${idx}]`;
      switch (u.kind) {
        case 'Pointer': case 'Slice': links.push(`${T}.elem = ${this.ref(u.elem)};`); break;
        case 'Array': links.push(`${T}.elem = ${this.ref(u.elem)}; ${T}.len = ${u.len};`); break;
        case 'Chan': links.push(`${T}.elem = ${this.ref(u.elem)}; ${T}.dir = ${u.dir === ChanDir.SendOnly ? 2 : u.dir === ChanDir.RecvOnly ? 1 : 3};`); break;
        case 'Map': links.push(`${T}.key = ${this.ref(u.key)}; ${T}.elem = ${this.ref(u.elem)};`); break;
        case 'Struct': {
          const offs = structOffsets(u);
          links.push(`${T}.fields = [${u.fields.map((f, j) => `{name: ${jsStr(f.name)}, type: ${this.ref(f.type!)}, offset: ${offs[j]}, embedded: ${f.embedded}, exported: ${f.exported()}, tag: ${jsStr(u.tag(j))}}`).join(', ')}];`);
          break;
        }
        case 'Signature':
          links.push(`${T}.params = [${u.params.vars.map((v) => this.ref(v.type!)).join(', ')}]; ${T}.results = [${u.results.vars.map((v) => this.ref(v.type!)).join(', ')}]; ${T}.variadic = ${u.variadic};`);
          break;
        case 'Interface':
          links.push(`${T}.imethods = [${u.allMethods.map((m) => `{name: ${jsStr(methodName(m))}, type: ${this.ref(m.type as Signature)}}`).join(', ')}];`);
          break;
        default: break;
      }
      // Method tables: named types and pointers to named types.
      const base = t.kind === 'Pointer' ? t.elem : t;
      const bu = underlying(base);
      if ((base.kind === 'Named' && bu.kind !== 'Interface') || bu.kind === 'Struct') {
        const ms = methodSet(t).filter((e) => !(t.kind !== 'Pointer' && hasPtrRecv(e.obj) && !e.indirect) && !mf.excluded?.(e.obj));
        if (ms.length) {
          meth.push(`${T}.methods = [${ms.map((e) => `{name: ${jsStr(methodName(e.obj))}, type: ${this.ref(sigNoRecv(e.obj))}, ` +
            `ifn: ${mf.ifaceIndex(t, e.obj, e.index.slice(0, -1), e.indirect)}, tfn: ${mf.methodIndex(t, e.obj, e.index.slice(0, -1), e.indirect)}}`).join(', ')}];`);
        }
      }
      this.emitted = i + 1;
    }
    this.linkLines.push(...links);
    this.methodLines.push(...meth);
  }
  /** Lines linking descriptors to each other (after all are created). */
  readonly linkLines: string[] = [];
  /** Method-table lines (emitted after registerFuncs). */
  readonly methodLines: string[] = [];
  get done(): boolean { return this.emitted === this.entries.length; }
}

const sigCache = new WeakMap<Func, Signature>();
/** The method's signature without its receiver (reflect's Method.Type for interfaces). */
export function sigNoRecv(m: Func): Signature {
  let s = sigCache.get(m);
  if (!s) {
    const o = m.type as Signature;
    s = Object.assign(Object.create(Object.getPrototypeOf(o)), o, { recv: null }) as Signature;
    sigCache.set(m, s);
  }
  return s;
}

/** Method name as the runtime matches it: exported names plain, unexported qualified by package path. */
export function methodName(m: Func): string { return m.id(); }

export function resetTypeKeys(): void { namedIds = new WeakMap(); namedNext = 1; }
