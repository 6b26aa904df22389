// Code generator entry point: compiles type-checked (and escape-analysed) packages into one ES module
// text `export default function load($rt) { … return { init, main, … } }` plus a line map
// (ARCHITECTURE.md §6). Loading the module allocates and fills static data, registers globals,
// functions (FuncInfo) and type descriptors with the runtime. Mirrors cmd/compile/internal/gc
// (main.go: compile functions, dump data) and cmd/link's role of laying out static data.

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import type { Func, Var } from '../types/objects.js';
import type { Signature, Type } from '../types/types.js';
import { Code, assemble, jsStr } from './emitter.js';
import { PRELUDE, PRELUDE2, PRELUDE3 } from './prelude.js';
import { Prog, PkgCtx, type CheckedPackage, type EscapeInfo, type FnEntry } from './prog.js';
import { FuncGen, js } from './func.js';
import { declEntry, ifaceEntry, methodEntry, emitExit } from './funcs.js';
import { genExprAs } from './expr.js';
import { genCall } from './call.js';
import { genTypeAssert } from './conv.js';
import { sideEffects } from './stmt.js';
import { rhsValues } from './assign.js';
import { CDIV } from './complex.js';
import { withPosition, lastPos } from './unsupported.js';
import { unparen } from '../syntax/ast.js';
import type { MethodFuncs } from './typedesc.js';
import { setInstantiateHook } from './subst.js';
import { initLocalTypes } from './localtypes.js';
import { instantiateRaw } from '../types/generics.js';
import { canBlock, callPrefix, fnKeyword, blockingReachable } from './goroutine.js';

export type { CheckedPackage, EscapeInfo } from './prog.js';

/** Go functions that natives look up by name (src/std/abi.ts funcIndex callers). */
const NATIVE_ROOTS = new Set(['fmt.callFormat', 'fmt.callMethod']);

export interface GenOptions {
  /** File path shown in tracebacks for a Go file name (default: the name as given). */
  filePath?: (filename: string) => string;
  /** Whether native pkgPath.name blocks (a generator native): calling it needs generator mode. */
  blockingNative?: (pkgPath: string, name: string) => boolean;
}

export interface FuncMeta { index: number; name: string; jsName: string; file: string; line: number }

export interface GenResult {
  js: string;
  /** lineMap[jsLine] (1-based) = Go line (0 = none). */
  lineMap: Int32Array;
  /** Module function table (index relative to the module's function base). */
  funcs: FuncMeta[];
  /** Std functions that could not be compiled (stubs that throw when called). */
  failures: string[];
}

/**
 * Compiles the program (packages in dependency order, main last). A program that can block (a
 * reachable go statement, channel operation, select or blocking native) is compiled a second time
 * in generator mode (goroutine.ts, ARCHITECTURE.md §7.1); other programs stay plain JS.
 */
export function generate(pkgs: CheckedPackage[], escape: EscapeInfo | null, opts: GenOptions = {}): GenResult {
  const plain = generateMode(pkgs, escape, opts, false);
  if (!plain.canBlock) return plain.result;
  return generateMode(pkgs, escape, opts, true).result;
}

function generateMode(pkgs: CheckedPackage[], escape: EscapeInfo | null, opts: GenOptions, gen: boolean): { result: GenResult; canBlock: boolean } {
  setInstantiateHook((orig, args) => instantiateRaw(orig, args));
  const prog = new Prog(escape);
  (prog as unknown as { gen: boolean }).gen = gen;
  if (opts.blockingNative) (prog as unknown as { blockingNative: unknown }).blockingNative = opts.blockingNative;
  prog.pkgs.push(...pkgs);
  const fp = opts.filePath ?? ((f: string) => f);
  // Declarations.
  const valueFile = new Map<ast.Node, PkgCtx>();
  const pkgCtxs: PkgCtx[][] = [];
  for (const cp of pkgs) {
    const ctxs: PkgCtx[] = [];
    for (const f of cp.files) {
      const pc = new PkgCtx(cp, f, fp(f.filename), prog.linePos);
      ctxs.push(pc);
      for (const d of f.decls) {
        if (d.kind === 'FuncDecl') {
          const o = cp.info.defs.get(d.name);
          if (o && o.kind === 'Func') prog.funcDecls.set(o, { decl: d, pc });
        } else if (d.kind === 'GenDecl' && d.tok === 'var') {
          for (const s of d.specs) for (const v of (s as ast.ValueSpec).values) valueFile.set(v, pc);
        }
      }
    }
    pkgCtxs.push(ctxs);
  }
  initLocalTypes(pkgs);
  // Dead code elimination (like cmd/link's deadcode): only functions reachable from main.main, the
  // package initialisers and the method tables of types that reach interfaces are compiled; each
  // compiled body requests the functions it references. Natives that call Go functions by name
  // (NATIVE_ROOTS) keep theirs. GOMEMLAB_NODCE=1 compiles every function.
  const all = !!process.env.GOMEMLAB_NODCE;
  for (const [f, d] of prog.funcDecls) {
    if (!d.decl.body) continue;
    if (!all && !NATIVE_ROOTS.has(`${f.pkg?.path}.${d.decl.name.name}`)) continue;
    if (d.decl.type.typeParams && d.decl.type.typeParams.list.length) continue;
    const sig = f.type as Signature;
    if (sig.recvTypeParams && sig.recvTypeParams.length) continue;
    if (d.decl.name.name === 'init' && !sig.recv) continue;
    if (d.decl.name.name === '_') continue;
    declEntry(prog, f, null);
  }
  // Package initialisers.
  const inits: FnEntry[] = [];
  pkgs.forEach((cp, i) => inits.push(pkgInit(prog, cp, pkgCtxs[i], valueFile)));
  const mainPkg = pkgs[pkgs.length - 1];
  const mainObj = mainPkg.pkg.scope.lookup('main');
  const mainEntry = mainObj && mainObj.kind === 'Func' ? declEntry(prog, mainObj, null) : null;

  // Compile until closed (type descriptors can request wrappers, which can need more types).
  const fieldTrack = (process.env.GOEXPERIMENT ?? '').split(',').includes('fieldtrack');
  const mf: MethodFuncs = {
    methodIndex: (recv: Type, m: Func, path: number[], ind: boolean) => prog.fnIndex(methodEntry(prog, recv, m, path, ind)),
    ifaceIndex: (recv: Type, m: Func, path: number[], ind: boolean) => prog.fnIndex(ifaceEntry(prog, recv, m, path, ind)),
    // //go:nointerface (honoured by cmd/compile only under GOEXPERIMENT=fieldtrack): the method is
    // not in the type's run-time method set, so no interface holds it
    excluded: fieldTrack ? (m: Func) => !!prog.funcDecls.get(m.origin ?? m)?.decl.pragmas?.includes('go:nointerface') : undefined,
  };
  const typeCode = new Code();
  for (let guard = 0; guard < 100; guard++) {
    while (prog.jobs.length) runJob(prog, prog.jobs.shift()!);
    prog.types.emit(typeCode, mf);
    if (!prog.jobs.length && prog.types.done) break;
  }

  // ---- assemble the module
  const head = new Code();
  head.line('export default function load($rt) {');
  for (const l of (PRELUDE + PRELUDE2 + PRELUDE3).split('\n')) if (l.trim()) head.line(l);
  for (const l of CDIV.split('\n')) head.line(l);
  head.line('const $native = (p, n) => { const f = $rt.native ? $rt.native(p, n) : undefined; return f ?? ((...a) => { throw new Error("gomemlab: native " + p + "." + n + " is not implemented"); }); };');
  for (const d of prog.nativeDecls) head.line(d);
  head.line('const $noptrs = new Int32Array(0);');
  if (gen) head.line('const $gv = (r) => (r !== null && typeof r === "object" && typeof r.next === "function") ? r : (function* () { return r; })();');
  if (gen) head.line('const $gw = (f) => function* (...a) { const r = f(...a); return (typeof r === "object" && r !== null) ? yield* r : r; };');
  // A native reached by a dynamic call (funcval, itab) runs through $ncw: it names itself in the
  // calling frame's callee word (FuncInfo.calleeOff) while it runs and clears its pointer result
  // words first, so the GC scans the caller's outgoing area with the native's argPtrmap.
  head.line('const $ncw = (k, f, res) => $rt.calleeWrap(() => $fb + k, f, res);');
  const sd = prog.staticData();
  head.line(`const $sd = $rt.allocStatic(${Math.max(sd.length, 8)}, 8);`);
  if (sd.length) head.line(`$rt.initStaticBytes($sd, Uint8Array.from(atob(${jsStr(Buffer.from(sd).toString('base64'))}), (c) => c.charCodeAt(0)));`);
  head.line(`{ const r = [${prog.strRelocs.join(',')}]; for (let i = 0; i < r.length; i += 3) $sts($sd + r[i], r[i + 2] === 0 ? 0 : $sd + r[i + 1], r[i + 2]); }`);
  head.line(`const $gb = $rt.allocStatic(${prog.globalBytes}, 8);`);
  head.line(`$rt.registerGlobals($gb, [${prog.globalPtrs.join(',')}], ${prog.globalBytes});`);
  head.line('const $zb = $rt.allocStatic(1024, 8);');
  if (prog.itabVars.size) head.line(`let ${[...prog.itabVars].map((v) => v + ' = 0').join(', ')};`);
  if (prog.linePos.entries.length) head.line(`$rt.linePos = ${JSON.stringify(prog.linePos.entries)};`); // //line directives
  head.line('const $deferRoots = new Set();');
  head.line('const $rfdf = new Map(); let $rfdn = 0;'); // defer lists of functions running range-over-func loops
  head.line('if ($rt.rootScanners) $rt.rootScanners.push((mark) => { for (const a of $deferRoots) mark(a); });');
  const parts: Code[] = [head];
  for (const o of prog.output) {
    const c = new Code();
    c.goLine = o.line0;
    for (const l of o.head) c.line(l);
    c.append(indent(o.body));
    c.goLine = 0;
    c.line('}');
    parts.push(c);
  }
  const tail = new Code();
  tail.line('const $infos = [');
  for (const f of prog.funcs) {
    tail.line(`  {index: 0, name: ${jsStr(f.goName)}, file: ${jsStr(f.file)}, line: ${f.line}, frameSize: ${f.frameSize}, argsSize: ${f.argsSize}, ` +
      `ptrmap: ${i32(f.ptrmap)}, argPtrmap: ${i32(f.argPtrmap)}, ${f.calleeOff ? `calleeOff: ${f.calleeOff}, ` : ''}fn: ${f.fnExpr.startsWith('$n_') ? nativeFn(f, gen) : f.fnExpr}, jsName: ${jsStr(f.jsName)}},`);
  }
  tail.line('];');
  tail.line('const $fb = $rt.registerFuncs($infos);');
  for (const f of prog.funcs) if (f.funcvalOff >= 0) tail.line(`$stp($sd + ${f.funcvalOff}, $fb + ${f.idx});`);
  tail.line(`const $T = new Array(${prog.types.entries.length});`);
  tail.append(typeCode);
  for (const l of prog.types.linkLines) tail.line(l);
  tail.line('$rt.registerTypes($T);');
  for (const l of prog.types.methodLines) tail.line(l);
  tail.line(`const $inits = [${inits.map((e) => `$fb + ${e.idx}`).join(', ')}];`);
  tail.line(`const $main = ${mainEntry ? `$fb + ${mainEntry.idx}` : '-1'};`);
  tail.line(`return { init() { for (const i of $inits) $rt.run(i); }, main() { $rt.run($main); }, inits: $inits, mainIndex: $main, funcBase: $fb, generators: ${gen} };`);
  tail.line('}');
  parts.push(tail);
  const { js: text, lineMap } = assemble(parts);
  const result = {
    js: text,
    lineMap,
    funcs: prog.funcs.map((f) => ({ index: f.idx, name: f.goName, jsName: f.jsName, file: f.file, line: f.line })),
    failures: prog.failures,
  };
  const roots = [...inits.map((e) => e.jsName), ...(mainEntry ? [mainEntry.jsName] : [])];
  return { result, canBlock: canBlock(prog) && (gen || blockingReachable(prog, roots, [...typeCode.lines, ...prog.types.linkLines, ...prog.types.methodLines])) };
}

/** Compiles one function; a failure in a std package becomes a stub that throws when called. */
function runJob(prog: Prog, job: { entry: FnEntry; run: () => void }): void {
  const before = prog.output.length;
  lastPos.pc = null; lastPos.pos = -1;
  try {
    job.run();
  } catch (err) {
    prog.output.length = before;
    const e = job.entry;
    const msg = (err as Error)?.message ?? String(err);
    if (e.goName.startsWith('main.') || process.env.GOMEMLAB_CGSTRICT) throw withPosition(err);
    prog.failures.push(`${e.goName}: ${msg}`);
    if (process.env.CGDEBUG === "2") console.error(e.goName, (err as Error)?.stack);
    const c = new Code();
    c.line(`throw new Error(${jsStr('gomemlab: ' + e.goName + ' could not be compiled: ' + msg)});`);
    e.frameSize = 8; e.ptrmap = []; e.argPtrmap = [];
    prog.output.push({ head: [`function ${e.jsName}(csp, ctx) {`], body: c, line0: e.line });
  }
}

/** FuncInfo.fn of a native: wrapped by $ncw (and $gw in generator mode). */
function nativeFn(f: FnEntry, gen: boolean): string {
  const w = `$ncw(${f.idx}, ${f.fnExpr}, [${(f.resPtrmap ?? []).join(',')}])`;
  return gen ? `$gw(${w})` : w;
}

function indent(c: Code): Code {
  const o = new Code();
  for (let i = 0; i < c.lines.length; i++) { o.goLine = c.goLines[i]; o.line('  ' + c.lines[i]); }
  return o;
}

function i32(a: number[]): string { return a.length ? `new Int32Array([${a.join(',')}])` : '$noptrs'; }

/** The package's init function: package-level variables in initOrder, then its init() functions. */
function pkgInit(prog: Prog, cp: CheckedPackage, ctxs: PkgCtx[], valueFile: Map<ast.Node, PkgCtx>): FnEntry {
  const name = cp.pkg.path + '.init';
  const initFns: Func[] = [];
  for (const pc of ctxs) for (const d of pc.file.decls) {
    if (d.kind === 'FuncDecl' && d.name.name === 'init' && !d.recv && d.body) {
      const o = cp.info.defs.get(d.name);
      if (o && o.kind === 'Func') initFns.push(o);
    }
  }
  // user init functions: pkg.init.0, pkg.init.1, …
  const userInits = initFns.map((f, i) => {
    const d = prog.funcDecls.get(f)!;
    return prog.fn(`I${cp.pkg.path}.${i}`, `${name}.${i}`, (e) => {
      e.file = d.pc.filePath; e.line = d.pc.lineOf(d.decl.pos);
      return () => {
        const g = new FuncGen(prog, d.pc, e.goName, e.jsName, e.idx);
        compileBodyOf(g, e, d.decl);
      };
    });
  });
  const pc0 = ctxs[0];
  return prog.fn(`P${cp.pkg.path}`, name, (e) => {
    e.file = pc0?.filePath ?? ''; e.line = 1;
    return () => {
      const g = new FuncGen(prog, pc0, e.goName, e.jsName, e.idx);
      e.argsSize = 0; e.argPtrmap = [];
      for (const ini of cp.info.initOrder) {
        const pc = valueFile.get(ini.rhs) ?? pc0;
        (g as { pc: PkgCtx }).pc = pc;
        g.pos(ini.rhs);
        const mark = g.tempMark();
        const lhs: Var[] = ini.lhs;
        if (lhs.length === 1) {
          const v = genExprAs(g, ini.rhs, lhs[0].type!);
          if (lhs[0].name !== '_') g.store(lhs[0].type!, prog.globalAddr(lhs[0]), v);
          else sideEffects(g, v);
        } else {
          const vs = rhsValues(g, [ini.rhs], lhs.map((lv) => lv.type!), lhs.length);
          lhs.forEach((lv, i) => { if (lv.name !== '_' && vs[i]) g.store(lv.type!, prog.globalAddr(lv), vs[i]); });
        }
        g.tempRelease(mark);
      }
      for (const u of userInits) {
        g.useOut(0);
        g.line(`${callPrefix(prog)}${u.fnExpr}(sp, 0);`);
        g.line('sp = $rt.stackHi - fo; $rt.sp = sp;');
      }
      emitExit(g);
      finishSynth(g, e);
    };
  });
}

import { compileBody, zeroWords } from './funcs.js';
function compileBodyOf(g: FuncGen, e: FnEntry, decl: ast.FuncDecl): void {
  compileBody(g, e, [], [], [], decl.body!, null);
}

function finishSynth(g: FuncGen, e: FnEntry): void {
  // Same assembly as compiled bodies (compileBody's finish), via an empty-param compile.
  const L = g.layout();
  e.frameSize = L.frameSize;
  e.ptrmap = L.ptrmap;
  e.calleeOff = g.usesCalleeWord ? L.frameSize - 16 : 0;
  const fi = `($fb + ${e.idx})`;
  const head = [
    `${fnKeyword(g.prog)} ${e.jsName}(csp, ctx) {`,
    `  let sp = csp - ${L.frameSize};`,
    `  if (sp < $rt.stackGuard) sp = $rt.morestack(sp, ${L.frameSize}, ${fi});`,
    `  const fo = $rt.stackHi - sp;`,
    `  $m.u32[sp >>> 2] = ${fi}; $rt.sp = sp;`,
  ];
  if (L.ptrEnd > L.ptrStart) head.push(zeroWords(L.ptrStart, L.ptrEnd));
  if (e.calleeOff) head.push(`  $m.u32[(sp + ${e.calleeOff}) >>> 2] = 0;`);
  g.prog.output.push({ head, body: g.code, line0: e.line });
}

export { js, inspect };
