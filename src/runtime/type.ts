// Runtime type descriptors and function metadata: the shared vocabulary between emitted code, the
// allocator/GC (which words hold pointers), fmt (how to print), maps (hash/equal) and interfaces.
//
// Mirrors Go's internal/abi.Type (src/internal/abi/type.go) in spirit: one descriptor per runtime
// type, kind numbering as reflect.Kind. Descriptors are plain JS objects created by the emitted module
// and registered with the runtime; the type word of an eface stores `id` (never 0).

/** reflect.Kind numbering (src/reflect/type.go, src/internal/abi/type.go). */
export const enum Kind {
  Invalid = 0, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice, String,
  Struct, UnsafePointer,
}

export const kindNames = [
  'invalid', 'bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32',
  'uint64', 'uintptr', 'float32', 'float64', 'complex64', 'complex128', 'array', 'chan', 'func',
  'interface', 'map', 'ptr', 'slice', 'string', 'struct', 'unsafe.Pointer',
];

export interface FieldDesc {
  name: string;
  type: TypeDesc;
  offset: number;
  embedded: boolean;
  exported: boolean;
  tag: string;
}

export interface IMethodDesc {
  name: string;
  /** Method signature (kind Func, without receiver). */
  type: TypeDesc;
}

export interface MethodDesc {
  name: string;
  type: TypeDesc;
  /** Function index (rt.funcs) of the method taking the receiver as an interface data word. */
  ifn: number;
  /** Function index of the method with the ordinary receiver (value or pointer as declared). */
  tfn: number;
}

/** Channel direction, as reflect.ChanDir. */
export const enum ChanDir { Recv = 1, Send = 2, Both = 3 }

export interface TypeDesc {
  /** Index in rt.types; stored as the type word of an eface. Never 0. */
  id: number;
  kind: Kind;
  size: number;
  align: number;
  fieldAlign: number;
  /** Bytes of prefix that can hold pointers; 0 means the value is pointer-free (noscan). */
  ptrdata: number;
  /** Byte offsets of the pointer words inside one value, ascending. */
  ptrs: Int32Array;
  /** What %T prints: "main.T", "[]int", "map[string]int", "*main.T", "struct { X int }", "interface {}". */
  str: string;
  /** Declared name for named types ("T", "error", "int"), "" otherwise. */
  name: string;
  /** Package path of a named type ("main", "" for predeclared). */
  pkgPath: string;
  /** True for named (defined) types, including predeclared ones like int. */
  named: boolean;
  elem?: TypeDesc;
  key?: TypeDesc;
  /** Array length. */
  len?: number;
  fields?: FieldDesc[];
  params?: TypeDesc[];
  results?: TypeDesc[];
  variadic?: boolean;
  dir?: ChanDir;
  /** Interface methods, sorted by name. */
  imethods?: IMethodDesc[];
  /** Method set of this type (value receivers for T, all for *T), sorted by name. */
  methods?: MethodDesc[];
  /** Address of a zero value of this type in static data (for map misses and zero results). */
  zero?: number;
  /** For named types: the descriptor of the underlying type's structure is this same object. */
  [extra: string]: unknown;
}

/** Metadata of one compiled Go function (rt.funcs[index]). */
export interface FuncInfo {
  index: number;
  /** Go's qualified name as tracebacks print it: "main.main", "main.(*T).M", "main.f.func1". */
  name: string;
  file: string;
  line: number;
  /** Frame size in bytes (multiple of 8), including the 8-byte header and outgoing-args area. */
  frameSize: number;
  /** Bytes of params+results in the caller's outgoing area. */
  argsSize: number;
  /** Byte offsets (from sp) of frame words that hold pointers. */
  ptrmap: Int32Array;
  /** Byte offsets (from the arg area start, csp+8) of param/result words that hold pointers. */
  argPtrmap: Int32Array;
  /** Optional: frame offset of the callee word: while the function calls a native or makes a
   *  dynamic call, the callee's function index (0 otherwise); the GC scans the outgoing-args area
   *  with that callee's argPtrmap when no compiled frame of the callee lies below (mgcmark.ts). */
  calleeOff?: number;
  /** Optional: the JS function name of `fn` in the emitted module (tracebacks map JS stack frames
   *  back to FuncInfos through it). */
  jsName?: string;
  /** Optional: bytes of the parameters (not results) in the arg area; with the scalar parameters
   *  (JS arguments) it tells tracebacks whether to print `f(...)` or `f()`. */
  paramsSize?: number;
  /** The compiled JS function: (csp, ctx, ...scalarArgs). */
  fn: (...args: any[]) => any;
}
