// walk.ts — AST traversal: children(), inspect() (mirrors go/ast/walk.go's Walk/Inspect).

import type { Node } from './ast.js';

/** The direct children of `n`, in source order (comments are not included, except a File's doc is skipped too). */
export function children(n: Node): Node[] {
  const out: Node[] = [];
  const add = (c: Node | null | undefined): void => {
    if (c) out.push(c);
  };
  const addAll = (cs: readonly Node[] | null): void => {
    if (cs) for (const c of cs) out.push(c);
  };
  switch (n.kind) {
    case 'Comment': case 'CommentGroup': case 'BadExpr': case 'Ident': case 'BasicLit':
    case 'BadStmt': case 'EmptyStmt': case 'BadDecl':
      break;
    case 'Field': addAll(n.names); add(n.type); add(n.tag); break;
    case 'FieldList': addAll(n.list); break;
    case 'Ellipsis': add(n.elt); break;
    case 'FuncLit': add(n.type); add(n.body); break;
    case 'CompositeLit': add(n.type); addAll(n.elts); break;
    case 'ParenExpr': add(n.x); break;
    case 'SelectorExpr': add(n.x); add(n.sel); break;
    case 'IndexExpr': add(n.x); add(n.index); break;
    case 'IndexListExpr': add(n.x); addAll(n.indices); break;
    case 'SliceExpr': add(n.x); add(n.low); add(n.high); add(n.max); break;
    case 'TypeAssertExpr': add(n.x); add(n.type); break;
    case 'CallExpr': add(n.fun); addAll(n.args); break;
    case 'StarExpr': add(n.x); break;
    case 'UnaryExpr': add(n.x); break;
    case 'BinaryExpr': add(n.x); add(n.y); break;
    case 'KeyValueExpr': add(n.key); add(n.value); break;
    case 'ArrayType': add(n.len); add(n.elt); break;
    case 'StructType': add(n.fields); break;
    case 'FuncType': add(n.typeParams); add(n.params); add(n.results); break;
    case 'InterfaceType': add(n.methods); break;
    case 'MapType': add(n.key); add(n.value); break;
    case 'ChanType': add(n.value); break;
    case 'DeclStmt': add(n.decl); break;
    case 'LabeledStmt': add(n.label); add(n.stmt); break;
    case 'ExprStmt': add(n.x); break;
    case 'SendStmt': add(n.chan); add(n.value); break;
    case 'IncDecStmt': add(n.x); break;
    case 'AssignStmt': addAll(n.lhs); addAll(n.rhs); break;
    case 'GoStmt': add(n.call); break;
    case 'DeferStmt': add(n.call); break;
    case 'ReturnStmt': addAll(n.results); break;
    case 'BranchStmt': add(n.label); break;
    case 'BlockStmt': addAll(n.list); break;
    case 'IfStmt': add(n.init); add(n.cond); add(n.body); add(n.else); break;
    case 'CaseClause': addAll(n.list); addAll(n.body); break;
    case 'SwitchStmt': add(n.init); add(n.tag); add(n.body); break;
    case 'TypeSwitchStmt': add(n.init); add(n.assign); add(n.body); break;
    case 'CommClause': add(n.comm); addAll(n.body); break;
    case 'SelectStmt': add(n.body); break;
    case 'ForStmt': add(n.init); add(n.cond); add(n.post); add(n.body); break;
    case 'RangeStmt': add(n.key); add(n.value); add(n.x); add(n.body); break;
    case 'ImportSpec': add(n.name); add(n.path); break;
    case 'ValueSpec': addAll(n.names); add(n.type); addAll(n.values); break;
    case 'TypeSpec': add(n.name); add(n.typeParams); add(n.type); break;
    case 'GenDecl': addAll(n.specs); break;
    case 'FuncDecl': add(n.recv); add(n.name); add(n.type); add(n.body); break;
    case 'File': add(n.name); addAll(n.decls); break;
    default: {
      const never: never = n;
      throw new Error(`children: unknown node ${(never as Node).kind}`);
    }
  }
  return out;
}

/**
 * Depth-first pre-order traversal like go/ast.Inspect: `f(node)` is called for each node; if it
 * returns false the node's children are skipped. Iterative (no recursion limit on deep trees).
 */
export function inspect(root: Node, f: (n: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (f(n) === false) continue;
    const cs = children(n);
    for (let i = cs.length - 1; i >= 0; i--) stack.push(cs[i]);
  }
}
