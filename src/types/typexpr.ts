// Evaluation of type expressions: identifiers, qualified names, pointer/slice/array/map/chan types,
// function signatures (incl. receivers and type parameters), struct and interface types, generic
// instantiation. Mirrors go/types typexpr.go, signature.go, struct.go, interface.go, union.go.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Pointer, Slice, Array as ArrayT, Map as MapT, Chan, ChanDir, Struct, Tuple, Signature,
  Interface, Named, TypeParam, Union, Term, underlying, isValid, invalidType, comparable, isTypeParam, identical, isUntyped,
  type Type,
} from './types.js';
import { Var, Func, TypeName, type Obj } from './objects.js';
import { unquoteString, bytesToString, toInt, type Value } from './constant.js';
import type { Checker } from './checker.js';
import { bad } from './checker.js';
import { objDecl } from './decl.js';
import { expr, exprOrType, objOperand } from './expr.js';
import { instantiateNamed } from './generics.js';
import { universeComparable } from './universe.js';

/** Resolves an identifier in the current scope chain (marks imports used). */
export function lookupIdent(c: Checker, id: ast.Ident): Obj | undefined {
  const r = c.scope.lookupParent(id.name);
  if (!r) return undefined;
  const [scope, obj] = r;
  if (scope.scopeKind === 'file' && obj.kind !== 'PkgName') {
    // dot-imported object
    for (const d of c.dotImports) if (d.pkgName.imported === obj.pkg) d.used = true;
  }
  return obj;
}

/** Evaluates a type expression; records it; returns invalidType on error. */
export function typExpr(c: Checker, e: ast.Expr, allowGeneric = false): Type {
  const t = typInternal(c, e, allowGeneric);
  c.record(e, 'type', t, null);
  return t;
}

/** A generic type used without instantiation is an error unless allowGeneric. */
function checkGeneric(c: Checker, e: ast.Expr, t: Type, allowGeneric: boolean): Type {
  if (!allowGeneric && t.kind === 'Named' && t.typeParams.length > 0 && !t.isInstance()) {
    c.errorf(e, `cannot use generic type ${c.typeStr(t)} without instantiation`);
    return invalidType;
  }
  return t;
}

function typInternal(c: Checker, e: ast.Expr, allowGeneric: boolean): Type {
  switch (e.kind) {
    case 'BadExpr': return invalidType;
    case 'Ident': {
      if (e.name === '_') { c.errorf(e, 'cannot use _ as value or type'); return invalidType; }
      const obj = lookupIdent(c, e);
      if (!obj) { c.errorf(e, `undefined: ${e.name}`); return invalidType; }
      c.recordUse(e, obj);
      if (obj.kind !== 'TypeName') {
        if (obj.kind === 'PkgName') { c.errorf(e, `use of package ${obj.name} not in selector`); return invalidType; }
        if (obj.kind === 'Var' && obj.pkg === c.pkg) obj.used = true; // check.ident marks it used first
        c.errorf(e, `${e.name} is not a type`);
        return invalidType;
      }
      objDecl(c, obj); // also when being declared: detects invalid cycles (go/types ident)
      const t = obj.type ?? invalidType;
      if (obj.isAlias) c.aliasOf.set(e, obj);
      return checkGeneric(c, e, t, allowGeneric);
    }
    case 'SelectorExpr': {
      if (e.x.kind === 'Ident') {
        const o = lookupIdent(c, e.x);
        if (o && o.kind === 'PkgName') {
          o.used = true;
          c.recordUse(e.x, o);
          const m = o.imported.scope.lookup(e.sel.name);
          if (!m || !m.exported()) {
            if (m && !m.exported()) c.errorf(e.sel, `name ${e.sel.name} not exported by package ${o.imported.name}`);
            else if (!o.imported.fake) c.errorf(e.sel, `undefined: ${e.x.name}.${e.sel.name}`);
            return invalidType;
          }
          c.recordUse(e.sel, m);
          if (m.kind !== 'TypeName') {
            const x = objOperand(c, e, m, true);
            if (!bad(x)) c.errorf(e, `${c.opString(x)} is not a type`);
            return invalidType;
          }
          if (m.isAlias) c.aliasOf.set(e, m);
          return checkGeneric(c, e, m.type ?? invalidType, allowGeneric);
        }
      }
      const x = exprOrType(c, e);
      if (x.mode === 'type') return x.type;
      if (!bad(x)) c.errorf(e, `${c.exprStr(e)} is not a type`);
      return invalidType;
    }
    case 'ParenExpr': {
      const t = typExpr(c, e.x, allowGeneric);
      const a = c.aliasOf.get(e.x);
      if (a) c.aliasOf.set(e, a);
      return t;
    }
    case 'StarExpr': {
      const t = typExpr(c, e.x);
      return isValid(t) ? new Pointer(t) : invalidType;
    }
    case 'ArrayType': {
      if (!e.len) return new Slice(typExpr(c, e.elt));
      if (e.len.kind === 'Ellipsis') {
        c.errorf(e.len, 'invalid use of [...] array (outside a composite literal)');
        typExpr(c, e.elt);
        return invalidType;
      }
      const n = arrayLength(c, e.len);
      const elem = typExpr(c, e.elt);
      return n < 0 ? invalidType : new ArrayT(elem, n);
    }
    case 'Ellipsis': {
      c.errorf(e, 'invalid use of ...');
      return invalidType;
    }
    case 'MapType': {
      const k = typExpr(c, e.key);
      const v = typExpr(c, e.value);
      if (isValid(k)) {
        const check = () => {
          if (isTypeParam(k)) { if (!comparable(k)) c.errorf(e.key, `invalid map key type ${c.typeStr(k)} (missing comparable constraint)`); return; }
          if (!comparable(k)) c.errorf(e.key, `invalid map key type ${c.typeStr(k)}`);
        };
        if (c.typePhase) { const f = c.file; c.delayed.push(() => { const g = c.file; c.file = f; check(); c.file = g; }); } else check();
      }
      return new MapT(k, v);
    }
    case 'ChanType': {
      const dir = e.dir === 'send' ? ChanDir.SendOnly : e.dir === 'recv' ? ChanDir.RecvOnly : ChanDir.SendRecv;
      return new Chan(dir, typExpr(c, e.value));
    }
    case 'FuncType': {
      const outer = c.scope;
      c.scope = c.newScope(null, 'function');
      const sig = funcType(c, null, e);
      c.scope = outer;
      return sig;
    }
    case 'StructType': return structType(c, e);
    case 'InterfaceType': return interfaceType(c, e, null);
    case 'IndexExpr': case 'IndexListExpr': {
      const gen = typExpr(c, e.x, true);
      if (!isValid(gen)) { indexArgs(e).forEach((a) => typExpr(c, a)); return invalidType; }
      if (gen.kind !== 'Named' || gen.typeParams.length === 0) {
        c.errorf(e.x, `${c.typeStr(gen)} is not a generic type`);
        return invalidType;
      }
      const args = indexArgs(e).map((a) => typExpr(c, a));
      if (args.some((a) => !isValid(a))) return invalidType;
      if (args.length !== gen.typeParams.length) {
        c.errorf(e, `${args.length < gen.typeParams.length ? 'not enough' : 'too many'} type arguments for type ${gen.obj.name}: have ${args.length}, want ${gen.typeParams.length}`);
        return invalidType;
      }
      const inst = instantiateNamed(c, gen, args, e);
      if (e.x.kind === 'Ident') c.info.instances.set(e.x, { typeArgs: args, type: inst });
      else if (e.x.kind === 'SelectorExpr') c.info.instances.set(e.x.sel, { typeArgs: args, type: inst });
      return inst;
    }
    case 'BinaryExpr': case 'UnaryExpr':
      if ((e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~')) {
        c.errorf(e, `cannot use ${c.exprStr(e)} as value`);
        return invalidType;
      }
    // fallthrough
    default: {
      const x = exprOrType(c, e);
      if (x.mode === 'type') return x.type;
      if (!bad(x)) c.errorf(e, `${c.exprStr(e)} is not a type`);
      return invalidType;
    }
  }
}

export function indexArgs(e: ast.IndexExpr | ast.IndexListExpr): readonly ast.Expr[] {
  return e.kind === 'IndexExpr' ? [e.index] : e.indices;
}

/** Evaluates an array length expression; -1 on error. */
export function arrayLength(c: Checker, e: ast.Expr): number {
  // (go/types arrayLength: an identifier that is not a constant may be a type parameter
  // declaration with a missing constraint)
  if (e.kind === 'Ident') {
    const o = lookupIdent(c, e);
    if (!o) { c.errorf(e, `undefined array length ${e.name} or missing type constraint`); return -1; }
    if (o.kind !== 'Const') { c.errorf(e, `invalid array length ${e.name}`); return -1; }
  }
  const x = expr(c, e);
  if (x.mode !== 'constant') {
    if (!bad(x)) c.errorf(e, `array length ${c.opString(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isIntegerType(x.type)) {
    const v = toInt(x.val!);
    // (lengths from 2^50 on, valid for go/types, are "larger than address space" for cmd/compile)
    if (v.kind === 'Int' && v.v >= 0n && v.v < (1n << 50n)) return Number(v.v);
  }
  if (isIntegerType(x.type)) c.errorf(e, `invalid array length ${c.opString(x)}`);
  else c.errorf(e, `array length ${c.opString(x)} must be integer`);
  return -1;
}
function isIntegerType(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && (u.info & 2) !== 0; }
function describeNonConst(c: Checker, x: { mode: string; type: Type }): string {
  return `${x.mode === 'variable' ? 'variable' : 'value'} of type ${c.typeStr(x.type)}`;
}

// ---------------------------------------------------------------------------------------------
// Signatures

/** Declares type parameters listed in fl into the current scope. */
export function collectTypeParams(c: Checker, fl: ast.FieldList): TypeParam[] {
  const tps: TypeParam[] = [];
  for (const f of fl.list) {
    for (const id of f.names) {
      const tn = new TypeName(c.pkg, id.name, null, id.pos, c.file?.filename ?? '');
      const tp = new TypeParam(tn, tps.length, universeComparable);
      tn.type = tp;
      c.declare(c.scope, id, tn);
      tps.push(tp);
    }
  }
  // constraints (may refer to the type parameters)
  let i = 0;
  const saved = c.inTParamList;
  c.inTParamList = true;
  try {
    for (const f of fl.list) {
      const bound = constraintType(c, f.type);
      for (const _ of f.names) { tps[i++].constraint = bound; void _; }
    }
  } finally {
    c.inTParamList = saved;
  }
  return tps;
}

/** A constraint: an interface, or a type/union standing for interface{T}. */
export function constraintType(c: Checker, e: ast.Expr): Type {
  const t = unionOrType(c, e);
  if (!isValid(t)) return invalidType;
  if (t.kind !== 'Union' && underlying(t).kind === 'Interface' && t.kind !== 'TypeParam') return t;
  const i = new Interface([], [t]);
  i.implicit = true;
  c.ifaces.push(i);
  return i;
}

function unionOrType(c: Checker, e: ast.Expr): Type {
  if ((e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~')) {
    const terms: Term[] = [];
    const collect = (x: ast.Expr) => {
      if (x.kind === 'BinaryExpr' && x.op === '|') { collect(x.x); collect(x.y); return; }
      if (x.kind === 'UnaryExpr' && x.op === '~') {
        const t = typExpr(c, x.x);
        if (isValid(t) && underlying(t) !== t && t.kind !== 'Basic') {
          c.errorf(x, `invalid use of ~ (underlying type of ${c.typeStr(t)} is ${c.typeStr(underlying(t))})`);
        }
        terms.push(new Term(true, t));
        return;
      }
      terms.push(new Term(false, typExpr(c, x)));
    };
    collect(e);
    const u = new Union(terms);
    c.record(e, 'type', u, null);
    return u;
  }
  return typExpr(c, e);
}

/** Builds the signature of a function type in the current (fresh) scope, declaring receiver,
 *  type parameters, parameters and named results. */
export function funcType(c: Checker, recv: ast.FieldList | null, ft: ast.FuncType, recvTypeParams: TypeParam[] = []): Signature {
  c.recordScope(ft, c.scope);
  c.scope.pos = ft.pos; c.scope.end = ft.end;
  const tps = ft.typeParams ? collectTypeParams(c, ft.typeParams) : [];
  let recvVar: Var | null = null;
  if (recv && recv.list.length > 0) {
    const f = recv.list[0];
    const t = recvType(c, f.type, recvTypeParams);
    const name = f.names[0]?.name ?? '';
    recvVar = new Var(c.pkg, name, t, f.names[0]?.pos ?? f.type.pos, c.file?.filename ?? '');
    recvVar.isParam = true;
    if (!f.names[0]) c.info.implicits.set(f, recvVar);
    if (recv.list.length > 1 || f.names.length > 1) c.errorf(recv.list[1]?.pos ?? f.names[1].pos, 'method has multiple receivers');
  }
  // Parameter names are in scope in the body only: all types are resolved first (go/types
  // declares them in a temporary scope squashed into the function scope afterwards).
  const toDeclare: [ast.Ident, Var][] = [];
  if (recvVar && recv && recv.list[0].names[0]) toDeclare.push([recv.list[0].names[0], recvVar]);
  const [params, variadic] = paramList(c, ft.params, true, toDeclare);
  const [results] = ft.results ? paramList(c, ft.results, false, toDeclare) : [[], false];
  for (const [id, v] of toDeclare) c.declare(c.scope, id, v);
  return new Signature(recvVar, tps, new Tuple(params), new Tuple(results), variadic, recvTypeParams);
}

function paramList(c: Checker, fl: ast.FieldList, variadicOk: boolean, toDeclare: [ast.Ident, Var][]): [Var[], boolean] {
  const vars: Var[] = [];
  let variadic = false;
  fl.list.forEach((f, i) => {
    let te = f.type;
    let isVariadic = false;
    if (te.kind === 'Ellipsis') {
      isVariadic = true;
      if (!variadicOk || i !== fl.list.length - 1 || f.names.length > 1) {
        c.errorf(te, variadicOk ? 'can only use ... with final parameter in list' : 'can only use ... with final parameter in list');
      } else variadic = true;
      te = te.elt ?? te;
    }
    let t = te.kind === 'Ellipsis' ? invalidType : typExpr(c, te);
    if (isVariadic) t = new Slice(t);
    if (f.names.length === 0) {
      const v = new Var(c.pkg, '', t, f.type.pos, c.file?.filename ?? '');
      v.isParam = true;
      c.info.implicits.set(f, v);
      vars.push(v);
    } else {
      for (const id of f.names) {
        const v = new Var(c.pkg, id.name, t, id.pos, c.file?.filename ?? '');
        v.isParam = true;
        v.alias = c.aliasOf.get(te) ?? null;
        vars.push(v);
        toDeclare.push([id, v]);
      }
    }
  });
  return [vars, variadic];
}

/** The receiver type `T`, `*T`, `T[P]`, `*T[P]`: declares the receiver's type parameter names
 *  (as aliases of the generic type's own type parameters). */
function recvType(c: Checker, e: ast.Expr, out: TypeParam[]): Type {
  let ptr = false;
  let x = e;
  while (x.kind === 'ParenExpr') x = x.x;
  if (x.kind === 'StarExpr') { ptr = true; x = x.x; while (x.kind === 'ParenExpr') x = x.x; }
  let t: Type;
  if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') {
    const base = typExpr(c, x.x, true);
    if (base.kind !== 'Named' || base.typeParams.length === 0) {
      if (isValid(base)) c.errorf(x.x, `${c.typeStr(base)} is not a generic type`);
      t = invalidType;
    } else {
      const names = indexArgs(x);
      if (names.length !== base.typeParams.length) {
        c.errorf(x, `receiver declares ${names.length} type parameters, but receiver base type declares ${base.typeParams.length}`);
      }
      names.forEach((n, i) => {
        const tp = base.typeParams[i];
        if (n.kind !== 'Ident' || !tp) { if (n.kind !== 'Ident') c.errorf(n, 'receiver type parameter must be an identifier'); return; }
        const tn = new TypeName(c.pkg, n.name, tp, n.pos, c.file?.filename ?? '');
        tn.isAlias = true;
        c.declare(c.scope, n, tn);
        out.push(tp);
      });
      t = base;
      c.record(x, 'type', base, null);
    }
  } else {
    t = typExpr(c, x, true);
    if (t.kind === 'Named' && t.typeParams.length > 0 && !t.isInstance()) {
      c.errorf(x, `cannot use generic type ${c.typeStr(t)} without instantiation`);
    }
  }
  if (isValid(t)) {
    const ok = t.kind === 'Named' && t.obj.pkg === c.pkg && underlying(t).kind !== 'Pointer' && underlying(t).kind !== 'Interface';
    if (!ok) {
      // an alias receiver is named as written (go/types keeps the Alias)
      const alias = c.aliasOf.get(x);
      const ts = alias ? c.aliasName(alias) : c.typeStr(t);
      if (t.kind === 'Named' && t.obj.pkg !== c.pkg) c.errorf(x, `cannot define new methods on non-local type ${ts}`);
      else if (t.kind === 'Basic') c.errorf(x, `cannot define new methods on non-local type ${ts}`);
      else if (t.kind === 'Named' && underlying(t).kind === 'Pointer') c.errorf(x, `invalid receiver type ${ts} (pointer or interface type)`);
      else if (t.kind === 'Named' && underlying(t).kind === 'Interface') c.errorf(x, `invalid receiver type ${ts} (pointer or interface type)`);
      else c.errorf(x, `invalid receiver type ${ts}`);
    }
  }
  if (e !== x) c.record(e, 'type', ptr && isValid(t) ? new Pointer(t) : t, null);
  return ptr && isValid(t) ? new Pointer(t) : t;
}

// ---------------------------------------------------------------------------------------------
// Struct and interface types

function structType(c: Checker, e: ast.StructType): Type {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new globalThis.Map<string, Var>();
  for (const f of e.fields.list) {
    const t = typExpr(c, f.type);
    const tag = f.tag ? bytesToString(unquoteString(f.tag.value) ?? '') : '';
    const add = (name: string, pos: number, id: ast.Ident | null, embedded: boolean) => {
      const v = new Var(c.pkg, name, t, pos, c.file?.filename ?? '');
      v.isField = true;
      v.embedded = embedded;
      if (name !== '_' && seen.has(name)) {
        const prev = seen.get(name)!;
        const p = c.position(c.file, prev.pos);
        c.errorf(pos, `${name} redeclared\n\t${p.filename}:${p.line}:${p.column}: other declaration of ${name}`);
        return; // not added (avoids follow-up ambiguity errors)
      } else seen.set(name, v);
      if (id) c.recordDef(id, v);
      fields.push(v);
      tags.push(tag);
    };
    if (f.names.length === 0) {
      // embedded field: name is the type name
      let x = f.type;
      if (x.kind === 'StarExpr') x = x.x;
      if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') x = x.x;
      const nameId = x.kind === 'Ident' ? x : x.kind === 'SelectorExpr' ? x.sel : null;
      if (!nameId) { c.errorf(f.type, 'embedded field type must be a type name'); continue; }
      if (isValid(t)) {
        const check = () => {
          const u = underlying(t);
          if (t.kind === 'Pointer') {
            const bu = underlying(t.elem);
            if (bu.kind === 'Pointer') c.errorf(f.type, 'embedded field type cannot be a pointer');
            else if (bu.kind === 'Interface') c.errorf(f.type, 'embedded field type cannot be a pointer to an interface');
          } else if (u.kind === 'Pointer') c.errorf(f.type, 'embedded field type cannot be a pointer');
          else if (u.kind === 'Basic' && u.basicKind === BasicKind.UnsafePointer) c.errorf(f.type, 'embedded field type cannot be unsafe.Pointer');
          else if (t.kind === 'TypeParam') c.errorf(f.type, 'embedded field type cannot be a (pointer to a) type parameter');
        };
        if (c.typePhase) c.delayed.push(check); else check();
      }
      add(nameId.name, f.type.pos, nameId, true); // go/types: Defs maps the ident to the field too
    } else {
      for (const id of f.names) add(id.name, id.pos, id, false);
    }
  }
  return new Struct(fields, tags);
}

/** Interface type; `def` is the Named being declared (method receivers get it as type). */
export function interfaceType(c: Checker, e: ast.InterfaceType, def: Named | null): Interface {
  const iface = new Interface([], []);
  c.ifaces.push(iface);
  const recvT: Type = def ?? iface;
  const names = new globalThis.Map<string, Func>();
  const embedded: [Type, number][] = [];
  for (const f of e.methods.list) {
    if (f.names.length > 0 && f.type.kind === 'FuncType') {
      const id = f.names[0];
      const outer = c.scope;
      c.scope = c.newScope(null, 'method');
      const sig = funcType(c, null, f.type);
      c.scope = outer;
      if (sig.typeParams.length) c.errorf(f.type, 'interface method must have no type parameters');
      sig.recv = new Var(c.pkg, '', recvT, id.pos, c.file?.filename ?? '');
      const m = new Func(c.pkg, id.name, sig, id.pos, c.file?.filename ?? '');
      const prev = names.get(id.name);
      if (id.name === '_') c.errorf(id, 'methods must have a unique non-blank name');
      else if (prev) {
        const p = c.position(c.file, prev.pos);
        c.errorf(id, `duplicate method ${id.name}\n\t${p.filename}:${p.line}:${p.column}: other declaration of method ${id.name}`);
      } else names.set(id.name, m);
      c.recordDef(id, m);
      iface.methods.push(m);
      continue;
    }
    const t = unionOrType(c, f.type);
    if (!isValid(t)) continue;
    iface.embeddeds.push(t);
    embedded.push([t, f.type.pos]);
  }
  // Methods met again through embedding must have identical signatures; checked once all types
  // are complete (go/types computeInterfaceTypeSet, check.later).
  if (embedded.length > 0) {
    const file = c.file;
    c.delayed.push(() => {
      const saved = c.file;
      c.file = file;
      const seen = new globalThis.Map<string, [Func, number]>();
      for (const m of iface.methods) if (!seen.has(m.id())) seen.set(m.id(), [m, m.pos]);
      for (const [t, pos] of embedded) {
        const u = underlying(t);
        if (u.kind !== 'Interface') continue;
        for (const m of u.allMethods) {
          const other = seen.get(m.id());
          if (!other) { seen.set(m.id(), [m, pos]); continue; }
          if (other[0] === m || !m.type || !other[0].type || identical(m.type, other[0].type)) continue;
          const p = c.position(file, other[1]);
          c.errorf(pos, `duplicate method ${m.name}\n\t${p.filename}:${p.line}:${p.column}: other declaration of method ${m.name}`);
        }
      }
      c.file = saved;
    });
  }
  return iface;
}

export { Typ, BasicKind, type Value };
