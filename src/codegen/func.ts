// The per-function code generator state: frame layout (header, outgoing-args area, pointer slots
// first then scalars, ARCHITECTURE.md §3), temporaries, variable locations (JS `let`, frame slot,
// heap box, closure context), loads and stores by type. Mirrors cmd/compile/internal/ssagen's
// frame layout (pgen.go AllocFrame) and the variable placement decisions of ssa.go.

import { lastPos } from './unsupported.js';
import type * as ast from '../syntax/ast.js';
import { underlying, type Type } from '../types/types.js';
import type { Var, Func } from '../types/objects.js';
import type { Info } from '../types/info.js';
import { Code } from './emitter.js';
import { sizeof, alignof, ptrOffsets, numKind, isPtrShaped, isJSValue, alignUp } from './layout.js';
import type { Prog, PkgCtx } from './prog.js';
import { substType } from './subst.js';

/** A compiled expression: a JS value (scalars, pointer-shaped) or the address of a value in memory. */
export type Val = { readonly k: 'js'; readonly js: string } | { readonly k: 'mem'; readonly addr: string };

export const js = (s: string): Val => ({ k: 'js', js: s });
export const mem = (a: string): Val => ({ k: 'mem', addr: a });

/** Where a variable lives. */
export type Loc =
  | { readonly k: 'let'; readonly name: string }
  | { readonly k: 'mem'; readonly addr: string }
  | { readonly k: 'box'; readonly slot: string };

interface SlotInfo { size: number; align: number; ptrs: number[]; key: string; off: number }

interface LoopCtx { label: string; brk: string; cont: string | null; goLabel: string | null; isSwitch: boolean }

/** One function being compiled. */
export class FuncGen {
  readonly code = new Code();
  private readonly slots: SlotInfo[] = [];
  private readonly freeSlots = new Map<string, number[]>();
  private tempStack: number[] = [];
  private nTmp = 0;
  /** The function records its current native/dynamic callee in the frame's spare word at
   *  frameSize−16 (`calleeAddr`), for the GC's precise scan of the outgoing-args area. */
  usesCalleeWord = false;
  /** Clearing statements of the pointer-holding frame variables declared in the block being
   *  compiled (genBlock emits them at its end), or null outside blocks. */
  scopeVars: string[] | null = null;
  /** Max bytes of outgoing args over all call sites. */
  outArea = 0;
  readonly locs = new Map<Var, Loc>();
  readonly loops: LoopCtx[] = [];
  /** Address-taken variables (found by a pre-pass). */
  addrTaken = new Set<Var>();
  /** Variables captured by closures inside this function. */
  captured = new Set<Var>();
  /** Function has defer statements (compiled with the panic/defer protocol). */
  hasDefer = false;
  /** Compiling a defer statement's operands in a range-over-func body: closures go to the heap. */
  deferHeap = false;
  /** Set while compiling a defer statement: receives the evaluated call instead of emitting it. */
  deferHook: ((callee: any, recv: { v: Val; t: Type } | null, args: Val[], params: Type[], results: Type[]) => Val[]) | null = null;
  loopDepth = 0;
  /** Labels that are targets of goto statements (function-wide). */
  gotoTargets = new Set<string>();
  /** goto label → state-machine coordinates. */
  gotoMap = new Map<string, { loop: string; st: string; k: number }>();
  /** In functions with goto, JS variables are declared at the top (their names collected here). */
  hoist = false;
  hoisted: string[] = [];
  /** Set while compiling the yield function of a range-over-func loop. */
  rangeFunc: import('./rangefunc.js').RangeFuncCtx | null = null;
  rangeLoop: { label: string | null; L: string } | null = null;
  rangeAssigns: { target: ast.Expr; v: Var }[] | null = null;
  /** Heap records of the defer statement being compiled (released after the deferred call). */
  deferRecords: string[] = [];
  /** For functions with defers: the label to break to on return. */
  retLabel: string | null = null;
  /** Result locations (in order) and whether the single scalar result is the JS return value. */
  results: { type: Type; loc: Loc }[] = [];
  retJS = false;
  /** Slot holding the closure context pointer (closures only). */
  ctxSlot: string | null = null;
  /** Captured variable index → offset within the funcval, for closures. */
  pendingLits: ast.FuncLit[] = [];
  litCount = 0;

  constructor(readonly prog: Prog, readonly pc: PkgCtx, readonly goName: string, readonly jsName: string, readonly index: number) {}

  get info(): Info { return this.pc.info; }

  /** Already evaluated operands (synthetic expressions standing for the results of a multi-value
   *  call spread over a builtin's arguments, e.g. copy(f())); genExpr and typeOf consult it. */
  presets: Map<ast.Expr, { v: Val; t: Type }> | null = null;

  /** Type of an expression (after implicit conversion). */
  /** Type of a value expression; comma-ok expressions (recorded as tuples) give their value type. */
  valueTypeOf(e: ast.Expr): Type {
    const t = this.typeOf(e);
    if (t.kind === 'Tuple' && (t.vars.length === 2)) return this.subst(t.vars[0].type!);
    return t;
  }
  typeOf(e: ast.Expr): Type {
    const pre = this.presets?.get(e);
    if (pre) return pre.t;
    const t = this.info.typeOf(e);
    if (!t) throw new Error(`codegen: no type for ${e.kind} at ${e.pos}`);
    return this.typeMap ? substType(t, this.typeMap) : t;
  }

  // ---------------------------------------------------------------- frame slots

  /** A new frame slot (never released) for a value of type t; returns its address expression. */
  slotFor(t: Type): string {
    if (sizeof(t) === 0) return '$rt.zerobase';
    return this.slotAddr(this.newSlot(sizeof(t), alignof(t), ptrOffsets(t)));
  }

  newSlot(size: number, align: number, ptrs: number[]): number {
    const id = this.slots.length;
    this.slots.push({ size: Math.max(size, 0), align: Math.max(align, 1), ptrs, key: `${size}/${align}/${ptrs.join(',')}`, off: 0 });
    return id;
  }
  /** Address expression (sp-relative) of slot id + off. */
  slotAddr(id: number, off = 0): string { return `(sp + \x01${id}:${off}\x01)`; }

  /** A temporary slot for a value of type t, released at the end of the current statement. */
  temp(t: Type): string { return this.tempRaw(sizeof(t), alignof(t), ptrOffsets(t)); }
  tempRaw(size: number, align: number, ptrs: number[]): string {
    const key = `${size}/${align}/${ptrs.join(',')}`;
    const free = this.freeSlots.get(key);
    let id: number;
    if (free && free.length) id = free.pop()!;
    else id = this.newSlot(size, align, ptrs);
    this.tempStack.push(id);
    return this.slotAddr(id);
  }
  /** Go's tmpBuf for a non-escaping string operation at node (32 bytes in the frame), or '0'. */
  tmpBuf(node: ast.Node, size = 32): string {
    const esc = this.prog.escape;
    if (!esc || !esc.heapAlloc || esc.heapAlloc(node) || this.deferHook) return '0';
    return this.slotAddr(this.newSlot(size, 8, []));
  }
  /** A pointer-word temp: stores a JS pointer value and returns the expression reading it back. */
  ptrTemp(v: string): string {
    const a = this.tempRaw(8, 8, [0]);
    this.line(`$m.u32[${a} >>> 2] = ${v};`);
    return `$m.u32[${a} >>> 2]`;
  }
  tempMark(): number { return this.tempStack.length; }
  /**
   * Releases the temps allocated since mark (end of statement) and clears their pointer words, so
   * a dead temp never keeps an object alive at a later safe point (stack liveness: temps die at the
   * end of their statement; ARCHITECTURE.md §3 "Stack maps"). The line is tagged `/*z*\/`: layout
   * drops it where the frame dies anyway (next to a return).
   */
  tempRelease(mark: number): void {
    let zero = '';
    while (this.tempStack.length > mark) {
      const id = this.tempStack.pop()!;
      const s = this.slots[id];
      for (const p of s.ptrs) zero += `$m.u32[(sp + \x01${id}:${p}\x01) >>> 2] = 0; `;
      let l = this.freeSlots.get(s.key);
      if (!l) { l = []; this.freeSlots.set(s.key, l); }
      l.push(id);
    }
    if (zero !== '') this.line(zero + '/*z*/');
  }
  /** Address of the frame's callee word (the spare word at frameSize−16). */
  calleeAddr(): string { this.usesCalleeWord = true; return '(sp + \x01F\x01)'; }

  /** A fresh JS identifier. */
  tmpName(p = 't'): string { return `$${p}${this.nTmp++}`; }
  /** Binds a JS expression to a const and returns the name. */
  bind(expr: string): string {
    if (/^[$\w]+$/.test(expr)) return expr;
    // Frame addresses are re-derived from sp (which calls reload), never cached.
    if (/^\(sp \+ [^()]*\)$/.test(expr)) return expr;
    const n = this.tmpName();
    this.line(`const ${n} = ${expr};`);
    return n;
  }
  line(s: string): void { this.code.line(s); }
  open(s: string): void { this.code.open(s); }
  close(s = '}'): void { this.code.close(s); }

  /** Records the outgoing-args size of a call site. */
  useOut(n: number): void { if (n > this.outArea) this.outArea = n; }

  /** Final frame layout: returns frame size, pointer-area bounds and the ptrmap; substitutes offsets. */
  layout(): { frameSize: number; ptrStart: number; ptrEnd: number; ptrmap: number[] } {
    dropDeadTempClears(this.code);
    let off = 8 + alignUp(this.outArea, 8);
    const ptrStart = off;
    const ptrmap: number[] = [];
    for (const s of this.slots) if (s.ptrs.length) {
      off = alignUp(off, Math.max(s.align, 8));
      s.off = off;
      for (const p of s.ptrs) ptrmap.push(off + p);
      off += s.size;
    }
    off = alignUp(off, 8);
    const ptrEnd = off;
    for (const s of this.slots) if (!s.ptrs.length) {
      off = alignUp(off, Math.max(s.align, s.size >= 8 ? 8 : s.size >= 4 ? 4 : 1));
      s.off = off;
      off += s.size;
    }
    // +16: the return address and saved frame pointer words of a Go amd64 frame (never used here,
    // but they make stack depth and stack growth match Go's more closely).
    const frameSize = alignUp(Math.max(off, 8), 8) + 16;
    this.code.map((l) => l.replace(/\x01(\d+):(\d+)\x01/g, (_m, id, o) => String(this.slots[+id].off + +o))
      .replace(/\x01A(\d+)\x01/g, (_m, o) => String(frameSize + 8 + +o))
      .replace(/\x01F\x01/g, String(frameSize - 16)));
    ptrmap.sort((a, b) => a - b);
    return { frameSize, ptrStart, ptrEnd, ptrmap };
  }

  /** Address of this function's incoming param/result area at offset off (caller's frame). */
  argAddr(off: number): string { return `(sp + \x01A${off}\x01)`; }

  // ---------------------------------------------------------------- loads and stores

  /** JS expression loading a JS-form value of type t from addr. */
  load(t: Type, addr: string): string {
    if (isPtrShaped(t)) return `$m.u32[${addr} >>> 2]`;
    switch (numKind(t)) {
      case 'bool': return `($m.u8[${addr}] !== 0)`;
      case 'i8': return `$m.i8[${addr}]`;
      case 'u8': return `$m.u8[${addr}]`;
      case 'i16': return `$m.i16[${addr} >>> 1]`;
      case 'u16': return `$m.u16[${addr} >>> 1]`;
      case 'i32': return `$m.i32[${addr} >>> 2]`;
      case 'u32': return `$m.u32[${addr} >>> 2]`;
      case 'i64': return `$ld64(${addr})`;
      case 'u64': return `$ldu64(${addr})`;
      case 'f32': return `$m.f32[${addr} >>> 2]`;
      case 'f64': return `$m.f64[${addr} >>> 3]`;
      default: throw new Error('codegen: load of non-JS type ' + underlying(t).kind);
    }
  }
  /**
   * True when addr is certainly in the current goroutine's stack (a frame slot, temp, argument or
   * outgoing-args word: `sp` plus constants): stores there need no write barrier (ARCHITECTURE.md
   * §5.1). Anything else (through a pointer, a heap box, a global) may be in the heap.
   */
  isFrameAddr(addr: string): boolean {
    const a = addr.replace(/\x01[^\x01]*\x01/g, '0');
    return /\bsp\b/.test(a) && /^[\s()+\d]*sp[\s()+\d]*$/.test(a);
  }
  /** Whether a store of a value of type t at addr needs the write barrier. */
  needsWB(t: Type, addr: string): boolean {
    return ptrOffsets(t).length > 0 && !this.isFrameAddr(addr);
  }

  /** Statement storing JS value v of type t at addr (`wb` false: a first store into a fresh object,
   *  whose old value is nil, needs no barrier). */
  storeJS(t: Type, addr: string, v: string, wb = true): string {
    if (isPtrShaped(t)) {
      // Hybrid write barrier (mbarrier.ts), checked inline by $wbp: one flag test off-mark.
      if (wb && !this.isFrameAddr(addr)) return `$wbp(${addr}, ${v});`;
      return `$m.u32[${addr} >>> 2] = ${v};`;
    }
    switch (numKind(t)) {
      case 'bool': return `$m.u8[${addr}] = ${v} ? 1 : 0;`;
      case 'i8': return `$m.i8[${addr}] = ${v};`;
      case 'u8': return `$m.u8[${addr}] = ${v};`;
      case 'i16': return `$m.i16[${addr} >>> 1] = ${v};`;
      case 'u16': return `$m.u16[${addr} >>> 1] = ${v};`;
      case 'i32': return `$m.i32[${addr} >>> 2] = ${v};`;
      case 'u32': return `$m.u32[${addr} >>> 2] = ${v};`;
      case 'i64': case 'u64': return `$st64(${addr}, ${v});`;
      case 'f32': return `$m.f32[${addr} >>> 2] = ${v};`;
      case 'f64': return `$m.f64[${addr} >>> 3] = ${v};`;
      default: throw new Error('codegen: store of non-JS type ' + underlying(t).kind);
    }
  }
  /** Emits storing value v (of type t) at addr (`wb` as in storeJS). */
  store(t: Type, addr: string, v: Val, wb = true): void {
    if (v.k === 'js') { this.line(this.storeJS(t, addr, v.js, wb)); return; }
    const st = this.storeMemStmt(t, addr, v.addr, wb);
    if (st) this.line(st);
  }
  /** Statement copying a value of type t from address src to addr, with the write barrier when
   *  t holds pointers and addr may be in the heap. */
  storeMemStmt(t: Type, addr: string, src: string, wb = true): string {
    const n = sizeof(t);
    if (n === 0) return /\$nil|\$idx/.test(src) ? `void (${src});` : '';
    if (wb && this.needsWB(t, addr)) {
      const ptrs = ptrOffsets(t);
      if (ptrs.length === 1) return `$wbmv1(${addr}, ${src}, ${n}, ${ptrs[0]});`;
      return `$wbmvt(${addr}, ${src}, ${n}, ${this.prog.types.ref(t)});`;
    }
    if (n === 16 && alignof(t) >= 4) return `$mv16(${addr}, ${src});`;
    if (n === 8 && alignof(t) >= 4) return `$mv8(${addr}, ${src});`;
    return `$mv(${addr}, ${src}, ${n});`;
  }
  /** Reads a value of type t at addr as a Val. */
  valAt(t: Type, addr: string): Val { return isJSValue(t) ? js(this.load(t, addr)) : mem(addr); }

  /** Type-parameter substitution for generic instances (identity otherwise). */
  typeMap: Map<unknown, Type> | null = null;
  subst(t: Type): Type { return this.typeMap ? substType(t, this.typeMap) : t; }

  /** Zeroes n bytes at addr: only for pointer-free memory, frame memory or fresh objects (no barrier). */
  zeroRaw(addr: string, n: number): void { if (n > 0) this.line(`$zero(${addr}, ${n});`); }

  /** Zeroes a value of type t at addr (with the write barrier's deletion half when t holds
   *  pointers and addr may be in the heap). */
  zeroAt(t: Type, addr: string): void {
    const n = sizeof(t);
    if (n === 0) return;
    if (this.needsWB(t, addr)) {
      const ptrs = ptrOffsets(t);
      if (ptrs.length === 1) this.line(`$wbz1(${addr}, ${n}, ${ptrs[0]});`);
      else this.line(`$wbzt(${addr}, ${n}, ${this.prog.types.ref(t)});`);
      return;
    }
    if (n === 8) this.line(`$m.u32[${addr} >>> 2] = 0; $m.u32[(${addr} + 4) >>> 2] = 0;`);
    else this.line(`$zero(${addr}, ${n});`);
  }

  /** Forces v into a form safe to read after later code in this statement (copies mem into a temp). */
  stable(t: Type, v: Val): Val {
    if (v.k === 'js') {
      if (isPtrShaped(t)) return js(this.ptrTemp(v.js));
      if (/^(\d+|true|false)$/.test(v.js)) return v;
      const n = this.tmpName();
      this.line(`const ${n} = ${v.js};`);
      return js(n);
    }
    const a = this.temp(t);
    this.store(t, a, v);
    return mem(a);
  }

  // ---------------------------------------------------------------- variables

  locOf(v: Var): Loc {
    const l = this.locs.get(v);
    if (l) return l;
    if (v.isGlobal || (v.parent && v.parent === v.pkg?.scope)) return { k: 'mem', addr: this.prog.globalAddr(v) };
    throw new Error(`codegen: variable ${v.name} has no location in ${this.goName}`);
  }
  /** Address of a variable in memory (not for `let` variables). */
  varAddr(v: Var): string {
    const l = this.locOf(v);
    switch (l.k) {
      case 'mem': return l.addr;
      case 'box': return `$m.u32[${l.slot} >>> 2]`;
      case 'let': throw new Error(`codegen: address of JS variable ${v.name}`);
    }
  }
  readVar(v: Var): Val {
    const l = this.locOf(v);
    if (l.k === 'let') return js(l.name);
    return this.valAt(this.subst(v.type!), this.varAddr(v));
  }
  writeVar(v: Var, val: Val): void {
    const l = this.locOf(v);
    if (l.k === 'let') {
      if (val.k !== 'js') throw new Error('codegen: memory value for JS variable');
      this.line(`${l.name} = ${val.js};`);
      return;
    }
    this.store(this.subst(v.type!), this.varAddr(v), val);
  }

  /** Declares a local variable (placing it per escape/address-taken), zero- or value-initialised. */
  declareVar(v: Var, init: Val | null, isHeap: boolean): void {
    const t = this.subst(v.type!);
    if (isHeap) {
      const slot = this.slotAddr(this.newSlot(8, 8, [0]));
      this.locs.set(v, { k: 'box', slot });
      if (this.scopeVars !== null && !this.captured.has(v)) this.scopeVars.push(`$m.u32[${slot} >>> 2] = 0;`);
      this.line(`$m.u32[${slot} >>> 2] = $rt.newobject(${this.prog.types.ref(t)});`);
      if (init) this.store(t, `$m.u32[${slot} >>> 2]`, init, false); // fresh box
      return;
    }
    if (numKind(t) && !this.addrTaken.has(v)) {
      const name = `${v.name.replace(/[^\w$]/g, '_')}$${this.nTmp++}`;
      this.locs.set(v, { k: 'let', name });
      if (this.hoist) { this.hoisted.push(name); this.line(`${name} = ${init ? (init as { js: string }).js : zeroJS(t)};`); }
      else this.line(`let ${name} = ${init ? (init as { js: string }).js : zeroJS(t)};`);
      return;
    }
    const a = this.slotFor(t);
    this.locs.set(v, { k: 'mem', addr: a });
    if (this.scopeVars !== null && !this.addrTaken.has(v) && !this.captured.has(v)) {
      for (const p of ptrOffsets(t)) this.scopeVars.push(`$m.u32[(${a} + ${p}) >>> 2] = 0;`);
    }
    if (init) this.store(t, a, init);
    else this.zeroAt(t, a);
  }

  isHeapVar(v: Var): boolean { return this.prog.heapVar(v, this); }

  /** Marks a Go line for the following emitted code. */
  pos(n: { pos: number }): void { this.code.goLine = this.pc.lineOf(n.pos); lastPos.pc = this.pc; lastPos.pos = n.pos; }
}

/** Temp-clearing lines (tagged by FuncGen.tempRelease) next to a return — unreachable after one,
 *  useless just before one (the frame dies) — are dropped; the others lose their tag. */
function dropDeadTempClears(code: Code): void {
  const lines = code.lines;
  const isExit = (l: string | undefined) => l !== undefined && /^(return\b|throw\b|break\b|continue\b)/.test(l.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.endsWith('/*z*/')) continue;
    if (isExit(lines[i - 1]) || /^return\b/.test((lines[i + 1] ?? '').trim())) { lines.splice(i, 1); code.goLines.splice(i, 1); }
    else lines[i] = l.slice(0, -5).trimEnd();
  }
}

/** The JS zero value of a JS-form type. */
export function zeroJS(t: Type): string {
  const k = numKind(t);
  if (k === 'bool') return 'false';
  return '0';
}

export type { Func };
