// Package-level and local declarations: lazy resolution of consts, vars, types and funcs with cycle
// detection, methods attached to named types, package variable initialization order, function
// bodies, and the checkPackage entry point. Mirrors go/types decl.go, initorder.go, check.go.

import type * as ast from '../syntax/ast.js';
import {
  Named, Signature, Tuple, Interface, underlying, isValid, invalidType, isConstType, identical, typeString,
  type Type,
} from './types.js';
import { Var, Func, TypeName, Const, Scope, Package, type Obj } from './objects.js';
import { Checker, type DeclInfo, type Config, type Importer, type TypeError, type FuncCtx, type Operand } from './checker.js';
import { bad } from './checker.js';
import { typExpr, funcType, collectTypeParams, interfaceType } from './typexpr.js';
import { expr, assignment, initVars, initSingleVar } from './expr.js';
import { funcBody } from './stmt.js';
import { makeInt64, unknownValue } from './constant.js';
import type { Info } from './info.js';
import { lessObj } from './typeset.js';
import { sizeof } from './sizes.js';
import './typeset.js';

/** Objects whose declarations are being resolved (for cycle reports). */
const objPath: Obj[] = [];

/** Resolves a package-level object (go/types objDecl). */
export function objDecl(c: Checker, obj: Obj): void {
  const d = c.objMap.get(obj);
  if (!d) {
    // a local type name met again while being declared
    if (obj.kind === 'TypeName' && objPath.includes(obj) && !validTypeCycle(c, obj)) obj.type = invalidType;
    return;
  }
  if (d.color === 2) return;
  if (d.color === 1) {
    // cycle
    if (obj.kind === 'TypeName') {
      if (!validTypeCycle(c, obj)) obj.type = invalidType;
      return;
    }
    if (obj.kind === 'Func') return;
    if (!obj.type) {
      // var cycles are reported by initOrder (as types2 does); const cycles here
      if (obj.kind === 'Const') {
        const i = objPath.indexOf(obj);
        const cycle = i >= 0 ? objPath.slice(i) : [obj];
        const saved = c.file; c.file = d.file;
        if (cycle.length === 1) c.errorf(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
        else c.errorf(obj.pos, `initialization cycle for ${obj.name}\n${cycle.map((o) => `\t${c.objPosString(o)}: ${o.name} refers to`).join('\n')}\n\t${c.objPosString(obj)}: ${obj.name}`);
        c.file = saved;
      }
      obj.type = invalidType;
    }
    return;
  }
  d.color = 1;
  objPath.push(obj);
  const saved = { file: c.file, scope: c.scope, decl: c.decl, iota: c.iota, fctx: c.fctx, errpos: c.errpos, inTParamList: c.inTParamList };
  c.file = d.file;
  c.scope = d.fileScope;
  c.decl = d;
  c.iota = null;
  c.fctx = null;
  c.errpos = null;
  c.inTParamList = false;
  try {
    switch (obj.kind) {
      case 'Const': constDecl(c, obj, d.typ, d.init, d.iota, d.inherited === true); break;
      case 'Var': varDecl(c, obj, d); break;
      case 'TypeName': typeDecl(c, obj, d.tspec!); break;
      case 'Func': funcDecl(c, obj, d); break;
    }
  } finally {
    objPath.pop();
    d.color = 2;
    c.file = saved.file; c.scope = saved.scope; c.decl = saved.decl; c.iota = saved.iota; c.fctx = saved.fctx;
    c.errpos = saved.errpos; c.inTParamList = saved.inTParamList;
  }
}

export function constDecl(c: Checker, obj: Const, typ: ast.Expr | null, init: ast.Expr | null, iota: number, inherited = false): void {
  const savedErrpos = c.errpos;
  c.errpos = null;
  try {
    constDecl1(c, obj, typ, init, iota, inherited);
  } finally {
    c.errpos = savedErrpos;
  }
}

function constDecl1(c: Checker, obj: Const, typ: ast.Expr | null, init: ast.Expr | null, iota: number, inherited: boolean): void {
  c.iota = makeInt64(iota);
  let t: Type | null = null;
  if (typ) {
    t = typExpr(c, typ);
    if (isValid(t) && !isConstType(t)) {
      c.errorf(typ, `invalid constant type ${c.typeStr(t)}`);
      obj.type = invalidType;
      return;
    }
  }
  if (!init) { obj.type = t ?? invalidType; obj.val = unknownValue; return; }
  // errors in an inherited init expression are reported at the constant (go/types errpos)
  if (inherited) c.errpos = obj.pos;
  const x = expr(c, init);
  if (x.mode !== 'constant') {
    if (!bad(x)) c.errorf(init, `${c.opString(x)} is not constant`);
    obj.type = invalidType;
    obj.val = unknownValue;
    return;
  }
  if (t) assignment(c, x, t, 'constant declaration');
  obj.type = bad(x) ? invalidType : x.type;
  obj.val = bad(x) ? unknownValue : x.val!;
}

function varDecl(c: Checker, obj: Var, d: DeclInfo): void {
  let t: Type | null = null;
  if (d.typ) t = typExpr(c, d.typ);
  const lhs = d.lhs ?? [obj];
  if (t) for (const v of lhs) { v.type = t; v.alias = c.aliasOf.get(d.typ!) ?? null; }
  if (!d.init) { if (!t) obj.type = invalidType; return; }
  if (lhs.length === 1) initSingleVar(c, lhs[0], d.init);
  else initVars(c, lhs, [d.init], null);
  for (const v of lhs) if (!v.type) v.type = invalidType;
}

function typeDecl(c: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  c.validTypes.push(obj); // go/types: check.later(validType), registered first
  if (spec.assign >= 0) {
    obj.isAlias = true;
    if (spec.typeParams) c.errorf(spec.typeParams.pos, 'generic type alias requires GOEXPERIMENT=aliastypeparams');
    obj.type = invalidType; // provisional, for cycles
    obj.type = typExpr(c, spec.type);
    return;
  }
  const named = new Named(obj, null);
  obj.type = named;
  const outer = c.scope;
  if (spec.typeParams) {
    c.scope = new Scope(c.scope, `type ${obj.name}`);
    named.typeParams = collectTypeParams(c, spec.typeParams);
  }
  let rhs: Type;
  if (spec.type.kind === 'InterfaceType') {
    rhs = interfaceType(c, spec.type, named);
    c.record(spec.type, 'type', rhs, null);
  } else rhs = typExpr(c, spec.type);
  c.scope = outer;
  if (rhs.kind === 'TypeParam') {
    c.errorf(spec.type, `cannot use a type parameter as RHS in type declaration`);
    rhs = invalidType;
  }
  named.fromRHS = rhs;
  // A Named rhs whose own chain is still unresolved (type T4 T5; type T5 T3 while T3 is being
  // declared) is kept and resolved on first use (Named.underlying).
  named.underlying = rhs.kind === 'Named' && rhs.hasUnderlying && isValid(underlying(rhs)) ? underlying(rhs) : rhs;
  // methods
  const ms = c.methodDecls.get(obj) ?? [];
  const seen = new globalThis.Map<string, Func>();
  for (const m of ms) {
    if (m.name !== '_' && seen.has(m.name)) {
      const prev = seen.get(m.name)!;
      const saved = c.file;
      c.file = c.objMap.get(m)!.file;
      c.errorf(m.pos, `method ${obj.name}.${m.name} already declared at ${c.objPosString(prev)}`);
      c.file = saved;
      continue;
    }
    seen.set(m.name, m);
    named.addMethod(m);
  }
  // a method may not have the name of a field of the receiver's struct type (it stays a method:
  // selectors find it before the field, go/types checkFieldUniqueness)
  const u = named.hasUnderlying ? named.underlying : null;
  if (u && u.kind === 'Struct') {
    for (const m of named.methods) {
      const f = u.fields.find((x) => x.name === m.name && m.name !== '_');
      if (!f) continue;
      const saved = c.file;
      c.file = c.objMap.get(m)?.file ?? saved;
      c.errorf(m.pos, `field and method with the same name ${m.name}\n\t${c.objPosString(f)}: other declaration of ${m.name}`);
      c.file = saved;
    }
  }
}

/** firstInSrc: the index of the object declared first in the source. */
function firstInSrc(c: Checker, path: readonly Obj[]): number {
  const key = (o: Obj): [number, number] => [c.files.findIndex((f) => f.filename === o.filename), o.pos];
  let fst = 0;
  let [ff, fp] = key(path[0]);
  path.forEach((o, i) => {
    const [f, p] = key(o);
    if (f < ff || (f === ff && p < fp)) { fst = i; ff = f; fp = p; }
  });
  return fst;
}

/** Reports an invalid declaration cycle starting at cycle[start] (go/types cycleError). */
export function cycleError(c: Checker, cycle: readonly Obj[], start: number): void {
  const name = (o: Obj): string => (o.pkg && o.pkg !== c.pkg ? `${o.pkg.name}.` : '') + o.name;
  let obj = cycle[start];
  const saved = c.file;
  c.file = c.filesByName.get(obj.filename) ?? c.file;
  const tname = obj.kind === 'TypeName';
  if (cycle.length === 1) {
    c.errorf(obj.pos, tname ? `invalid recursive type: ${name(obj)} refers to itself` : `invalid cycle in declaration: ${name(obj)} refers to itself`);
  } else {
    const lines = [tname ? `invalid recursive type ${name(obj)}` : `invalid cycle in declaration of ${name(obj)}`];
    let i = start;
    for (let k = 0; k < cycle.length; k++) {
      lines.push(`\t${c.objPosString(obj)}: ${name(obj)} refers to`);
      i = (i + 1) % cycle.length;
      obj = cycle[i];
    }
    lines.push(`\t${c.objPosString(obj)}: ${name(obj)}`);
    c.errorf(cycle[start].pos, lines.join('\n'));
  }
  c.file = saved;
}

/**
 * A type name met again while it is being declared (go/types objDecl on a grey object + validCycle):
 * a cycle through type definitions only is fine (`type T struct{ next *T }`); through aliases only,
 * values, or a type parameter list of a generic type it is reported. Returns false if invalid.
 */
function validTypeCycle(c: Checker, obj: TypeName): boolean {
  const i = objPath.indexOf(obj);
  if (i < 0) return true;
  const cycle = objPath.slice(i);
  let nval = 0;
  let ndef = 0;
  let tparCycle = false;
  for (const o of cycle) {
    if (o.kind === 'Const' || o.kind === 'Var') nval++;
    else if (o.kind === 'TypeName') {
      if (c.inTParamList && c.objMap.get(o)?.tspec?.typeParams) { tparCycle = true; break; }
      if (!o.isAlias) ndef++;
    }
  }
  if (!tparCycle && (nval === cycle.length || (nval === 0 && ndef > 0))) return true;
  cycleError(c, cycle, firstInSrc(c, cycle));
  return false;
}

/** Pushes a local type name being declared (go/types check.push: grey), for cycle detection. */
export function pushLocalType(obj: TypeName): void { objPath.push(obj); }
export function popLocalType(): void { objPath.pop(); }

/**
 * validType: reports types that contain themselves (struct fields, array elements, embedded
 * interfaces, through instantiations), as go/types validtype.go; such types become invalid.
 */
export function validType(c: Checker, t: Named): void {
  validType0(c, t, [], [], 0);
}

function validType0(c: Checker, typ: Type, nest: Named[], path: Named[], depth: number): boolean {
  if (depth > 500) return true;
  switch (typ.kind) {
    case 'Array': return validType0(c, typ.elem, nest, path, depth + 1);
    case 'Struct':
      for (const f of typ.fields) if (f.type && !validType0(c, f.type, nest, path, depth + 1)) return false;
      return true;
    case 'Union':
      for (const t of typ.terms) if (!validType0(c, t.type, nest, path, depth + 1)) return false;
      return true;
    case 'Interface':
      for (const e of typ.embeddeds) if (!validType0(c, e, nest, path, depth + 1)) return false;
      return true;
    case 'Named': {
      const raw = typ.rawUnderlying;
      if (raw === null || !isValid(raw)) return false;
      if (nest.some((e) => e === typ || identical(e, typ))) {
        typ.underlying = invalidType;
        typ.orig.underlying = invalidType;
        const start = path.findIndex((p) => p === typ || identical(p, typ));
        if (start >= 0) cycleError(c, path.slice(start).map((p) => p.obj), 0);
        return false;
      }
      const rhs = typ.orig.fromRHS;
      if (rhs === null) return true; // not declared by this checker's source (or no RHS)
      return validType0(c, rhs, [...nest, typ], [...path, typ], depth + 1);
    }
    case 'TypeParam': {
      const d = nest.length - 1;
      if (d >= 0) {
        const inst = nest[d];
        const i = inst.typeParams.indexOf(typ);
        if (i >= 0 && i < inst.typeArgs.length) return validType0(c, inst.typeArgs[i], nest.slice(0, d), path, depth + 1);
      }
      return true;
    }
    default: return true;
  }
}

function funcDecl(c: Checker, obj: Func, d: DeclInfo): void {
  const fd = d.fdecl!;
  c.scope = new Scope(d.fileScope, `function ${obj.name}`, 'func');
  c.scope.filename = d.file.filename;
  const sig = funcType(c, fd.recv, fd.type);
  obj.type = sig;
  if (fd.recv && fd.type.typeParams) c.errorf(fd.type.typeParams.pos, 'methods cannot have type parameters');
  if (!fd.body) {
    obj.hasBody = false;
    return;
  }
  if (obj.name === 'main' && c.pkg.name === 'main' && !fd.recv && fd.type.typeParams) c.errorf(fd.name, 'func main must have no type parameters');
  const scope = c.scope;
  const file = d.file;
  if (c.conf.ignoreFuncBodies) return;
  c.delayed.push(() => {
    const saved = { file: c.file, scope: c.scope, decl: c.decl, fctx: c.fctx };
    c.file = file; c.decl = d; c.scope = scope;
    funcBody(c, fd, sig, fd.body!, scope, null);
    c.file = saved.file; c.scope = saved.scope; c.decl = saved.decl; c.fctx = saved.fctx;
  });
}

// ---------------------------------------------------------------------------------------------
// Package objects and init order

function packageObjects(c: Checker): void {
  const objs = [...c.objMap.keys()];
  // Types first (so that methods and var types see complete types), then the rest in order.
  c.typePhase = true;
  for (const o of objs) if (o.kind === 'TypeName') objDecl(c, o);
  c.typePhase = false;
  for (const tn of c.validTypes.splice(0)) if (tn.type && tn.type.kind === 'Named') validType(c, tn.type);
  for (const o of objs) if (o.kind === 'TypeName' && o.type && o.type.kind === 'Named') c.normalizeNamed(o.type);
  // methods declared on an alias belong to the aliased (local, named) type
  for (const o of objs) {
    if (o.kind !== 'TypeName' || !o.isAlias) continue;
    const ms = c.methodDecls.get(o);
    if (!ms || !o.type) continue;
    let t: Type = o.type;
    if (t.kind === 'Pointer') t = t.elem;
    const saved = c.file;
    for (const m of ms) {
      c.file = c.objMap.get(m)?.file ?? saved;
      if (t.kind !== 'Named' || t.obj.pkg !== c.pkg) continue; // reported with the receiver
      const prev = t.methods.find((x) => x.name === m.name && m.name !== '_');
      if (prev) { c.errorf(m.pos, `method ${t.obj.name}.${m.name} already declared at ${c.objPosString(prev)}`); continue; }
      t.addMethod(m);
    }
    c.file = saved;
  }
  c.resetTypeSets();
  // Delayed type checks (map keys etc.) queued during the type phase.
  const typeChecks = c.delayed.splice(0);
  for (const f of objs) if (f.kind === 'Func') objDecl(c, f);
  for (const o of objs) if (o.kind !== 'TypeName' && o.kind !== 'Func') objDecl(c, o);
  for (const t of typeChecks) t();
}

/** Package-level variable initialization order (Go spec "Package initialization"). */
function initOrder(c: Checker): void {
  const vars: Var[] = [];
  for (const o of c.objMap.keys()) if (o.kind === 'Var') vars.push(o);
  vars.sort((a, b) => (a.filename === b.filename ? a.pos - b.pos : fileIndex(c, a.filename) - fileIndex(c, b.filename)));
  // transitive var dependencies through funcs/consts/methods
  const depCache = new globalThis.Map<Obj, Set<Var>>();
  const varDeps = (o: Obj): Set<Var> => {
    const d = c.objMap.get(o);
    const out = new Set<Var>();
    if (!d) return out;
    const seen = new Set<Obj>([o]);
    const stack = [...d.deps];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      if (x.kind === 'Var') { out.add(x); continue; }
      const dx = c.objMap.get(x);
      if (dx) stack.push(...dx.deps);
    }
    return out;
  };
  for (const v of vars) depCache.set(v, varDeps(v));
  const done = new Set<Var>();
  const emittedDecl = new Set<DeclInfo>();
  let remaining = vars.slice();
  // report initialization cycles (go/types initorder.go reportCycle)
  for (const v of vars) {
    const path = cyclePath(c, v); // (also through a var's type: var x [unsafe.Sizeof(x)]int)
    if (path) {
      const saved = c.file;
      c.file = c.objMap.get(v)!.file;
      if (path.length <= 1) c.errorf(v.pos, `initialization cycle: ${v.name} refers to itself`);
      else {
        const lines = path.map((o) => `\t${c.objPosString(o)}: ${o.name} refers to`);
        c.errorf(v.pos, `initialization cycle for ${v.name}\n${lines.join('\n')}\n\t${c.objPosString(v)}: ${v.name}`);
      }
      c.file = saved;
      return;
    }
  }
  while (remaining.length) {
    let picked = -1;
    for (let i = 0; i < remaining.length; i++) {
      const v = remaining[i];
      const deps = depCache.get(v)!;
      let ready = true;
      for (const dv of deps) if (!done.has(dv) && dv !== v) {
        // deps on vars of the same multi-assign decl are fine
        const d1 = c.objMap.get(dv), d2 = c.objMap.get(v);
        if (d1 && d1 === d2 && d1.lhs) continue;
        ready = false; break;
      }
      if (ready) { picked = i; break; }
    }
    if (picked < 0) picked = 0; // cycle: already reported or impossible
    const v = remaining[picked];
    remaining.splice(picked, 1);
    done.add(v);
    const d = c.objMap.get(v)!;
    if (d.lhs) {
      for (const w of d.lhs) done.add(w);
      remaining = remaining.filter((w) => !d.lhs!.includes(w));
    }
    if (!d.init || emittedDecl.has(d)) continue;
    emittedDecl.add(d);
    c.info.initOrder.push({ lhs: d.lhs ?? [v], rhs: d.init });
  }
}

/** A dependency path v → … → v through package-level vars and funcs (v first). */
function cyclePath(c: Checker, v: Obj): Obj[] | null {
  const seen = new Set<Obj>();
  const dfs = (o: Obj, path: Obj[]): Obj[] | null => {
    const d = c.objMap.get(o);
    if (!d) return null;
    for (const n of d.deps) {
      if (n === v) return path;
      if (seen.has(n) || (n.kind !== 'Var' && n.kind !== 'Func')) continue;
      seen.add(n);
      const r = dfs(n, [...path, n]);
      if (r) return r;
    }
    return null;
  };
  return dfs(v, [v]);
}

function fileIndex(c: Checker, name: string): number { return c.files.findIndex((f) => f.filename === name); }

export interface CheckResult {
  pkg: Package;
  info: Info;
  errors: TypeError[];
}

/** Type-checks one package (go/types Config.Check). Never throws on bad input. */
export function checkPackage(path: string, files: readonly ast.File[], importer: Importer, conf: Config = {}): CheckResult {
  const name = files[0]?.name.name ?? 'main';
  const pkg = new Package(path, name, null);
  (pkg.scope as { parent: Scope | null }).parent = universeScope();
  return checkInto(pkg, files, importer, conf);
}

import { Universe } from './universe.js';
function universeScope(): Scope { return Universe; }

export function checkInto(pkg: Package, files: readonly ast.File[], importer: Importer, conf: Config): CheckResult {
  const c = new Checker(pkg, files, importer, conf);
  try {
    if (files.length > 0 && files[0].name.name === '_') {
      c.file = files[0];
      c.errorf(files[0].name, 'invalid package name _');
    }
    for (const f of files) {
      if (f.name.name !== pkg.name) {
        c.file = f;
        c.errorf(f.name, `package ${f.name.name}; expected package ${pkg.name}`);
      }
    }
    c.collectObjects();
    packageObjects(c);
    while (c.delayed.length) { const f = c.delayed.shift()!; f(); }
    c.resetTypeSets();
    initOrder(c);
    c.unusedImports();
    finalizeUntyped(c);
    if (pkg.name === 'main' && path(pkg) === 'main' && !conf.ignoreFuncBodies) {
      const m = pkg.scope.lookup('main');
      if (!m || m.kind !== 'Func') {
        c.file = files[0] ?? null;
        if (files.length) c.errors.push({ filename: '', line: 0, column: 0, msg: 'function main is undeclared in the main package', offset: -1 });
      }
    }
  } catch (err) {
    c.errors.push({ filename: c.file?.filename ?? '', line: 0, column: 0, msg: `internal error: ${(err as Error)?.stack ?? err}`, offset: 0 });
  }
  pkg.complete = true;
  const errors = c.errors.slice().sort((a, b) =>
    a.filename === b.filename ? (a.line - b.line || a.column - b.column) : fileIndex(c, a.filename) - fileIndex(c, b.filename));
  // remove duplicates (same position and message), as cmd/compile does
  const out: TypeError[] = [];
  for (const e of errors) {
    const p = out[out.length - 1];
    if (p && p.filename === e.filename && p.line === e.line && p.msg === e.msg) continue;
    out.push(e);
  }
  return { pkg, info: c.info, errors: out };
}

function path(p: Package): string { return p.path; }

/** Untyped expressions never converted keep their untyped type (go/types recordUntyped). */
function finalizeUntyped(c: Checker): void {
  for (const [e, u] of c.untyped) {
    c.info.types.set(e, { mode: u.mode, type: u.type, value: u.mode === 'constant' ? u.val : null });
  }
  c.untyped.clear();
}

export { lessObj, identical, typeString, sizeof, Signature, Tuple, Interface, Var, Func, TypeName, Const };
export type { FuncCtx, Operand };
