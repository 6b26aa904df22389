// Labels and terminating statements of function bodies: label objects and their uses (errors
// about labels and branches are reported by the syntax stage, as types2 runs with
// IgnoreBranchErrors), and the "missing return" analysis. Mirrors go/types labels.go, return.go.

import type * as ast from '../syntax/ast.js';
import { Label } from './objects.js';
import type { Checker } from './checker.js';

function unparen(e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e; }

// ---------------------------------------------------------------------------------------------
// Labels (go/types labels.go)

export function labels(c: Checker, body: ast.BlockStmt): void {
  const all = new globalThis.Map<string, { lbl: Label; stmt: ast.LabeledStmt; used: boolean }>();
  // collect all labels in the function body (not in nested func literals)
  const collect = (s: ast.Stmt | null): void => {
    if (!s) return;
    switch (s.kind) {
      case 'LabeledStmt': {
        const name = s.label.name;
        if (name !== '_') {
          if (all.has(name)) {
            const prev = all.get(name)!;
            // reported by the syntax stage
          } else {
            const lbl = new Label(c.pkg, name, s.label.pos, c.file?.filename ?? '');
            all.set(name, { lbl, stmt: s, used: false });
            c.recordDef(s.label, lbl);
          }
        }
        collect(s.stmt);
        return;
      }
      case 'BlockStmt': s.list.forEach(collect); return;
      case 'IfStmt': collect(s.body); collect(s.else); return;
      case 'ForStmt': case 'RangeStmt': collect(s.body); return;
      case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': s.body.list.forEach(collect); return;
      case 'CaseClause': case 'CommClause': s.body.forEach(collect); return;
      default: return;
    }
  };
  body.list.forEach(collect);
  // resolve branch statements
  const enclosing: ast.LabeledStmt[] = [];
  const visit = (s: ast.Stmt | null): void => {
    if (!s) return;
    switch (s.kind) {
      case 'LabeledStmt': enclosing.push(s); visit(s.stmt); enclosing.pop(); return;
      case 'BranchStmt': {
        if (!s.label) return;
        const name = s.label.name;
        const ent = all.get(name);
        if (!ent) return; // reported by the syntax stage
        ent.used = true;
        c.recordUse(s.label, ent.lbl);
        return;
      }
      case 'BlockStmt': s.list.forEach(visit); return;
      case 'IfStmt': visit(s.body); visit(s.else); return;
      case 'ForStmt': case 'RangeStmt': visit(s.body); return;
      case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': s.body.list.forEach(visit); return;
      case 'CaseClause': case 'CommClause': s.body.forEach(visit); return;
      default: return;
    }
  };
  body.list.forEach(visit);
}

// ---------------------------------------------------------------------------------------------
// Terminating statements (go/types return.go)

export function isTerminating(c: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt': return true;
    case 'BranchStmt': return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const e = unparen(s.x);
      if (e.kind === 'CallExpr') {
        const f = unparen(e.fun);
        if (f.kind === 'Ident' && f.name === 'panic') {
          const tv = c.info.types.get(f);
          return !!tv && tv.mode === 'builtin';
        }
      }
      return false;
    }
    case 'BlockStmt': return s.list.length > 0 && isTerminatingList(c, s.list, '');
    case 'LabeledStmt': return isTerminating(c, s.stmt, s.label.name);
    case 'IfStmt': return !!s.else && isTerminating(c, s.body, '') && isTerminating(c, s.else, '');
    case 'SwitchStmt': case 'TypeSwitchStmt': return isTerminatingSwitch(c, s.body, label);
    case 'SelectStmt':
      for (const cl of s.body.list) {
        if (cl.kind !== 'CommClause') continue;
        if (!isTerminatingList(c, cl.body, '') || hasBreakList(cl.body, label, true)) return false;
      }
      return true;
    case 'ForStmt': return !s.cond && !hasBreak(s.body, label, true);
    default: return false;
  }
}

function isTerminatingList(c: Checker, list: readonly ast.Stmt[], label: string): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(c, list[i], label);
}

function isTerminatingSwitch(c: Checker, body: ast.BlockStmt, label: string): boolean {
  let hasDefault = false;
  for (const cl of body.list) {
    if (cl.kind !== 'CaseClause') continue;
    if (!cl.list) hasDefault = true;
    if (!isTerminatingList(c, cl.body, '') || hasBreakList(cl.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreakList(list: readonly ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

function hasBreak(s: ast.Stmt | null, label: string, implicit: boolean): boolean {
  if (!s) return false;
  switch (s.kind) {
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (!s.label) return implicit;
        return s.label.name === label;
      }
      return false;
    case 'LabeledStmt': return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt': return hasBreakList(s.list, label, implicit);
    case 'IfStmt': return hasBreak(s.body, label, implicit) || hasBreak(s.else, label, implicit);
    case 'CaseClause': case 'CommClause': return hasBreakList(s.body, label, implicit);
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': case 'ForStmt': case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default: return false;
  }
}

