// Formatting of expressions in type-checker error messages, as cmd/compile's types2 prints them
// (syntax.String with short forms): `x + y`, `f(a, b)`, `T{…}`, `func() {…}`, `[]int`, `m[k]`.

import type * as ast from '../syntax/ast.js';

export function exprString(e: ast.Expr | null): string {
  const w: string[] = [];
  if (e) write(w, e);
  return w.join('');
}

function list(w: string[], l: readonly ast.Expr[]): void {
  l.forEach((x, i) => { if (i > 0) w.push(', '); write(w, x); });
}

function fieldList(w: string[], fl: ast.FieldList | null, sep: string): void {
  if (!fl) return;
  fl.list.forEach((f, i) => {
    if (i > 0) w.push(sep);
    if (f.names.length) { w.push(f.names.map((n) => n.name).join(', ')); w.push(' '); }
    write(w, f.type);
  });
}

function funcSig(w: string[], t: ast.FuncType): void {
  if (t.typeParams && t.typeParams.list.length) { w.push('['); fieldList(w, t.typeParams, ', '); w.push(']'); }
  w.push('(');
  fieldList(w, t.params, ', ');
  w.push(')');
  const r = t.results;
  if (r && r.list.length) {
    w.push(' ');
    if (r.list.length === 1 && r.list[0].names.length === 0) write(w, r.list[0].type);
    else { w.push('('); fieldList(w, r, ', '); w.push(')'); }
  }
}

function write(w: string[], e: ast.Expr): void {
  switch (e.kind) {
    case 'BadExpr': w.push('BadExpr'); return;
    case 'Ident': w.push(e.name); return;
    case 'Ellipsis': w.push('...'); if (e.elt) write(w, e.elt); return;
    case 'BasicLit': w.push(e.value); return;
    case 'FuncLit': w.push('func'); funcSig(w, e.type); w.push(e.body.list.length > 0 ? ' {…}' : ' {}'); return;
    case 'CompositeLit':
      if (e.type) write(w, e.type);
      w.push(e.elts.length ? '{…}' : '{}');
      return;
    case 'ParenExpr': w.push('('); write(w, e.x); w.push(')'); return;
    case 'SelectorExpr': write(w, e.x); w.push('.', e.sel.name); return;
    case 'IndexExpr': write(w, e.x); w.push('['); write(w, e.index); w.push(']'); return;
    case 'IndexListExpr': write(w, e.x); w.push('['); list(w, e.indices); w.push(']'); return;
    case 'SliceExpr':
      write(w, e.x); w.push('[');
      if (e.low) write(w, e.low);
      w.push(':');
      if (e.high) write(w, e.high);
      if (e.slice3) { w.push(':'); if (e.max) write(w, e.max); }
      w.push(']');
      return;
    case 'TypeAssertExpr': write(w, e.x); w.push('.('); if (e.type) write(w, e.type); else w.push('type'); w.push(')'); return;
    case 'CallExpr': write(w, e.fun); w.push('('); list(w, e.args); if (e.ellipsis >= 0) w.push('...'); w.push(')'); return;
    case 'StarExpr': w.push('*'); write(w, e.x); return;
    case 'UnaryExpr': w.push(e.op); write(w, e.x); return;
    case 'BinaryExpr': write(w, e.x); w.push(' ', e.op, ' '); write(w, e.y); return;
    case 'KeyValueExpr': write(w, e.key); w.push(': '); write(w, e.value); return;
    case 'ArrayType': w.push('['); if (e.len) write(w, e.len); w.push(']'); write(w, e.elt); return;
    case 'StructType':
      w.push('struct{');
      if (e.fields.list.length) w.push('…');
      w.push('}');
      return;
    case 'FuncType': w.push('func'); funcSig(w, e); return;
    case 'InterfaceType':
      w.push('interface{');
      if (e.methods.list.length) w.push('…');
      w.push('}');
      return;
    case 'MapType': w.push('map['); write(w, e.key); w.push(']'); write(w, e.value); return;
    case 'ChanType':
      w.push(e.dir === 'send' ? 'chan<- ' : e.dir === 'recv' ? '<-chan ' : 'chan ');
      write(w, e.value);
      return;
  }
}
