// Local types (declared inside function bodies). Go numbers the defined local types of each
// top-level function in source order (vargen: the link name of the second one is `T·2`, visible in
// reflect strings of type arguments such as `main.List[main.T·2]`), and a local type declared in a
// generic function is a different type in each instance of the function: the function's type
// arguments are implicit type arguments of the local type (reflect string `main.T[int;string]`,
// implicit arguments before the `;`). Mirrors cmd/compile/internal/noder (writer.go
// qualifiedIdent's `T·N` names, reader.go mangle).

import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import type { TypeName, Package } from '../types/objects.js';
import type { Info } from '../types/info.js';
import type { Signature, TypeParam } from '../types/types.js';

export interface LocalTypeInfo {
  /** 1-based position among the defined local types of the enclosing top-level function. */
  readonly gen: number;
  /** Type parameters of the enclosing generic function or method (receiver's first); empty otherwise. */
  readonly outer: readonly TypeParam[];
}

interface PkgSrc { readonly files: readonly ast.File[]; readonly info: Info }

const infos = new WeakMap<TypeName, LocalTypeInfo | null>();
let pkgs = new Map<Package, PkgSrc>();
const numbered = new WeakSet<Package>();

/** Registers the program's packages (their function bodies declare the local types). */
export function initLocalTypes(ps: Iterable<{ pkg: Package; files: ast.File[]; info: Info }>): void {
  pkgs = new Map();
  for (const p of ps) pkgs.set(p.pkg, p);
}

/** What is known about a local type, or null for a package-level (or unknown) type. */
export function localTypeInfo(o: TypeName): LocalTypeInfo | null {
  const hit = infos.get(o);
  if (hit !== undefined) return hit;
  const src = o.pkg ? pkgs.get(o.pkg) : undefined;
  if (o.pkg && src && !numbered.has(o.pkg)) { numbered.add(o.pkg); number(src); }
  if (!infos.has(o)) infos.set(o, null);
  return infos.get(o)!;
}

/** Numbers the defined local types of a package: one counter for the package, files and
 *  declarations in source order, closures included (cmd/compile's typegen). */
function number(src: PkgSrc): void {
  let n = 0;
  const walk = (root: ast.Node, outer: readonly TypeParam[]): void => {
    inspect(root, (x) => {
      if (x.kind === 'TypeSpec') {
        const o = src.info.defs.get(x.name);
        if (o && o.kind === 'TypeName' && x.assign < 0) infos.set(o, { gen: ++n, outer });
      }
      return true;
    });
  };
  for (const f of src.files) {
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl') {
        if (!d.body) continue;
        const o = src.info.defs.get(d.name);
        const sig = o && o.kind === 'Func' ? (o.type as Signature | null) : null;
        walk(d.body, sig ? [...(sig.recvTypeParams ?? []), ...(sig.typeParams ?? [])] : []);
      } else if (d.kind === 'GenDecl' && d.tok === 'var') {
        for (const sp of d.specs) walk(sp, []);
      }
    }
  }
}
