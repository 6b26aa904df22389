// exprstring.ts — one-line source form of expressions and simple statements, as Go's messages print them.
// exprString mirrors cmd/compile/internal/syntax/printer.go in ShortForm (what types2 errors use:
// `x + y`, `T{…}`, `func() {…}`); with {escape: true} it uses the cmd/compile -m spellings
// (`&T{...}`, `func literal`).

import type * as ast from './ast.js';

export interface ExprStringOptions {
  /** Use escape-analysis (-m) spellings: composite literal bodies `{...}`, function literals `func literal`. */
  readonly escape?: boolean;
}

/** Format an expression in one line like types2 error messages (syntax.String ShortForm). */
export function exprString(e: ast.Expr, opts?: ExprStringOptions): string {
  const out: string[] = [];
  writeExpr(out, e, opts?.escape === true);
  return out.join('');
}

function writeList(out: string[], list: readonly ast.Expr[], esc: boolean): void {
  list.forEach((x, i) => {
    if (i > 0) out.push(', ');
    writeExpr(out, x, esc);
  });
}

function writeExpr(out: string[], e: ast.Expr, esc: boolean): void {
  switch (e.kind) {
    case 'BadExpr':
      out.push('<bad expr>');
      return;
    case 'Ident':
      out.push(e.name);
      return;
    case 'BasicLit':
      out.push(e.value);
      return;
    case 'Ellipsis':
      out.push('...');
      if (e.elt) writeExpr(out, e.elt, esc);
      return;
    case 'FuncLit':
      if (esc) {
        out.push('func literal');
        return;
      }
      writeExpr(out, e.type, esc);
      out.push(e.body.list.length > 0 ? ' {…}' : ' {}');
      return;
    case 'CompositeLit':
      if (e.type) writeExpr(out, e.type, esc);
      if (esc) out.push(e.elts.length > 0 ? '{...}' : '{}');
      else out.push(e.elts.length > 0 ? '{…}' : '{}');
      return;
    case 'ParenExpr':
      out.push('(');
      writeExpr(out, e.x, esc);
      out.push(')');
      return;
    case 'SelectorExpr':
      writeExpr(out, e.x, esc);
      out.push('.', e.sel.name);
      return;
    case 'IndexExpr':
      writeExpr(out, e.x, esc);
      out.push('[');
      writeExpr(out, e.index, esc);
      out.push(']');
      return;
    case 'IndexListExpr':
      writeExpr(out, e.x, esc);
      out.push('[');
      writeList(out, e.indices, esc);
      out.push(']');
      return;
    case 'SliceExpr':
      writeExpr(out, e.x, esc);
      out.push('[');
      if (e.low) writeExpr(out, e.low, esc);
      out.push(':');
      if (e.high) writeExpr(out, e.high, esc);
      if (e.slice3) {
        out.push(':');
        if (e.max) writeExpr(out, e.max, esc);
      }
      out.push(']');
      return;
    case 'TypeAssertExpr':
      writeExpr(out, e.x, esc);
      out.push('.(');
      if (e.type) writeExpr(out, e.type, esc);
      else out.push('type');
      out.push(')');
      return;
    case 'CallExpr':
      writeExpr(out, e.fun, esc);
      out.push('(');
      writeList(out, e.args, esc);
      if (e.ellipsis >= 0) out.push('...');
      out.push(')');
      return;
    case 'StarExpr':
      out.push('*');
      writeExpr(out, e.x, esc);
      return;
    case 'UnaryExpr':
      out.push(e.op);
      writeExpr(out, e.x, esc);
      return;
    case 'BinaryExpr':
      writeExpr(out, e.x, esc);
      out.push(' ', e.op, ' ');
      writeExpr(out, e.y, esc);
      return;
    case 'KeyValueExpr':
      writeExpr(out, e.key, esc);
      out.push(': ');
      writeExpr(out, e.value, esc);
      return;
    case 'ArrayType':
      out.push('[');
      if (e.len) writeExpr(out, e.len, esc);
      out.push(']');
      writeExpr(out, e.elt, esc);
      return;
    case 'StructType':
      out.push('struct{');
      e.fields.list.forEach((f, i) => {
        if (i > 0) out.push('; ');
        if (f.names.length > 0) {
          out.push(f.names.map((n) => n.name).join(', '), ' ');
        }
        writeExpr(out, f.type, esc);
        if (f.tag) out.push(' ', f.tag.value);
      });
      out.push('}');
      return;
    case 'FuncType':
      out.push('func');
      writeSignature(out, e, esc);
      return;
    case 'InterfaceType':
      out.push('interface{');
      e.methods.list.forEach((m, i) => {
        if (i > 0) out.push('; ');
        if (m.names.length > 0 && m.type.kind === 'FuncType') {
          out.push(m.names[0].name);
          writeSignature(out, m.type, esc);
        } else {
          writeExpr(out, m.type, esc);
        }
      });
      out.push('}');
      return;
    case 'MapType':
      out.push('map[');
      writeExpr(out, e.key, esc);
      out.push(']');
      writeExpr(out, e.value, esc);
      return;
    case 'ChanType': {
      if (e.dir === 'recv') out.push('<-');
      out.push('chan');
      if (e.dir === 'send') out.push('<-');
      out.push(' ');
      if (e.dir === 'both' && e.value.kind === 'ChanType' && e.value.dir === 'recv') {
        out.push('(');
        writeExpr(out, e.value, esc);
        out.push(')');
      } else {
        writeExpr(out, e.value, esc);
      }
      return;
    }
    default: {
      const never: never = e;
      out.push(String((never as ast.Expr).kind));
    }
  }
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function writeParams(out: string[], fl: ast.FieldList, open: string, close: string, esc: boolean): void {
  out.push(open);
  fl.list.forEach((f, i) => {
    if (i > 0) out.push(', ');
    if (f.names.length > 0) {
      out.push(f.names.map((n) => n.name).join(', '), ' ');
    }
    writeExpr(out, unparen(f.type), esc);
  });
  out.push(close);
}

function writeSignature(out: string[], t: ast.FuncType, esc: boolean): void {
  if (t.typeParams) writeParams(out, t.typeParams, '[', ']', esc);
  writeParams(out, t.params, '(', ')', esc);
  const r = t.results;
  if (r && r.list.length > 0) {
    out.push(' ');
    if (r.list.length === 1 && r.list[0].names.length === 0) writeExpr(out, r.list[0].type, esc);
    else writeParams(out, r, '(', ')', esc);
  }
}

/** Format a simple statement on one line (syntax.String of a SimpleStmt). */
export function stmtString(s: ast.ExprStmt | ast.SendStmt | ast.IncDecStmt | ast.AssignStmt): string {
  switch (s.kind) {
    case 'ExprStmt':
      return exprString(s.x);
    case 'SendStmt':
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    case 'IncDecStmt':
      return exprString(s.x) + s.tok;
    case 'AssignStmt':
      return `${s.lhs.map((x) => exprString(x)).join(', ')} ${s.tok} ${s.rhs.map((x) => exprString(x)).join(', ')}`;
  }
}
