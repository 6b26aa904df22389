// Function entries and bodies: declared functions and methods (monomorphised per instance), natives
// (bodiless std functions), closures, and the synthesized wrappers Go's linker-visible names carry
// (interface-call forms `(*T).M` of value methods, promoted methods through embedding, method
// values `M-fm`). Emits prologue (stack check, morestack, header, pointer-slot zeroing), parameter
// and result placement, and the defer/panic protocol of src/runtime/panic.ts.
// Mirrors cmd/compile/internal/ssagen/pgen.go + abi.go and reflectdata's method wrappers.

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import { unparen } from '../syntax/ast.js';
import { underlying, Pointer, Typ, BasicKind, type Type, type Signature, type Named } from '../types/types.js';
import type { Func, Var } from '../types/objects.js';
import { hasPtrRecv } from '../types/lookup.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { abiLayout, isScalar, isPtrShaped, isDirectIface, sizeof, type AbiLayout } from './layout.js';
import { PkgCtx, type Prog, type FnEntry } from './prog.js';
import { typeKey } from './typedesc.js';
import { genBlock } from './stmt.js';
import { assignTo } from './assign.js';
import { rangeFuncCaptures } from './rangefunc.js';
import { walkPath } from './expr.js';
import { emitCall } from './call.js';
import { genBuiltin } from './builtin.js';
import type { ClosureLayout } from './lit.js';
import { callPrefix, fnKeyword, genMode } from './goroutine.js';

function recvOf(f: Func): Type | null { return (f.type as Signature).recv?.type ?? null; }

/** Type arguments of a (pointer to a) generic type instance, or undefined. */
function recvTypeArgs(t: Type): Type[] | undefined {
  const n = t.kind === 'Pointer' ? t.elem : t;
  return n.kind === 'Named' && n.typeArgs.length ? n.typeArgs : undefined;
}

/** Go's traceback name of a function or method. */
function goName(f: Func, targs: Type[] | null): string {
  const pkg = f.pkg ? f.pkg.path : '';
  const r = recvOf(f);
  const ta = targs && targs.length ? '[...]' : '';
  if (r) {
    let t = r, ptr = false;
    if (t.kind === 'Pointer') { ptr = true; t = t.elem; }
    const n = t.kind === 'Named' ? (t as Named).obj.name + ((t as Named).typeArgs.length ? '[...]' : '') : '?';
    return ptr ? `${pkg}.(*${n}).${f.name}` : `${pkg}.${n}.${f.name}`;
  }
  return `${pkg}.${f.name}${ta}`;
}

/** Native key for a bodiless function: "Println", "(*File).Write", "T.M". */
function nativeKey(f: Func): string {
  const r = recvOf(f);
  if (!r) return f.name;
  let t = r, ptr = false;
  if (t.kind === 'Pointer') { ptr = true; t = t.elem; }
  const n = t.kind === 'Named' ? (t as Named).obj.name : '?';
  return ptr ? `(*${n}).${f.name}` : `${n}.${f.name}`;
}

let uid = 0;
const funcIds = new WeakMap<object, number>();
function fid(o: object): number { let i = funcIds.get(o); if (i === undefined) { i = ++uid; funcIds.set(o, i); } return i; }

/** The entry for a declared function or method (instance targs for generics). */
export function declEntry(prog: Prog, f0: Func, targs: Type[] | null, recvTargs?: Type[]): FnEntry {
  const f = f0.origin ?? f0;
  const r = recvOf(f0);
  // methods of generic type instances: type args come from the receiver's Named
  let rtargs: Type[] = recvTargs ?? [];
  if (r && !recvTargs) {
    const rn = (r.kind === 'Pointer' ? r.elem : r) as Type;
    if (rn.kind === 'Named' && rn.typeArgs.length) rtargs = rn.typeArgs;
  }
  const allArgs = [...rtargs, ...(targs ?? [])];
  const key = `D${fid(f)}` + (allArgs.length ? '[' + allArgs.map(typeKey).join(',') + ']' : '');
  const d = prog.funcDecls.get(f);
  const name = goName(f0, targs);
  return prog.fn(key, name, (e) => {
    if (!d || !d.decl.body) {
      // A bodiless function pulled in with //go:linkname (e.g. from package runtime) is that
      // package's native; others are natives of their own package.
      const ln = d && !recvOf(f) ? linkname(prog, f) : null;
      e.fnExpr = ln ? prog.native(ln[0], ln[1]) : prog.native(f.pkg?.path ?? '', nativeKey(f));
      e.file = d?.pc.filePath ?? '';
      nativeArgMaps(e, f0);
      return null;
    }
    e.file = d.pc.filePath;
    e.line = d.pc.lineOf(d.decl.pos);
    return () => compileDecl(prog, e, d.decl, d.pc, f, allArgs);
  });
}

/** A native's argument pointer map (params and results, for the GC's scan of its caller's
 *  outgoing area) and its result pointer words, from the declared signature. */
function nativeArgMaps(e: FnEntry, f: Func): void {
  try {
    const sig = f.type as Signature;
    const ps = sig.params.vars.map((v) => v.type!);
    if (sig.recv) ps.unshift(sig.recv.type!);
    const rs = sig.results.vars.map((v) => v.type!);
    const all = abiLayout(ps, rs), pOnly = abiLayout(ps, []);
    e.argPtrmap = all.argPtrs;
    e.resPtrmap = all.argPtrs.slice(pOnly.argPtrs.length);
  } catch {
    // generic or otherwise unsized signature: the call sites fill argPtrmap in (nativeIndex)
  }
}

/** The [package path, name] a //go:linkname directive in f's package links f to, or null. */
function linkname(prog: Prog, f: Func): [string, string] | null {
  const cp = prog.pkgs.find((p) => p.pkg === f.pkg);
  if (!cp) return null;
  for (const file of cp.files) {
    for (const cg of file.comments) {
      for (const c of cg.list) {
        const m = /^\/\/go:linkname\s+(\S+)\s+(\S+)\s*$/.exec(c.text);
        if (!m || m[1] !== f.name) continue;
        const dot = m[2].lastIndexOf('.');
        if (dot > 0) return [m[2].slice(0, dot), m[2].slice(dot + 1)];
      }
    }
  }
  return null;
}

function typeParamMap(prog: Prog, decl: ast.FuncDecl, pc: PkgCtx, f: Func, args: Type[]): Map<unknown, Type> | null {
  if (!args.length) return null;
  const m = new Map<unknown, Type>();
  const sig = f.type as Signature;
  const tps = [...(sig.recvTypeParams ?? []), ...(sig.typeParams ?? [])];
  tps.forEach((tp, i) => { if (args[i]) { m.set(tp, args[i]); m.set(tp.obj, args[i]); } });
  // Receiver type parameter identifiers declared in the receiver (func (l *List[T]) …).
  if (decl.recv) {
    inspect(decl.recv, (n) => {
      if (n.kind === 'Ident') {
        const o = pc.info.defs.get(n);
        if (o && o.kind === 'TypeName' && o.type && o.type.kind === 'TypeParam') {
          const i = tps.findIndex((tp) => tp.obj.name === o.name);
          if (i >= 0 && args[i]) { m.set(o.type, args[i]); m.set(o, args[i]); }
        }
      }
    });
  }
  void prog;
  return m;
}

function compileDecl(prog: Prog, e: FnEntry, decl: ast.FuncDecl, pc: PkgCtx, f: Func, targs: Type[]): void {
  const g = new FuncGen(prog, pc, e.goName, e.jsName, e.idx);
  g.typeMap = typeParamMap(prog, decl, pc, f, targs);
  const sig = f.type as Signature;
  const params: (Var | null)[] = [];
  const ptypes: Type[] = [];
  if (sig.recv) { params.push(sig.recv.name && sig.recv.name !== '_' ? sig.recv : null); ptypes.push(g.subst(sig.recv.type!)); }
  for (const v of sig.params.vars) { params.push(v.name && v.name !== '_' ? v : null); ptypes.push(g.subst(v.type!)); }
  // Receiver/param objects from the declaration idents (the Func's signature vars are the same objects).
  compileBody(g, e, params, ptypes, sig.results.vars, decl.body!, null);
}

/** Entry for a closure literal inside g. */
export function closureEntry(g: FuncGen, lit: ast.FuncLit, L: ClosureLayout): FnEntry {
  const key = `L${fid(lit)}` + (g.typeMap ? '@' + g.jsName : '');
  const n = ++g.litCount;
  const name = /\.func\d+/.test(g.goName) ? `${g.goName}.${n}` : `${g.goName}.func${n}`;
  const prog = g.prog, pc = g.pc, typeMap = g.typeMap;
  return prog.fn(key, name, (e) => {
    e.file = pc.filePath;
    e.line = pc.lineOf(lit.pos);
    return () => {
      const cg = new FuncGen(prog, pc, e.goName, e.jsName, e.idx);
      cg.typeMap = typeMap;
      const sig = underlying(cg.info.typeOf(lit)!) as Signature;
      const params = sig.params.vars.map((v) => (v.name && v.name !== '_' ? v : null));
      compileBody(cg, e, params, sig.params.vars.map((v) => cg.subst(v.type!)), sig.results.vars, lit.body, L);
    };
  });
}

/**
 * Entry of the function a `go builtin(…)` statement starts (Go's wrapGoDefer wrapper
 * `pkg.f.gowrapN`): its parameters are the operands ops of call, evaluated by the go statement;
 * it runs the builtin on them.
 */
export function goBuiltinEntry(g: FuncGen, call: ast.CallExpr, ops: ast.Expr[], types: Type[], builtin: string): FnEntry {
  const key = `GW${fid(call)}` + (g.typeMap ? '@' + g.jsName : '');
  const gw = g as FuncGen & { gowraps?: number };
  const prog = g.prog, pc = g.pc, typeMap = g.typeMap;
  return prog.fn(key, `${g.goName}.gowrap${gw.gowraps = (gw.gowraps ?? 0) + 1}`, (e) => {
    e.file = pc.filePath;
    e.line = pc.lineOf(call.pos);
    return () => {
      const wg = new FuncGen(prog, pc, e.goName, e.jsName, e.idx);
      wg.typeMap = typeMap;
      const L = abiLayout(types, []);
      e.argsSize = L.argsSize;
      e.argPtrmap = L.argPtrs;
      const jsParams: string[] = [];
      const presets = new Map<ast.Expr, { v: Val; t: Type }>();
      L.params.forEach((p, i) => {
        let v: Val;
        if (p.kind === 'js') { jsParams.push(`p${i}`); v = js(`p${i}`); } else v = wg.valAt(types[i], wg.argAddr(p.off));
        presets.set(ops[i], { v, t: types[i] });
      });
      wg.presets = presets;
      wg.pos(call);
      genBuiltin(wg, call, builtin);
      wg.line('return;');
      finish(wg, e, jsParams);
    };
  });
}

/** Pre-pass: variables whose address is taken (&x, x.f with pointer methods, slicing arrays) and captured. */
function findAddrTaken(g: FuncGen, body: ast.Node): void {
  const root = (x: ast.Expr): Var | null => {
    for (;;) {
      x = unparen(x);
      if (x.kind === 'Ident') { const o = g.info.objectOf(x); return o && o.kind === 'Var' ? o : null; }
      if (x.kind === 'SelectorExpr') {
        const s = g.info.selections.get(x);
        if (!s || s.kind !== 'FieldVal' || s.indirect) return null;
        const xt = g.info.typeOf(x.x);
        if (xt && underlying(xt).kind === 'Pointer') return null;
        x = x.x; continue;
      }
      if (x.kind === 'IndexExpr') {
        const xt = g.info.typeOf(x.x);
        if (!xt || underlying(xt).kind !== 'Array') return null;
        x = x.x; continue;
      }
      return null;
    }
  };
  inspect(body, (n) => {
    if (n.kind === 'UnaryExpr' && n.op === '&') { const v = root(n.x); if (v) g.addrTaken.add(v); }
    if (n.kind === 'SliceExpr') { const xt = g.info.typeOf(n.x); if (xt && underlying(xt).kind === 'Array') { const v = root(n.x); if (v) g.addrTaken.add(v); } }
    if (n.kind === 'CallExpr') {
      const f = unparen(n.fun);
      if (f.kind === 'SelectorExpr') {
        const s = g.info.selections.get(f);
        if (s && s.kind === 'MethodVal' && hasPtrRecv(s.obj as Func)) {
          const xt = g.info.typeOf(f.x);
          if (xt && underlying(xt).kind !== 'Pointer') { const v = root(f.x); if (v) g.addrTaken.add(v); }
        }
      }
    }
    if (n.kind === 'SelectorExpr') {
      const s = g.info.selections.get(n);
      if (s && s.kind === 'MethodVal' && hasPtrRecv(s.obj as Func)) {
        const xt = g.info.typeOf(n.x);
        if (xt && underlying(xt).kind !== 'Pointer') { const v = root(n.x); if (v) g.addrTaken.add(v); }
      }
    }
    if (n.kind === 'FuncLit') {
      for (const v of g.info.captures.get(n) ?? []) {
        g.captured.add(v);
        if (g.prog.captureByRef(n, v)) g.addrTaken.add(v);
      }
    }
    if (n.kind === 'DeferStmt') g.hasDefer = true;
    if (n.kind === 'RangeStmt') {
      const xt = g.info.typeOf(n.x);
      if (xt && underlying(xt).kind === 'Signature') for (const v of rangeFuncCaptures(g, n)) g.addrTaken.add(v);
    }
    if (n.kind === 'BranchStmt' && n.tok === 'goto' && n.label) { g.gotoTargets.add(n.label.name); g.hoist = true; }
    if (n.kind === 'FuncLit') return false;
    return true;
  });
}

/** Compiles a function body with the given parameters into the entry e. */
export function compileBody(g: FuncGen, e: FnEntry, params: (Var | null)[], ptypes: Type[], results: Var[],
  body: ast.BlockStmt, closure: ClosureLayout | null): void {
  g.pos(body);
  findAddrTaken(g, body);
  // defers inside closures don't belong to us
  g.hasDefer = hasOwnDefer(body);
  // A defer in a range-over-func body belongs to the enclosing function: push onto its list
  // (registered in $rfdf under the id in the yield closure's last word, see rangefunc.ts).
  const rfDefer = g.hasDefer && !!g.rangeFunc;
  if (rfDefer) g.hasDefer = false;
  const rtypes = results.map((v) => g.subst(v.type!));
  const L = abiLayout(ptypes, rtypes);
  e.argsSize = L.argsSize;
  e.argPtrmap = L.argPtrs;
  const jsParams: string[] = [];
  if (closure) {
    const slot = g.slotAddr(g.newSlot(8, 8, [0]));
    g.ctxSlot = slot;
    g.line(`$m.u32[${slot} >>> 2] = ctx;`);
    if (g.rangeFunc) {
      g.line(`const $dfid = $m.u32[(ctx + ${closure.size - 8}) >>> 2];`);
      if (rfDefer) g.line('const $df = $rfdf.get($dfid);');
    }
    for (const c of closure.vars) {
      const base = `($m.u32[${slot} >>> 2] + ${c.off})`;
      g.locs.set(c.v, { k: 'mem', addr: c.byRef ? `$m.u32[${base} >>> 2]` : base });
    }
  }
  L.params.forEach((p, i) => {
    const v = params[i];
    const t = ptypes[i];
    if (p.kind === 'js') {
      const an = `p${i}`;
      jsParams.push(an);
      if (!v) return;
      if (g.isHeapVar(v)) g.declareVar(v, js(an), true);
      else if (g.addrTaken.has(v)) { const a = g.slotFor(t); g.locs.set(v, { k: 'mem', addr: a }); g.line(g.storeJS(t, a, an)); }
      else g.locs.set(v, { k: 'let', name: an });
    } else {
      if (!v) return;
      const a = g.argAddr(p.off);
      if (g.isHeapVar(v)) g.declareVar(v, mem(a), true);
      else g.locs.set(v, { k: 'mem', addr: a });
    }
  });
  // results
  g.retJS = L.retJS;
  const named = results.length > 0 && results[0].name !== '' && results[0].name !== '_' || results.some((r) => r.name && r.name !== '_');
  results.forEach((rv, i) => {
    const t = rtypes[i];
    const slot = L.results[i];
    const realVar = rv.name && rv.name !== '_' ? rv : null;
    if (slot.kind === 'js') {
      if (realVar) { g.declareVar(realVar, null, g.isHeapVar(realVar)); g.results.push({ type: t, loc: g.locOf(realVar) }); }
      else { const n = g.tmpName('res'); g.line(`let ${n} = ${numKindIsBool(t) ? 'false' : '0'};`); g.results.push({ type: t, loc: { k: 'let', name: n } }); }
    } else {
      const a = g.argAddr(slot.off);
      g.zeroAt(t, a);
      if (realVar && g.isHeapVar(realVar)) { g.declareVar(realVar, null, true); g.results.push({ type: t, loc: g.locOf(realVar) }); (g.results[i] as any).out = a; }
      else {
        if (realVar) g.locs.set(realVar, { k: 'mem', addr: a });
        g.results.push({ type: t, loc: { k: 'mem', addr: a } });
      }
    }
  });
  void named;
  if (g.hasDefer) {
    g.retLabel = '$ret';
    g.line('let $p = null;');
    g.line('const $df = [];');
    g.open('$ret: try {');
    genBlock(g, body.list);
    g.close('} catch ($e) {');
    g.code.open('');
    g.line('$p = $rt.panicking($e, null);');
    g.close('}');
    g.code.goLine = g.pc.lineOf(body.end - 1);
    // A panic may have left the callee word set (mgcmark.ts): clear it.
    g.line(g.usesCalleeWord ? `sp = $rt.stackHi - fo; $rt.sp = sp; $m.u32[${g.calleeAddr()} >>> 2] = 0;` : 'sp = $rt.stackHi - fo; $rt.sp = sp;');
    // recover() succeeds in a function called directly by a deferred call that a panic runs (Go's
    // p.argp): while panicking, this frame is the one running the panic's deferred calls; at a
    // normal return (or once recovered) the deferred calls run as ordinary calls from this frame,
    // so the frame that was running deferred calls when this function began ($dfo) still counts.
    g.line('const $dfo = $rt.$deferFo;');
    g.open('while ($df.length !== 0) {');
    g.line('const $d = $df.pop();');
    g.line('$rt.$deferFo = $p !== null ? $rt.stackHi - sp : $dfo;');
    g.line(`try { ${callPrefix(g.prog)}$d(); } catch ($e) { $p = $rt.panicking($e, $p); }`);
    g.line('$rt.$deferFo = $dfo;');
    g.line(g.usesCalleeWord ? `sp = $rt.stackHi - fo; $rt.sp = sp; $m.u32[${g.calleeAddr()} >>> 2] = 0;` : 'sp = $rt.stackHi - fo; $rt.sp = sp;');
    // recovered: the panic is over now (later deferred calls see the panic it interrupted, if any)
    g.line('if ($p !== null && $p.recovered) { $rt.recovered($p); $p = null; }');
    g.close();
    g.line('if ($p !== null) throw $p;');
    emitExit(g);
  } else {
    if (g.rangeAssigns) for (const a of g.rangeAssigns) assignTo(g, a.target, g.readVar(a.v), g.subst(a.v.type!));
    genBlock(g, body.list);
    g.code.goLine = g.pc.lineOf(body.end - 1);
    if (g.rangeFunc) g.line('return true;');
    else if (rtypes.length === 0) emitExit(g);
  }
  finish(g, e, jsParams);
}

/** Prologue zeroing of the pointer slots [a, b) (direct stores for a few words). */
export function zeroWords(a: number, b: number): string {
  const n = (b - a) >>> 2;
  if (n <= 8) {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`u[i + ${i}] = 0;`);
    return `  { const u = $m.u32, i = (sp + ${a}) >>> 2; ${parts.join(' ')} }`;
  }
  return `  $m.u32.fill(0, (sp + ${a}) >>> 2, (sp + ${b}) >>> 2);`;
}

function numKindIsBool(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && (u.basicKind === BasicKind.Bool || u.basicKind === BasicKind.UntypedBool); }

function hasOwnDefer(body: ast.Node): boolean {
  let found = false;
  inspect(body, (n) => {
    if (found || n.kind === 'FuncLit') return false;
    if (n.kind === 'DeferStmt') { found = true; return false; }
    return true;
  });
  return found;
}

/** Emits the function exit: copy boxed results out and return. */
export function emitExit(g: FuncGen): void {
  for (const r of g.results) {
    const out = (r as any).out as string | undefined;
    if (out && r.loc.k === 'box') g.store(r.type, out, mem(`$m.u32[${r.loc.slot} >>> 2]`));
  }
  if (g.retJS) {
    const r = g.results[0];
    if (r.loc.k === 'let') g.line(`return ${r.loc.name};`);
    else g.line(`return ${g.load(r.type, r.loc.k === 'box' ? `$m.u32[${r.loc.slot} >>> 2]` : r.loc.addr)};`);
  } else g.line('return;');
}

/** Assembles the function: prologue + body, frame layout substitution; records FuncInfo data. */
function finish(g: FuncGen, e: FnEntry, jsParams: string[]): void {
  const body = g.code;
  const L = g.layout();
  e.frameSize = L.frameSize;
  e.ptrmap = L.ptrmap;
  e.calleeOff = g.usesCalleeWord ? L.frameSize - 16 : 0;
  const fi = `($fb + ${e.idx})`;
  // A leaf (no calls, no allocation, no frame slots) never has its frame walked: skip the header,
  // the stack check and $rt.sp (nothing can grow the stack or collect while it runs).
  const text = body.lines.join('\n');
  const leaf = L.frameSize === 24 && g.hoisted.length === 0 && !/\$rt\.(?!panic)|\bf\d+_|\$n_|\.fn\(|\$df|\$st64\(sp/.test(text);
  if (leaf) {
    g.prog.output.push({ head: [`${fnKeyword(g.prog)} ${e.jsName}(csp, ctx${jsParams.map((p) => ', ' + p).join('')}) {`, '  const sp = csp - 24;'], body, line0: e.line });
    return;
  }
  const head = [
    `${fnKeyword(g.prog)} ${e.jsName}(csp, ctx${jsParams.map((p) => ', ' + p).join('')}) {`,
    `  let sp = csp - ${L.frameSize};`,
    `  if (sp < $rt.stackGuard) sp = $rt.morestack(sp, ${L.frameSize}, ${fi});`,
    `  const fo = $rt.stackHi - sp;`,
    `  $m.u32[sp >>> 2] = ${fi}; $rt.sp = sp;`,
  ];
  if (L.ptrEnd > L.ptrStart) head.push(zeroWords(L.ptrStart, L.ptrEnd));
  if (e.calleeOff) head.push(`  $m.u32[(sp + ${e.calleeOff}) >>> 2] = 0;`);
  if (g.hoisted.length) head.push(`  let ${g.hoisted.join(', ')};`);
  // Synchronous preemption at function entry (Go's stackguard0 = stackPreempt check in the
  // prologue); loop back-edges check too (stmt.ts). Pointer slots are zeroed by now, so the frame
  // is walkable while parked.
  if (genMode(g.prog)) head.push('  if ($rt.shouldPreempt()) { yield* $rt.preemptPark(); sp = $rt.stackHi - fo; $rt.sp = sp; }');
  const line0 = e.line;
  g.prog.output.push({ head, body, line0 });
}

// ------------------------------------------------------------------ methods and wrappers

/**
 * Entry to call method m with a receiver of type recvT (recvT's value is the first parameter):
 * the method itself when recvT is its declared receiver, else a wrapper that walks the embedding
 * path / dereferences.
 */
export function methodEntry(prog: Prog, recvT: Type, m: Func, path: number[], _indirect: boolean): FnEntry {
  const declRecv = recvOf(m)!;
  const isIface = underlying(recvT).kind === 'Interface';
  if (!isIface && path.length === 0 && sameType(recvT, declRecv)) return declEntry(prog, m, null, recvTypeArgs(recvT));
  if (!isIface && path.length === 0 && recvT.kind === 'Named' && underlying(recvT).kind !== 'Pointer' && declRecv.kind !== 'Pointer' && typeKey(recvT) === typeKey(declRecv)) return declEntry(prog, m, null);
  const key = `W${typeKey(recvT)}.${m.id()}/${path.join('.')}`;
  const name = wrapperName(recvT, m);
  return prog.fn(key, name, (e) => () => genWrapper(prog, e, recvT, m, path, 'value'));
}

/** Entry of the interface-call form: receiver is an interface data word. */
export function ifaceEntry(prog: Prog, t: Type, m: Func, path: number[], indirect: boolean): FnEntry {
  if (t.kind === 'Pointer' || isDirectIface(t)) return methodEntry(prog, t, m, path, indirect);
  // value type T boxed: data word is *T
  return methodEntry(prog, new Pointer(t), m, path, indirect);
}

/** Entry of a method value's function (M-fm): the receiver is stored in the funcval at ctx+8. */
export function methodValueEntry(prog: Prog, recvT: Type, m: Func): FnEntry {
  const key = `V${typeKey(recvT)}.${m.id()}`;
  const name = wrapperName(recvT, m) + '-fm';
  return prog.fn(key, name, (e) => () => genWrapper(prog, e, recvT, m, [], 'ctx'));
}

function wrapperName(recvT: Type, m: Func): string {
  let t = recvT, ptr = false;
  if (t.kind === 'Pointer') { ptr = true; t = t.elem; }
  const pkg = t.kind === 'Named' ? (t.obj.pkg?.path ?? '') : (m.pkg?.path ?? '');
  const n = t.kind === 'Named' ? t.obj.name : 'struct';
  return ptr ? `${pkg}.(*${n}).${m.name}` : `${pkg}.${n}.${m.name}`;
}

function sameType(a: Type, b: Type): boolean { return a === b || typeKey(a) === typeKey(b); }

/** A synthesized forwarding function: computes the real receiver and calls the method. */
function genWrapper(prog: Prog, e: FnEntry, recvT: Type, m: Func, path: number[], mode: 'value' | 'ctx'): void {
  const d = prog.funcDecls.get(m.origin ?? m);
  const pc = d?.pc ?? prog.anyPkgCtx();
  const g = new FuncGen(prog, pc, e.goName, e.jsName, e.idx);
  const sig = m.type as Signature;
  const ptypes = sig.params.vars.map((v) => v.type!);
  const rtypes = sig.results.vars.map((v) => v.type!);
  const own: Type[] = mode === 'value' ? [recvT, ...ptypes] : ptypes;
  const L: AbiLayout = abiLayout(own, rtypes);
  e.argsSize = L.argsSize;
  e.argPtrmap = L.argPtrs;
  e.file = '<autogenerated>';
  e.line = 1;
  const jsParams: string[] = [];
  const vals: Val[] = [];
  L.params.forEach((p, i) => {
    if (p.kind === 'js') { jsParams.push(`p${i}`); vals.push(js(`p${i}`)); }
    else vals.push(g.valAt(own[i], g.argAddr(p.off)));
  });
  let recvVal: Val;
  let rt: Type;
  if (mode === 'ctx') {
    const slot = g.slotAddr(g.newSlot(8, 8, [0]));
    g.line(`$m.u32[${slot} >>> 2] = ctx;`);
    rt = recvT;
    recvVal = g.valAt(recvT, `($m.u32[${slot} >>> 2] + 8)`);
  } else { recvVal = vals.shift()!; rt = recvT; }
  // walk the embedding path
  let recvAddr: string | null = null; // the embedded field's address (valAt of a scalar loads it)
  if (path.length) {
    let base: string, t = rt;
    if (underlying(t).kind === 'Pointer') { base = g.bind(`$nil(${(recvVal as { js: string }).js})`); t = (underlying(t) as Pointer).elem; }
    else base = (recvVal as { addr: string }).addr;
    const r = walkPath(g, base, t, path);
    rt = r.type;
    recvAddr = r.addr;
    recvVal = g.valAt(rt, r.addr);
  }
  const declRecv = recvOf(m)!;
  let args = vals;
  if (underlying(rt).kind === 'Interface') {
    // promoted through an embedded interface: dynamic call
    const a = g.stable(rt, recvVal) as { addr: string };
    const idx = (underlying(rt) as any).allMethods.findIndex((x: Func) => x.id() === m.id());
    wrapperEnter(g);
    const rs = emitCall(g, { k: 'iface', addr: a.addr, index: idx } as any, null, args, ptypes, rtypes);
    wrapperExit(g);
    return finishForward(g, e, jsParams, L, rs, rtypes);
  }
  let rv: Val;
  if (declRecv.kind === 'Pointer') {
    if (underlying(rt).kind === 'Pointer') rv = recvVal;
    else rv = js(recvAddr ?? (recvVal as { addr: string }).addr);
  } else {
    if (underlying(rt).kind === 'Pointer' && underlying(declRecv).kind !== 'Pointer') {
      const p = (recvVal as { js: string }).js;
      // (*T).M of a value method T.M called with nil: Go's panicwrap text
      const nilck = path.length === 0 ? `$rt.panicPlain(${JSON.stringify(panicwrapText(recvT, m))})` : '$rt.panicnil()';
      rv = g.valAt(declRecv, g.bind(`(${p} === 0 ? ${nilck} : ${p})`));
    } else rv = recvVal;
  }
  if (rv.k === 'js' && isPtrShaped(declRecv)) rv = js(g.ptrTemp(rv.js));
  const target = declEntry(prog, m, null);
  args = args.map((a, i) => (a.k === 'js' && isPtrShaped(ptypes[i]) ? js(g.ptrTemp(a.js)) : a));
  wrapperEnter(g);
  const rs = emitCall(g, { k: 'static', fn: target.fnExpr }, { v: rv, t: declRecv }, args, ptypes, rtypes);
  wrapperExit(g);
  finishForward(g, e, jsParams, L, rs, rtypes);
}

/** panicwrap (runtime/error.go): "value method pkg.T.M called using nil *T pointer". */
function panicwrapText(recvT: Type, m: Func): string {
  const t = recvT.kind === 'Pointer' ? recvT.elem : recvT;
  const pkg = t.kind === 'Named' ? (t.obj.pkg?.path ?? '') : (m.pkg?.path ?? '');
  const n = t.kind === 'Named' ? t.obj.name : 'struct';
  return `value method ${pkg}.${n}.${m.name} called using nil *${n} pointer`;
}

/**
 * A wrapper called directly by the frame running a panic's deferred calls passes that role on to
 * the method it calls, so the method can recover (Go: WRAPPER functions adjust p.argp). See the
 * defer loop in compileBody ($rt.$deferFo).
 */
function wrapperEnter(g: FuncGen): void {
  g.line('const $wr = $rt.$deferFo === $rt.stackHi - csp ? $rt.$deferFo : -2;');
  g.line('if ($wr !== -2) $rt.$deferFo = $rt.stackHi - sp;');
}

function wrapperExit(g: FuncGen): void {
  g.line('if ($wr !== -2) $rt.$deferFo = $wr;');
}

function finishForward(g: FuncGen, e: FnEntry, jsParams: string[], L: AbiLayout, rs: Val[], rtypes: Type[]): void {
  if (L.retJS) g.line(`return ${(rs[0] as { js: string }).js};`);
  else {
    L.results.forEach((r, i) => g.store(rtypes[i], g.argAddr((r as { off: number }).off), rs[i]));
    g.line('return;');
  }
  finish(g, e, jsParams);
}

export { sizeof, Typ, BasicKind };
