// prepass.ts — facts about variables gathered before the walk: which are address-taken (the
// compiler's Name.Addrtaken, set by typecheck for &x, x[:] of arrays and pointer-method calls on
// addressable values), which are reassigned after their definition (ir.Reassigned), and each
// variable's defining right-hand side (Name.Defn), used for static callee resolution
// (ir.StaticValue) and Go 1.22 per-iteration loop variables (cmd/compile/internal/loopvar).

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import type { Info } from '../types/info.js';
import type { Var } from '../types/objects.js';
import { underlying } from '../types/types.js';

export class VarFacts {
  readonly addrTaken = new Set<Var>();
  readonly reassigned = new Set<Var>();
  /** Variable → the expression it is defined with (single-value := or var with values). */
  readonly defn = new Map<Var, ast.Expr>();

  private info!: Info;

  private varOf(e: ast.Expr): Var | null {
    if (!this.info) return null;
    while (e.kind === 'ParenExpr') e = e.x;
    if (e.kind !== 'Ident') return null;
    const o = this.info.uses.get(e) ?? this.info.defs.get(e);
    return o && o.kind === 'Var' && !o.isField ? o : null;
  }

  /** The variable whose storage an addressable expression is part of (not through pointers). */
  private rootVar(e: ast.Expr): Var | null {
    for (;;) {
      switch (e.kind) {
        case 'ParenExpr': e = e.x; continue;
        case 'Ident': return this.varOf(e);
        case 'SelectorExpr': {
          const sel = this.info.selections.get(e);
          if (!sel || sel.kind !== 'FieldVal' || sel.indirect) return null;
          const t = this.info.types.get(e.x)?.type;
          if (t && underlying(t).kind === 'Pointer') return null;
          e = e.x; continue;
        }
        case 'IndexExpr': {
          const t = this.info.types.get(e.x)?.type;
          if (!t || underlying(t).kind !== 'Array') return null;
          e = e.x; continue;
        }
        case 'CompositeLit': return null;
        default: return null;
      }
    }
  }

  scan(root: ast.Node, info: Info): void {
    this.info = info;
    inspect(root, (n) => {
      switch (n.kind) {
        case 'UnaryExpr':
          if (n.op === '&') { const v = this.rootVar(n.x); if (v) this.addrTaken.add(v); }
          return;
        case 'SliceExpr': {
          const t = info.types.get(n.x)?.type;
          if (t && underlying(t).kind === 'Array') { const v = this.rootVar(n.x); if (v) this.addrTaken.add(v); }
          return;
        }
        case 'SelectorExpr': {
          const sel = info.selections.get(n);
          if (sel && sel.kind === 'MethodVal' && sel.obj.kind === 'Func') {
            const sig = sel.obj.type;
            const rt = sig && sig.kind === 'Signature' && sig.recv ? sig.recv.type : null;
            const xt = info.types.get(n.x)?.type;
            if (rt && rt.kind === 'Pointer' && xt && underlying(xt).kind !== 'Pointer' && !sel.indirect) {
              const v = this.rootVar(n.x);
              if (v) this.addrTaken.add(v);
            }
          }
          return;
        }
        case 'AssignStmt': {
          if (n.tok === ':=' || n.tok === '=') {
            for (let i = 0; i < n.lhs.length; i++) {
              const l = n.lhs[i];
              const isDef = n.tok === ':=' && l.kind === 'Ident' && info.defs.get(l)?.kind === 'Var';
              if (isDef) {
                const v = info.defs.get(l as ast.Ident) as Var;
                if (n.lhs.length === n.rhs.length) this.defn.set(v, n.rhs[i]);
              } else {
                const v = this.varOf(l);
                if (v) this.reassigned.add(v);
              }
            }
          } else {
            for (const l of n.lhs) { const v = this.varOf(l); if (v) this.reassigned.add(v); }
          }
          return;
        }
        case 'IncDecStmt': { const v = this.varOf(n.x); if (v) this.reassigned.add(v); return; }
        case 'RangeStmt':
          if (n.tok === '=') {
            for (const x of [n.key, n.value]) if (x) { const v = this.varOf(x); if (v) this.reassigned.add(v); }
          }
          return;
        case 'ValueSpec':
          if (n.names.length === n.values.length) {
            n.names.forEach((id, i) => {
              const o = info.defs.get(id);
              if (o && o.kind === 'Var') this.defn.set(o, n.values[i]);
            });
          }
          return;
        default:
          return;
      }
    });
  }

  /** ir.Reassigned: assigned after its definition, or address-taken. */
  isReassigned(v: Var): boolean {
    return this.reassigned.has(v) || this.addrTaken.has(v);
  }
}

/** Whether a variable is assigned (=, op=, ++/--) anywhere inside a statement subtree. */
export function assignedIn(info: Info, v: Var, root: ast.Node): boolean {
  let found = false;
  const is = (e: ast.Expr | null): boolean => {
    while (e && e.kind === 'ParenExpr') e = e.x;
    return !!e && e.kind === 'Ident' && (info.uses.get(e) === v);
  };
  inspect(root, (n) => {
    if (found) return false;
    if (n.kind === 'AssignStmt' && n.tok !== ':=' && n.lhs.some(is)) found = true;
    if (n.kind === 'IncDecStmt' && is(n.x)) found = true;
    if (n.kind === 'RangeStmt' && n.tok === '=' && (is(n.key) || is(n.value))) found = true;
    return;
  });
  return found;
}
