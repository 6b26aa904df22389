// Whole-program state of code generation: the function table (FuncInfo per compiled function,
// natives, wrappers, closures), static data (string literals, static funcvals), globals, type
// descriptors, and the work queue of functions to compile. Mirrors the roles of
// cmd/compile/internal/gc (compile queue), staticdata (string data, funcsyms) and reflectdata.

import type * as ast from '../syntax/ast.js';
import type { Package, Var, Func } from '../types/objects.js';
import type { Info } from '../types/info.js';
import type { Type } from '../types/types.js';
import { sizeof, alignof, ptrOffsets, alignUp } from './layout.js';
import { TypeTable } from './typedesc.js';
import { jsIdent } from './emitter.js';
import { position } from '../syntax/position.js';
import type { FuncGen } from './func.js';

/** A type-checked package (as produced by src/types checkPackage). */
export interface CheckedPackage {
  pkg: Package;
  info: Info;
  files: ast.File[];
}

/** What codegen asks escape analysis (src/escape); all optional so codegen runs without it. */
export interface EscapeInfo {
  heapVar?(v: Var): boolean;
  heapAlloc?(node: ast.Node): boolean;
  captureByRef?(closure: ast.FuncLit, v: Var): boolean;
}

/**
 * Positions under `//line` directives (another file name, or any line): the module's line map and
 * pcs hold LINE_POS_BASE + i for entry i, the module registers the table as `$rt.linePos`
 * ([file, line] pairs) and tracebacks/runtime.Caller decode it (src/runtime/traceback.ts).
 */
export const LINE_POS_BASE = 1_000_000;
export class LinePosTable {
  readonly entries: [string, number][] = [];
  private readonly index = new Map<string, number>();
  code(file: string, line: number): number {
    const k = file + '\0' + line;
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.entries.length;
      if (LINE_POS_BASE + i >= 0x100000) return line; // table full (pcs keep 20 bits for the line)
      this.entries.push([file, line]);
      this.index.set(k, i);
    }
    return LINE_POS_BASE + i;
  }
}

/** Per-file context: package, type info, and line lookup. */
export class PkgCtx {
  constructor(readonly cp: CheckedPackage, readonly file: ast.File, readonly filePath: string,
    readonly linePos: LinePosTable | null = null) {}
  get info(): Info { return this.cp.info; }
  get pkg(): Package { return this.cp.pkg; }
  lineOf(pos: number): number {
    if (this.linePos && this.file.lineDirectives?.length && pos >= this.file.lineDirectives[0].offset) {
      const p = position(this.file, pos);
      // "//line :N" names no file: Go reports "??"
      return this.linePos.code(p.filename === '' ? '??' : p.filename, p.line);
    }
    const ls = this.file.lines;
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ls[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo + 1;
  }
}

/** One entry of the module's function table (rt.funcs[base + idx]). */
export interface FnEntry {
  idx: number;
  goName: string;
  jsName: string;
  file: string;
  line: number;
  /** JS expression of the function object (its name, or a native lookup). */
  fnExpr: string;
  frameSize: number;
  argsSize: number;
  ptrmap: number[];
  argPtrmap: number[];
  /** Offset of the static funcval {fnIndex} in static data, or -1. */
  funcvalOff: number;
  /** Natives: offsets (from csp+8) of the pointer words of the results (cleared before a call). */
  resPtrmap?: number[];
  /** Frame offset of the callee word (native/dynamic callee of the current call), 0 = none. */
  calleeOff?: number;
}

/** Work item: a function body to compile. */
export interface Job { entry: FnEntry; run: () => void }

export class Prog {
  readonly types = new TypeTable();
  readonly linePos = new LinePosTable();
  readonly funcs: FnEntry[] = [];
  readonly jobs: Job[] = [];
  private readonly byKey = new Map<string, FnEntry>();
  readonly nativeDecls: string[] = [];
  /** Functions that failed to compile (std packages only; they throw when called). */
  readonly failures: string[] = [];
  private readonly natives = new Map<string, string>();
  // static data
  private staticBytes: number[] = [];
  readonly strRelocs: number[] = []; // [headerOff, bytesOff, len]...
  private readonly strings = new Map<string, number>();
  // globals
  private globalsSize = 0;
  readonly globalPtrs: number[] = [];
  private readonly globals = new Map<Var, number>();
  readonly pkgs: CheckedPackage[] = [];
  readonly funcDecls = new Map<Func, { decl: ast.FuncDecl; pc: PkgCtx }>();
  /** Compiled functions: prologue lines and body (assembled by index.ts). */
  readonly output: { head: string[]; body: import('./emitter.js').Code; line0: number }[] = [];
  /** Module-level itab cache variables. */
  readonly itabVars = new Set<string>();
  private anyPc: PkgCtx | null = null;
  anyPkgCtx(): PkgCtx {
    if (!this.anyPc) { const cp = this.pkgs[this.pkgs.length - 1]; this.anyPc = new PkgCtx(cp, cp.files[0], cp.files[0].filename); }
    return this.anyPc;
  }

  constructor(readonly escape: EscapeInfo | null) {}

  // ---- functions

  /** The function table entry for key, created (and its body queued by `make`) on first use. */
  fn(key: string, goName: string, make: (e: FnEntry) => (() => void) | null, file = '', line = 0): FnEntry {
    let e = this.byKey.get(key);
    if (e) return e;
    const idx = this.funcs.length;
    e = { idx, goName, jsName: `f${idx}_${jsIdent(goName)}`, file, line, fnExpr: '', frameSize: 0, argsSize: 0, ptrmap: [], argPtrmap: [], funcvalOff: -1 };
    e.fnExpr = e.jsName;
    this.funcs.push(e);
    this.byKey.set(key, e);
    const run = make(e);
    if (run) this.jobs.push({ entry: e, run });
    return e;
  }

  /** JS expression of a native function (looked up once at load). */
  native(pkgPath: string, name: string): string {
    const k = pkgPath + '\0' + name;
    let n = this.natives.get(k);
    if (!n) {
      n = `$n_${jsIdent(pkgPath)}_${jsIdent(name)}`;
      this.natives.set(k, n);
      this.nativeDecls.push(`const ${n} = $native(${JSON.stringify(pkgPath)}, ${JSON.stringify(name)});`);
    }
    return n;
  }

  /** Index expression of a function entry at run time. */
  fnIndex(e: FnEntry): string { return `($fb + ${e.idx})`; }

  /** Address expression of a static funcval {fnIndex} for entry e. */
  funcval(e: FnEntry): string {
    if (e.funcvalOff < 0) {
      this.alignStatic(8);
      e.funcvalOff = this.staticBytes.length;
      for (let i = 0; i < 8; i++) this.staticBytes.push(0);
    }
    return `($sd + ${e.funcvalOff})`;
  }

  // ---- static data

  private alignStatic(a: number): void { while (this.staticBytes.length % a) this.staticBytes.push(0); }

  /** Address expression of a static string header for the Go string with these bytes. */
  stringConst(bytes: Uint8Array | string): string {
    const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const key = Buffer.from(b).toString('latin1');
    let off = this.strings.get(key);
    if (off === undefined) {
      const bo = this.staticBytes.length;
      for (const x of b) this.staticBytes.push(x);
      this.alignStatic(8);
      off = this.staticBytes.length;
      for (let i = 0; i < 16; i++) this.staticBytes.push(0);
      this.strRelocs.push(off, bo, b.length);
      this.strings.set(key, off);
    }
    return `($sd + ${off})`;
  }
  /** Address expression of read-only static bytes (constant values boxed in interfaces). */
  staticBytesConst(b: Uint8Array, align: number): string {
    const key = 'B' + align + ':' + Buffer.from(b).toString('latin1');
    let off = this.strings.get(key);
    if (off === undefined) {
      this.alignStatic(Math.max(align, 1));
      off = this.staticBytes.length;
      for (const x of b) this.staticBytes.push(x);
      this.strings.set(key, off);
    }
    return `($sd + ${off})`;
  }
  staticData(): Uint8Array { this.alignStatic(8); return Uint8Array.from(this.staticBytes); }

  // ---- globals

  globalAddr(v: Var): string {
    if (sizeof(v.type!) === 0) return '$rt.zerobase';
    let off = this.globals.get(v);
    if (off === undefined) {
      const t = v.type!;
      off = alignUp(this.globalsSize, Math.max(alignof(t), 1));
      for (const p of ptrOffsets(t)) this.globalPtrs.push(off + p);
      this.globalsSize = off + Math.max(sizeof(t), 0);
      this.globals.set(v, off);
    }
    return `($gb + ${off})`;
  }
  get globalBytes(): number { return alignUp(Math.max(this.globalsSize, 8), 8); }

  // ---- escape

  heapVar(v: Var, g: FuncGen): boolean {
    if (this.escape?.heapVar) return this.escape.heapVar(v);
    return g.addrTaken.has(v) || g.captured.has(v);
  }
  heapAlloc(n: ast.Node): boolean {
    if (this.escape?.heapAlloc) return this.escape.heapAlloc(n);
    return true;
  }
  captureByRef(lit: ast.FuncLit, v: Var): boolean {
    if (this.escape?.captureByRef) return this.escape.captureByRef(lit, v);
    return true;
  }
}

export type { Type };
