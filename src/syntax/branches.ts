// branches.ts — checks of labels and branch statements in a function body, done by the parser in
// cmd/compile (mirrors cmd/compile/internal/syntax/branches.go): misplaced break/continue/fallthrough,
// bad labeled break/continue, unused/duplicate/missing labels, gotos over declarations or into blocks.

import type * as ast from './ast.js';
import { exprString } from './exprstring.js';

type Errh = (pos: number, msg: string) => void;
type PosString = (pos: number) => string;

interface Block {
  readonly parent: Block | null;
  readonly start: number;
  readonly lstmt: ast.LabeledStmt | null;
}

interface Label {
  readonly parent: Block;
  readonly lstmt: ast.LabeledStmt;
  used: boolean;
}

interface Targets {
  readonly breaks: ast.Stmt | null; // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
  readonly continues: ast.Stmt | null; // ForStmt or RangeStmt
  caseIndex: number;
  readonly caseCount: number;
}

const INVALID = {} as ast.LabeledStmt;

/** Check the branch statements of one function body; errors are reported through errh. */
export function checkBranches(body: ast.BlockStmt, errh: Errh, posString: PosString): void {
  const labels = new Map<string, Label>();

  const declare = (b: Block, s: ast.LabeledStmt): Label => {
    const name = s.label.name;
    const alt = labels.get(name);
    if (alt) {
      errh(s.label.pos, `label ${name} already defined at ${posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    labels.set(name, l);
    return l;
  };

  const gotoTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name);
    if (l) {
      l.used = true;
      for (; b; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  };

  const enclosingTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name);
    if (l) {
      l.used = true;
      for (; b; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return INVALID;
    }
    return null;
  };

  const blockBranches = (
    parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: number, body: readonly ast.Stmt[],
  ): ast.BranchStmt[] => {
    const b: Block = { parent, start, lstmt };
    let varPos = -1;
    let varName = '';
    let fwdGotos: ast.BranchStmt[] = [];
    let badGotos: ast.BranchStmt[] = [];

    const recordVarDecl = (pos: number, name: string): void => {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos.slice();
    };
    const jumpsOverVarDecl = (fwd: ast.BranchStmt): boolean => varPos >= 0 && badGotos.includes(fwd);
    const innerBlock = (ctxt: Targets, start: number, body: readonly ast.Stmt[]): void => {
      fwdGotos.push(...blockBranches(b, ctxt, lstmt, start, body));
    };

    let end = body.length;
    while (end > 0 && body[end - 1].kind === 'EmptyStmt') end--;
    for (let stmtIndex = 0; stmtIndex < end; stmtIndex++) {
      let stmt: ast.Stmt = body[stmtIndex];
      lstmt = null;
      for (;;) {
        if (stmt.kind !== 'LabeledStmt') break;
        const s = stmt;
        const name = s.label.name;
        if (name !== '_') {
          const l = declare(b, s);
          const keep: ast.BranchStmt[] = [];
          for (const fwd of fwdGotos) {
            if (fwd.label!.name === name) {
              l.used = true;
              if (jumpsOverVarDecl(fwd)) {
                errh(fwd.label!.pos, `goto ${name} jumps over declaration of ${varName} at ${posString(varPos)}`);
              }
            } else {
              keep.push(fwd);
            }
          }
          fwdGotos = keep;
          lstmt = s;
        }
        stmt = s.stmt;
      }

      switch (stmt.kind) {
        case 'DeclStmt': {
          const d = stmt.decl;
          if (d.tok === 'var' && d.specs.length > 0) {
            const v = d.specs[0] as ast.ValueSpec;
            recordVarDecl(v.pos, v.names[0].name);
          }
          break;
        }
        case 'BranchStmt': {
          const s = stmt;
          if (!s.label) {
            switch (s.tok) {
              case 'break':
                if (!ctxt.breaks) errh(s.pos, 'break is not in a loop, switch, or select');
                break;
              case 'continue':
                if (!ctxt.continues) errh(s.pos, 'continue is not in a loop');
                break;
              case 'fallthrough': {
                let msg: string | null = 'fallthrough statement out of place';
                const t = ctxt.breaks;
                if (t && t.kind === 'TypeSwitchStmt') {
                  msg = 'cannot fallthrough in type switch';
                } else if (t && t.kind === 'SwitchStmt') {
                  if (ctxt.caseIndex < 0 || stmtIndex + 1 < end) {
                    // nested in a block or not the last statement
                  } else if (ctxt.caseIndex + 1 === ctxt.caseCount) {
                    msg = 'cannot fallthrough final case in switch';
                  } else {
                    msg = null; // ok
                  }
                }
                if (msg) errh(s.pos, msg);
                break;
              }
              case 'goto':
                break;
            }
            break;
          }
          const name = s.label.name;
          switch (s.tok) {
            case 'break': {
              const t = enclosingTarget(b, name);
              if (t) {
                const k = t === INVALID ? '' : t.stmt.kind;
                if (k !== 'SwitchStmt' && k !== 'TypeSwitchStmt' && k !== 'SelectStmt' && k !== 'ForStmt' && k !== 'RangeStmt') {
                  errh(s.label.pos, `invalid break label ${name}`);
                }
              } else {
                errh(s.label.pos, `break label not defined: ${name}`);
              }
              break;
            }
            case 'continue': {
              const t = enclosingTarget(b, name);
              if (t) {
                const k = t === INVALID ? '' : t.stmt.kind;
                if (k !== 'ForStmt' && k !== 'RangeStmt') errh(s.label.pos, `invalid continue label ${name}`);
              } else {
                errh(s.label.pos, `continue label not defined: ${name}`);
              }
              break;
            }
            case 'goto':
              if (!gotoTarget(b, name)) fwdGotos.push(s);
              break;
            case 'fallthrough':
              break;
          }
          break;
        }
        case 'AssignStmt':
          if (stmt.tok === ':=') recordVarDecl(stmt.tokPos, stmt.lhs.map((x) => exprString(x)).join(', '));
          break;
        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1, caseCount: 0 }, stmt.pos, stmt.list);
          break;
        case 'IfStmt': {
          const inner: Targets = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1, caseCount: 0 };
          innerBlock(inner, stmt.body.pos, stmt.body.list);
          if (stmt.else) innerBlock(inner, stmt.else.pos, [stmt.else]);
          break;
        }
        case 'ForStmt':
        case 'RangeStmt':
          innerBlock({ breaks: stmt, continues: stmt, caseIndex: -1, caseCount: 0 }, stmt.body.pos, stmt.body.list);
          break;
        case 'SwitchStmt':
        case 'TypeSwitchStmt': {
          const clauses = stmt.body.list;
          clauses.forEach((cc, i) => {
            const inner: Targets = { breaks: stmt, continues: ctxt.continues, caseIndex: i, caseCount: clauses.length };
            if (cc.kind === 'CaseClause') innerBlock(inner, cc.pos, cc.body);
          });
          break;
        }
        case 'SelectStmt':
          for (const cc of stmt.body.list) {
            if (cc.kind === 'CommClause') {
              innerBlock({ breaks: stmt, continues: ctxt.continues, caseIndex: -1, caseCount: 0 }, cc.pos, cc.body);
            }
          }
          break;
        default:
          break;
      }
    }
    return fwdGotos;
  };

  const fwdGotos = blockBranches(null, { breaks: null, continues: null, caseIndex: -1, caseCount: 0 }, null, body.pos, body.list);
  for (const fwd of fwdGotos) {
    const name = fwd.label!.name;
    const l = labels.get(name);
    if (l) {
      l.used = true;
      errh(fwd.label!.pos, `goto ${name} jumps into block starting at ${posString(l.parent.start)}`);
    } else {
      errh(fwd.label!.pos, `label ${name} not defined`);
    }
  }
  for (const l of labels.values()) {
    if (!l.used) errh(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}
