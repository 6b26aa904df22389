// Formatting of types the way go/types/types2 print them in error messages (src/go/types/typestring.go):
// `[]int`, `map[string]int`, `func(x int) (int, error)`, `struct{a int; b string}`, `interface{M()}`,
// `chan<- int`, `main.T[int]` (qualified by the qualifier).

import { ChanDir, type Type } from './types.js';
import type { Package, Var } from './objects.js';
import { quoteGo, utf8Bytes } from './constant.js';

/** Returns the prefix printed before names from pkg ('' = unqualified). */
export type Qualifier = (pkg: Package) => string;

/** Qualifies everything by package path (go/types default when no qualifier is given). */
export const pathQualifier: Qualifier = (p) => p.path;
/** Qualifies by package name, except for `self` which is unqualified (types2 error style). */
export function relativeTo(self: Package | null): Qualifier {
  return (p) => (p === self ? '' : p.name);
}

/** The universe `any` interface (set by universe.ts) prints as "any". */
let anyIface: Type | null = null;
export function setUniverseAny(t: Type): void { anyIface = t; }

export function typeString(t: Type | null, q: Qualifier = pathQualifier): string {
  const w: string[] = [];
  writeType(w, t, q, new Set());
  return w.join('');
}

function qualifiedName(pkg: Package | null, name: string, q: Qualifier): string {
  if (!pkg) return name;
  const p = q(pkg);
  return p ? `${p}.${name}` : name;
}

function writeTuple(w: string[], vars: readonly Var[], variadic: boolean, q: Qualifier, seen: Set<Type>): void {
  w.push('(');
  vars.forEach((v, i) => {
    if (i > 0) w.push(', ');
    if (v.name && v.name !== '') { w.push(v.name, ' '); }
    if (variadic && i === vars.length - 1 && v.type && v.type.kind === 'Slice') {
      w.push('...');
      writeType(w, v.type.elem, q, seen);
    } else writeType(w, v.type, q, seen);
  });
  w.push(')');
}

export function writeSignature(w: string[], t: Type & { kind: 'Signature' }, q: Qualifier, seen: Set<Type> = new Set()): void {
  if (t.typeParams.length > 0) {
    w.push('[');
    t.typeParams.forEach((tp, i) => {
      if (i > 0) w.push(', ');
      w.push(tp.obj.name, ' ');
      writeType(w, tp.constraint, q, seen);
    });
    w.push(']');
  }
  writeTuple(w, t.params.vars, t.variadic, q, seen);
  const r = t.results.vars;
  if (r.length === 0) return;
  w.push(' ');
  if (r.length === 1 && !r[0].name) { writeType(w, r[0].type, q, seen); return; }
  writeTuple(w, r, false, q, seen);
}

function writeType(w: string[], t: Type | null, q: Qualifier, seen: Set<Type>): void {
  if (!t) { w.push('<nil>'); return; }
  switch (t.kind) {
    case 'Basic':
      if (t.name === 'Pointer') { w.push('unsafe.Pointer'); return; }
      w.push(t.name);
      return;
    case 'Pointer': w.push('*'); writeType(w, t.elem, q, seen); return;
    case 'Slice': w.push('[]'); writeType(w, t.elem, q, seen); return;
    case 'Array': w.push(`[${t.len < 0 ? '?' : t.len}]`); writeType(w, t.elem, q, seen); return;
    case 'Map': w.push('map['); writeType(w, t.key, q, seen); w.push(']'); writeType(w, t.elem, q, seen); return;
    case 'Chan': {
      let parens = false;
      if (t.dir === ChanDir.SendRecv) {
        w.push('chan ');
        if (t.elem.kind === 'Chan' && t.elem.dir === ChanDir.RecvOnly) parens = true;
      } else if (t.dir === ChanDir.SendOnly) w.push('chan<- ');
      else w.push('<-chan ');
      if (parens) w.push('(');
      writeType(w, t.elem, q, seen);
      if (parens) w.push(')');
      return;
    }
    case 'Struct': {
      w.push('struct{');
      t.fields.forEach((f, i) => {
        if (i > 0) w.push('; ');
        if (!f.embedded) w.push(f.name, ' ');
        writeType(w, f.type, q, seen);
        const tag = t.tags[i];
        if (tag) w.push(' ', quoteGo(utf8Bytes(tag)));
      });
      w.push('}');
      return;
    }
    case 'Tuple': writeTuple(w, t.vars, false, q, seen); return;
    case 'Signature': w.push('func'); writeSignature(w, t, q, seen); return;
    case 'Union':
      t.terms.forEach((term, i) => {
        if (i > 0) w.push(' | ');
        if (term.tilde) w.push('~');
        writeType(w, term.type, q, seen);
      });
      return;
    case 'Interface': {
      if (t === anyIface) { w.push('any'); return; }
      if (seen.has(t)) { w.push('interface{...}'); return; }
      seen.add(t);
      if (t.implicit && t.embeddeds.length === 1 && t.methods.length === 0) {
        writeType(w, t.embeddeds[0], q, seen);
        seen.delete(t);
        return;
      }
      w.push('interface{');
      let first = true;
      for (const e of t.embeddeds) {
        if (!first) w.push('; ');
        first = false;
        writeType(w, e, q, seen);
      }
      for (const m of t.methods) {
        if (!first) w.push('; ');
        first = false;
        w.push(m.name);
        if (m.type && m.type.kind === 'Signature') writeSignature(w, m.type, q, seen);
      }
      w.push('}');
      seen.delete(t);
      return;
    }
    case 'Named': {
      w.push(qualifiedName(t.obj.pkg, t.obj.name, q));
      if (t.typeArgs.length > 0) {
        w.push('[');
        t.typeArgs.forEach((a, i) => { if (i > 0) w.push(', '); writeType(w, a, q, seen); });
        w.push(']');
      }
      return;
    }
    case 'TypeParam': w.push(t.obj.name); return;
  }
}
