// Range over functions (Go 1.23 iterators): `for k, v := range seq { body }` becomes a call of
// seq with a synthesized yield function whose body is the loop body. Variables of the enclosing
// function used in the body are captured by reference; `continue` returns true, `break` returns
// false, and `return` / labelled break and continue of outer loops set a state word in the enclosing
// frame and return false, which the enclosing function checks after seq returns.
// Mirrors cmd/compile/internal/rangefunc/rewrite.go (described in its header comment).

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import { Typ, BasicKind, Pointer, Struct, underlying, type Type, type Signature } from '../types/types.js';
import { Var } from '../types/objects.js';
import { FuncGen, js, type Val } from './func.js';
import { sizeof, alignof, alignUp } from './layout.js';
import type { ClosureLayout } from './lit.js';
import { compileBody, emitExit } from './funcs.js';
import { genJS } from './expr.js';
import { emitCall } from './call.js';

/** Per-body context while compiling the synthesized yield function. */
export interface RangeFuncCtx {
  /** Captured state word (0 running, -1 return, k>0 exit code). */
  state: Var;
  /** Captured result variables of the enclosing function (for `return` in the body). */
  results: Var[];
  resultTypes: Type[];
  /** Outer-loop exits requested from inside the body: code → JS statement in the enclosing function. */
  exits: { code: number; stmt: string }[];
  /** The enclosing function's loop stack (for labelled break/continue). */
  outerLoops: FuncGen['loops'];
  /** The function containing the range statement, its loops, the range loop it implements (if it
   * is itself a yield function) and that loop's context: exits are resolved level by level. */
  owner: FuncGen;
  ownerLoops: FuncGen['loops'];
  ownerRange: { label: string | null } | null;
  parent: RangeFuncCtx | null;
}

/** The exit code that makes the owner of ctx run `break/continue label` (labelled branch out of a
 * range-over-func body), registering the owner's action; null if no enclosing loop has the label. */
export function rangeExitCode(ctx: RangeFuncCtx, tok: string, label: string): number | null {
  const code = ctx.exits.length + 1;
  const l = ctx.ownerLoops.slice().reverse().find((x) => x.goLabel === label && (tok === 'break' || !x.isSwitch));
  if (l) { ctx.exits.push({ code, stmt: `break ${tok === 'break' ? l.brk : l.cont};` }); return code; }
  if (ctx.ownerRange && ctx.ownerRange.label === label) { ctx.exits.push({ code, stmt: tok === 'continue' ? 'return true;' : 'return false;' }); return code; }
  if (!ctx.parent) return null;
  const pc = rangeExitCode(ctx.parent, tok, label);
  if (pc === null) return null;
  const o = ctx.owner, ps = ctx.parent.state;
  ctx.exits.push({ code, stmt: `{ ${o.storeJS(ps.type!, o.varAddr(ps), String(pc))} return false; }` });
  return code;
}

/** Variables of the enclosing function referenced inside the body (captured by reference). */
export function rangeFuncCaptures(g: FuncGen, s: ast.RangeStmt): Var[] {
  const out: Var[] = [];
  const seen = new Set<Var>();
  const inside = (v: Var) => v.pos >= s.pos && v.pos < s.end;
  inspect(s.body, (n) => {
    if (n.kind === 'Ident') {
      const o = g.info.uses.get(n);
      if (o && o.kind === 'Var' && !o.isField && !o.isGlobal && !(o.parent && o.parent === o.pkg?.scope) && !inside(o) && !seen.has(o)) {
        seen.add(o); out.push(o);
      }
    }
    return true;
  });
  return out;
}

let nState = 0;

function bodyHasDefer(body: ast.Node): boolean {
  let found = false;
  inspect(body, (x) => {
    if (found || x.kind === 'FuncLit') return false;
    if (x.kind === 'DeferStmt') found = true;
    return !found;
  });
  return found;
}

/** The function that owns the defer list of a range-over-func body (the outermost owner). */
export function deferOwner(ctx: RangeFuncCtx): FuncGen {
  let c = ctx;
  while (c.parent) c = c.parent;
  return c.owner;
}

export function genRangeFunc(g: FuncGen, s: ast.RangeStmt, label: string | null, L: string): void {
  const ft = underlying(g.typeOf(s.x)) as Signature;
  const yieldT = underlying(ft.params.vars[0].type!) as Signature;
  const ptypes = yieldT.params.vars.map((v) => g.subst(v.type!));
  // seq value first (Go evaluates the range expression before the loop)
  const seq = g.ptrTemp(genJS(g, s.x));
  // state word and result vars live in the enclosing frame
  const state = new Var(null, `$state${nState++}`, Typ[BasicKind.Int]);
  g.addrTaken.add(state);
  g.declareVar(state, null, false);
  const outerCtx = g.rangeFunc;
  const results: Var[] = outerCtx ? outerCtx.results : g.results.map((r, i) => {
    const v = new Var(null, `$rv${i}_${nState}`, r.type);
    g.addrTaken.add(v);
    g.declareVar(v, null, false);
    return v;
  });
  const caps = [...rangeFuncCaptures(g, s), state, ...results];
  for (const v of caps) if (g.locOf(v).k === 'let') throw new Error('codegen: range-over-func body captures a JS variable ' + v.name);
  // closure layout: all by reference
  const fields: Var[] = [new Var(null, 'F', Typ[BasicKind.Uintptr])];
  let off = 8;
  const vars = caps.map((v, i) => {
    const type = new Pointer(g.subst(v.type!));
    off = alignUp(off, 8);
    const r = { v, byRef: true, off, type };
    off += 8;
    fields.push(new Var(null, 'X' + i, type));
    return r;
  });
  // last word: id of the enclosing function's defer list (defer statements in the body)
  off = alignUp(off, 8);
  const dOff = off;
  off += 8;
  fields.push(new Var(null, 'D', Typ[BasicKind.Uintptr]));
  for (const f of fields) f.isField = true;
  const layout: ClosureLayout = { vars, size: alignUp(off, 8), struct: new Struct(fields) };
  const ctx: RangeFuncCtx = { state, results, resultTypes: outerCtx ? outerCtx.resultTypes : g.results.map((r) => r.type), exits: [], outerLoops: [...(outerCtx ? outerCtx.outerLoops : []), ...g.loops],
    owner: g, ownerLoops: [...g.loops], ownerRange: g.rangeLoop, parent: outerCtx };
  // the yield function
  const n = ++g.litCount;
  const name = /\.func\d+/.test(g.goName) ? `${g.goName}-range${n}` : `${g.goName}-range${n}`;
  const prog = g.prog, pc = g.pc, typeMap = g.typeMap;
  const ent = prog.fn(`R${s.pos}@${g.jsName}`, name, (e) => {
    e.file = pc.filePath; e.line = pc.lineOf(s.pos);
    return () => {
      const cg = new FuncGen(prog, pc, e.goName, e.jsName, e.idx);
      cg.typeMap = typeMap;
      cg.rangeFunc = ctx;
      cg.rangeLoop = { label, L };
      // params: the range variables (':=') or fresh ones assigned to the outer targets ('=')
      const params: (Var | null)[] = [];
      const assigns: { target: ast.Expr; v: Var }[] = [];
      [s.key, s.value].slice(0, ptypes.length).forEach((x, i) => {
        if (!x || (x.kind === 'Ident' && x.name === '_')) { params.push(null); return; }
        if (s.tok === ':=' && x.kind === 'Ident') { params.push((cg.info.defs.get(x) as Var) ?? null); return; }
        const v = new Var(null, `$p${i}`, ptypes[i]);
        params.push(v);
        assigns.push({ target: x, v });
      });
      cg.rangeAssigns = assigns;
      const ret = new Var(null, '', Typ[BasicKind.Bool]);
      compileBody(cg, e, params, ptypes, [ret], s.body, layout);
    };
  });
  // Compile the body now: its labelled branches register the exits handled below.
  const ji = prog.jobs.findIndex((j) => j.entry === ent);
  if (ji >= 0) { const [job] = prog.jobs.splice(ji, 1); job.run(); }
  // build the funcval in the frame (the yield function does not outlive the loop)
  const fv = g.slotFor(layout.struct);
  g.zeroAt(layout.struct, fv);
  g.line(`$stp(${fv}, ${g.prog.fnIndex(ent)});`);
  for (const c of vars) g.line(`$stp((${fv} + ${c.off}), ${g.varAddr(c.v)});`);
  let dfi = '';
  if (outerCtx) g.line(`$m.u32[(${fv} + ${dOff}) >>> 2] = $dfid;`);
  else if (bodyHasDefer(s.body)) {
    dfi = `$dfi${n}`;
    g.line(`const ${dfi} = ++$rfdn; $rfdf.set(${dfi}, $df); $m.u32[(${fv} + ${dOff}) >>> 2] = ${dfi};`);
  }
  g.line(g.storeJS(state.type!, g.varAddr(state), '0'));
  const yv = js(g.ptrTemp(fv));
  emitCall(g, { k: 'value', fv: seq }, null, [yv], [ft.params.vars[0].type!], []);
  // after the loop: act on the state word
  if (dfi) g.line(`$rfdf.delete(${dfi});`);
  const st = g.bind(g.load(state.type!, g.varAddr(state)));
  for (const x of ctx.exits) g.line(`if (${st} === ${x.code}) ${x.stmt}`);
  if (g.rangeFunc) {
    // nested: propagate return
    g.line(`if (${st} === -1) { ${g.storeJS(g.rangeFunc.state.type!, g.varAddr(g.rangeFunc.state), '-1')} return false; }`);
    g.line(`if (${st} === -2) { ${g.storeJS(g.rangeFunc.state.type!, g.varAddr(g.rangeFunc.state), '-2')} return false; }`);
    return;
  }
  if (g.results.length > 0) {
    // a bare return in the body: the named results already hold the values
    g.open(`if (${st} === -2) {`);
    if (g.retLabel) g.line(`break ${g.retLabel};`);
    else emitExit(g);
    g.close();
  }
  if (g.results.length || true) {
    g.open(`if (${st} === -1) {`);
    g.results.forEach((r, i) => {
      const v = results[i];
      const val: Val = g.valAt(r.type, g.varAddr(v));
      switch (r.loc.k) {
        case 'let': g.line(`${r.loc.name} = ${(val as { js: string }).js};`); break;
        case 'mem': g.store(r.type, r.loc.addr, val); break;
        case 'box': g.store(r.type, `$m.u32[${r.loc.slot} >>> 2]`, val); break;
      }
    });
    if (g.retLabel) g.line(`break ${g.retLabel};`);
    else emitExit(g);
    g.close();
  }
  void sizeof; void alignof; void label;
}
