// The universe scope (predeclared types, constants, nil, builtins) and package unsafe.
// Mirrors go/types universe.go.

import {
  Typ, BasicKind, universeByte, universeRune, Interface, Named, Signature, Tuple, setUniverseAny,
  type Type,
} from './types.js';
import { Builtin, Const, Func, Nil, Package, Scope, TypeName, Var, type BuiltinId } from './objects.js';
import { makeBool, makeInt64 } from './constant.js';

export const Universe = new Scope(null, 'universe', 'universe');

function def(obj: TypeName | Const | Nil | Builtin | Func): void { Universe.insert(obj); }

for (const t of Typ) {
  if (t.basicKind === BasicKind.Invalid || t.basicKind >= BasicKind.UntypedBool || t.basicKind === BasicKind.UnsafePointer) continue;
  def(new TypeName(null, t.name, t));
}
const byteName = new TypeName(null, 'byte', universeByte); byteName.isAlias = true; def(byteName);
const runeName = new TypeName(null, 'rune', universeRune); runeName.isAlias = true; def(runeName);

/** The `any` alias: an empty interface printed as "any". */
export const universeAny = new Interface([], []);
setUniverseAny(universeAny);
const anyName = new TypeName(null, 'any', universeAny); anyName.isAlias = true; def(anyName);

/** The predeclared `error` interface type. */
const errorObj = new TypeName(null, 'error', null);
export const universeError = new Named(errorObj, null);
errorObj.type = universeError;
{
  const errFunc = new Func(null, 'Error', null);
  const recv = new Var(null, '', universeError);
  errFunc.type = new Signature(recv, [], new Tuple([]), new Tuple([new Var(null, '', Typ[BasicKind.String])]), false);
  const iface = new Interface([errFunc], []);
  universeError.underlying = iface;
  def(errorObj);
}

/** The predeclared `comparable` constraint. */
const comparableObj = new TypeName(null, 'comparable', null);
export const universeComparable = new Named(comparableObj, null);
comparableObj.type = universeComparable;
{
  const iface = new Interface([], []);
  iface.isComparable = true;
  universeComparable.underlying = iface;
  def(comparableObj);
}

export const universeTrue = new Const(null, 'true', Typ[BasicKind.UntypedBool], makeBool(true));
export const universeFalse = new Const(null, 'false', Typ[BasicKind.UntypedBool], makeBool(false));
export const universeIota = new Const(null, 'iota', Typ[BasicKind.UntypedInt], makeInt64(0));
export const universeNil = new Nil(Typ[BasicKind.UntypedNil]);
def(universeTrue); def(universeFalse); def(universeIota); def(universeNil);

const builtinIds: BuiltinId[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min',
  'new', 'panic', 'print', 'println', 'real', 'recover',
];
for (const id of builtinIds) def(new Builtin(null, id));

/** Package unsafe. */
export const UnsafePkg = new Package('unsafe', 'unsafe', Universe);
UnsafePkg.complete = true;
UnsafePkg.scope.insert(new TypeName(UnsafePkg, 'Pointer', Typ[BasicKind.UnsafePointer]));
for (const id of ['Add', 'Alignof', 'Offsetof', 'Sizeof', 'Slice', 'SliceData', 'String', 'StringData'] as BuiltinId[]) {
  UnsafePkg.scope.insert(new Builtin(UnsafePkg, id));
}

export function lookupUniverse(name: string): ReturnType<Scope['lookup']> { return Universe.lookup(name); }
export function isUniverseType(t: Type): boolean { return t === universeError || t === universeComparable || t === universeAny; }
