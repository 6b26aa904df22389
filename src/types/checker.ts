// The type checker's state and package-level driver: error reporting, recording into Info,
// collection of package objects (imports, consts, vars, types, funcs, methods), lazy resolution of
// package-level declarations, function body queue, unused imports. Mirrors go/types check.go,
// resolver.go, decl.go, errors.go, recording.go.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Named, Signature, Interface, underlying, isValid, invalidType, typeString,
  relativeTo, isUntyped, type Type, type Qualifier,
} from './types.js';
import {
  Package, Scope, PkgName, Const, TypeName, Var, Func, type Obj,
} from './objects.js';
import { Info, type Mode, type TypeAndValue } from './info.js';
import { unquoteString, type Value } from './constant.js';
import { Universe, UnsafePkg } from './universe.js';
import { exprString } from './exprstring.js';
import { relPosition } from '../syntax/position.js';

export interface TypeError {
  filename: string;
  line: number;
  column: number;
  msg: string;
  /** Soft errors (unused variables/imports) do not invalidate the typing of the package. */
  soft?: boolean;
  /** Byte offset (for sorting). */
  offset: number;
}

export interface Importer {
  /** Returns the type-checked package for an import path, or null if it cannot be found. */
  import(path: string): Package | null;
}

export interface Config {
  /** Skip checking function bodies (used for imported std packages when only the API matters). */
  ignoreFuncBodies?: boolean;
  /** Do not report "declared and not used" / unused imports (std packages). */
  noUnusedErrors?: boolean;
}

/** An operand: an expression's mode, type and constant value (go/types operand). */
export interface Operand {
  mode: Mode;
  expr: ast.Expr | null;
  type: Type;
  val: Value | null;
  /** For mode 'builtin'. */
  builtin?: string;
  /** The operand is the predeclared nil (types2 nilvalue mode), whatever type it was given. */
  nil?: boolean;
  /**
   * The alias name its type was written with (`type A = T`; `A{}`, `A(x)`, a variable declared `A`):
   * go/types (gotypesalias=1) keeps Alias types and names them in messages. Only used while
   * alias.type is still the operand's type.
   */
  alias?: TypeName;
}

export function invalidOperand(e: ast.Expr | null): Operand {
  return { mode: 'invalid', expr: e, type: invalidType, val: null };
}

/** Package-level declaration info (go/types declInfo). */
export interface DeclInfo {
  file: ast.File;
  fileScope: Scope;
  /** const/var: declared type expression; const: may be inherited from a previous spec. */
  typ: ast.Expr | null;
  /** const/var init expression. */
  init: ast.Expr | null;
  /** const: the init expression is inherited from a previous spec (errors go to the name). */
  inherited?: boolean;
  /** Vars declared together by `var a, b = f()` (n:1 init). */
  lhs: Var[] | null;
  iota: number;
  tspec: ast.TypeSpec | null;
  fdecl: ast.FuncDecl | null;
  /** Package-level objects this declaration refers to (for init order). */
  deps: Set<Obj>;
  color: 0 | 1 | 2;
}

/** Per-function context while checking bodies. */
export interface FuncCtx {
  sig: Signature;
  /** FuncDecl or FuncLit. */
  node: ast.FuncDecl | ast.FuncLit;
  parent: FuncCtx | null;
  scope: Scope;
  captures: Var[];
  hasDefer: boolean;
}

/** types2 validatedImportPath: the import path of a literal, or why it is not a valid one. */
export function validatedImportPath(lit: string): { path: string; err: string | null } {
  const raw = unquoteString(lit);
  if (raw === null) return { path: '', err: 'invalid syntax' };
  if (raw === '') return { path: '', err: 'empty string' };
  const path = new TextDecoder().decode(Uint8Array.from(raw, (ch) => ch.charCodeAt(0)));
  const illegal = '!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD';
  for (const ch of path) {
    const graphic = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(ch);
    if (!graphic || /\s/u.test(ch) || illegal.includes(ch)) {
      const cp = ch.codePointAt(0)!;
      const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      const printable = graphic && (!/\p{Zs}/u.test(ch) || ch === ' ');
      return { path, err: `invalid character ${printable ? `${hex} '${ch}'` : hex}` };
    }
  }
  return { path, err: null };
}

function isLocalImport(p: string): boolean {
  return p.startsWith('/') || p.startsWith('./') || p === '.' || p.startsWith('../') || p === '..';
}

/** path.Clean. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

export class Checker {
  readonly info = new Info();
  readonly errors: TypeError[] = [];
  readonly objMap = new globalThis.Map<Obj, DeclInfo>();
  /** Current file, for positions of errors. */
  file: ast.File | null = null;
  /** Current declaration being checked (for dependencies). */
  decl: DeclInfo | null = null;
  /** Current scope. */
  scope: Scope;
  /** Position for errors while checking an inherited constant init expression (go/types errpos). */
  errpos: number | null = null;
  /** Current iota value (in const declarations) or null. */
  iota: Value | null = null;
  /** Current function context. */
  fctx: FuncCtx | null = null;
  /** Var → function context it was declared in (locals only). */
  readonly varFunc = new globalThis.Map<Var, FuncCtx>();
  /** Untyped expressions not yet given a final type (go/types untyped map). */
  readonly untyped = new globalThis.Map<ast.Expr, { mode: Mode; type: Type; val: Value | null }>();
  readonly delayed: (() => void)[] = [];
  /** Methods per receiver base type name. */
  readonly methodDecls = new globalThis.Map<TypeName, Func[]>();
  readonly pkgNames: PkgName[] = [];
  readonly dotImports: { pkgName: PkgName; spec: ast.ImportSpec; used: boolean }[] = [];
  /** Interfaces created while declaring types (type set caches reset after the type phase). */
  readonly ifaces: Interface[] = [];
  typePhase = false;
  /** Declared type names whose types still need go/types validType (run after the type phase). */
  readonly validTypes: TypeName[] = [];
  /** Collecting the constraints of a type parameter list (go/types inTParamList). */
  inTParamList = false;
  /** All local Vars declared in function bodies (for unused reporting). */
  localVars: Var[] = [];
  readonly qf: Qualifier;
  /** Objects declared in each file, for position lookup by filename. */
  readonly filesByName = new globalThis.Map<string, ast.File>();

  constructor(
    readonly pkg: Package,
    readonly files: readonly ast.File[],
    readonly importer: Importer,
    readonly conf: Config = {},
  ) {
    this.scope = pkg.scope;
    this.qf = relativeTo(pkg);
    for (const f of files) this.filesByName.set(f.filename, f);
  }

  // -------------------------------------------------------------------------------------------
  // Errors

  /** The position of a byte offset, as cmd/compile reports it: //line directives apply (column 0: unknown). */
  position(file: ast.File | null, offset: number): { filename: string; line: number; column: number } {
    if (!file) return { filename: '', line: 0, column: 0 };
    if (file.lineDirectives.length > 0) return relPosition(file.filename, file.lines, file.lineDirectives, offset);
    const lines = file.lines;
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { filename: file.filename, line: lo + 1, column: offset - (lines[lo] ?? 0) + 1 };
  }

  /** "file:line:col" of an offset in the current file (positions inside messages). */
  posString(offset: number): string {
    const p = this.position(this.file, offset);
    return p.column > 0 ? `${p.filename}:${p.line}:${p.column}` : `${p.filename}:${p.line}`;
  }

  /** "file:line:col" of an object's declaration (for "other declaration of" notes). */
  objPosString(o: Obj): string {
    const f = this.filesByName.get(o.filename) ?? null;
    if (!f || o.pos < 0) return '';
    const p = this.position(f, o.pos);
    return p.column > 0 ? `${p.filename}:${p.line}:${p.column}` : `${p.filename}:${p.line}`;
  }

  errorf(at: number | ast.Node, msg: string, soft = false): void {
    // go/types: messages mentioning "invalid operand" or "invalid type" (not at the start) are
    // follow-on errors, dropped once an error has been reported.
    if (this.errors.length > 0 && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return;
    const off = this.errpos ?? (typeof at === 'number' ? at : at.pos);
    const p = this.position(this.file, off);
    this.errors.push({ ...p, msg, soft, offset: off });
  }

  typeStr(t: Type | null): string { return typeString(t, this.qf); }
  /** An alias type name as go/types prints it (qualified by package outside this one). */
  aliasName(a: TypeName): string { return a.pkg && a.pkg !== this.pkg ? `${a.pkg.name}.${a.name}` : a.name; }
  /** The alias a type expression names, if any (`A`, `pkg.A`, `(A)`). */
  readonly aliasOf = new WeakMap<ast.Expr, TypeName>();
  exprStr(e: ast.Expr | null): string { return exprString(e); }

  /** go/types operandString (types2 flavour). */
  opString(x: Operand): string {
    if (x.nil || (x.mode === 'value' && x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil)) {
      if (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil) return 'nil';
      return isValid(x.type) ? `nil (of type ${this.typeStr(x.type)})` : 'nil (with invalid type)';
    }
    let expr = x.expr ? exprString(x.expr) : '';
    if (!expr) {
      if (x.mode === 'builtin') expr = x.builtin ?? '';
      else if (x.mode === 'type') expr = this.typeStr(x.type);
      else if (x.mode === 'constant' && x.val) expr = valueStr(x.val);
    }
    const buf: string[] = [];
    if (expr) buf.push(expr, ' (');
    let hasType = false;
    switch (x.mode) {
      case 'invalid': case 'novalue': case 'builtin': case 'type': break;
      default:
        if (isUntyped(x.type)) { buf.push((x.type as { name: string }).name, ' '); break; }
        hasType = true;
    }
    buf.push(modeString[x.mode]);
    if (x.mode === 'constant' && x.val) {
      const s = valueStr(x.val);
      if (s !== expr) buf.push(' ', s);
    }
    if (hasType) {
      if (isValid(x.type)) {
        buf.push(x.type.kind === 'Named' && x.type.typeParams.length > 0 && !x.type.isInstance() ? ' of generic type ' : ' of type ');
        buf.push(x.alias && x.alias.type === x.type ? this.aliasName(x.alias) : this.typeStr(x.type));
        if (x.type.kind === 'TypeParam') buf.push(' constrained by ', this.typeStr(x.type.constraint));
      } else buf.push(' with invalid type');
    }
    if (expr) buf.push(')');
    return buf.join('');
  }

  // -------------------------------------------------------------------------------------------
  // Recording

  record(e: ast.Expr, mode: Mode, type: Type, val: Value | null): void {
    if (mode === 'invalid') return;
    if (isUntyped(type) && mode !== 'type') {
      this.untyped.set(e, { mode, type, val });
      return;
    }
    this.info.types.set(e, { mode, type, value: mode === 'constant' ? val : null });
  }
  recordTV(e: ast.Expr, tv: TypeAndValue): void { this.info.types.set(e, tv); }
  recordDef(id: ast.Ident, obj: Obj | null): void { this.info.defs.set(id, obj); }
  recordUse(id: ast.Ident, obj: Obj): void { this.info.uses.set(id, obj); }
  recordScope(n: ast.Node, s: Scope): void { this.info.scopes.set(n, s); }

  /** Declares obj in scope s (reporting redeclarations) and records the definition; false if redeclared. */
  declare(s: Scope, id: ast.Ident | null, obj: Obj): boolean {
    if (obj.name !== '_') {
      const alt = s.insert(obj);
      if (alt) {
        const other = this.objPosString(alt);
        this.errorf(id ?? obj.pos, `${obj.name} redeclared in this block${other ? `\n\t${other}: other declaration of ${obj.name}` : ''}`);
        if (id) this.recordDef(id, obj);
        return false;
      }
    }
    if (id) this.recordDef(id, obj);
    return true;
  }

  newScope(node: ast.Node | null, comment: string, kind: 'block' | 'func' = 'block'): Scope {
    const s = new Scope(this.scope, comment, kind);
    if (node) { s.pos = node.pos; s.end = node.end; this.recordScope(node, s); }
    s.filename = this.file?.filename ?? '';
    return s;
  }

  // -------------------------------------------------------------------------------------------
  // Package-level collection (go/types resolver.go collectObjects)

  collectObjects(): void {
    const methods: { f: Func; decl: ast.FuncDecl; file: ast.File; fileScope: Scope }[] = [];
    for (const file of this.files) {
      this.file = file;
      const fileScope = new Scope(this.pkg.scope, `file ${file.filename}`, 'file');
      fileScope.pos = file.pos; fileScope.end = file.end; fileScope.filename = file.filename;
      this.recordScope(file, fileScope);
      this.recordDef(file.name, null);
      const mkDecl = (p: Partial<DeclInfo>): DeclInfo => ({
        file, fileScope, typ: null, init: null, lhs: null, iota: 0, tspec: null, fdecl: null, deps: new Set(), color: 0, ...p,
      });
      for (const d of file.decls) {
        if (d.kind === 'BadDecl') continue;
        if (d.kind === 'FuncDecl') {
          const name = d.name.name;
          const f = new Func(this.pkg, name, null, d.name.pos, file.filename);
          f.hasBody = d.body !== null;
          const di = mkDecl({ fdecl: d });
          this.objMap.set(f, di);
          if (d.recv) {
            this.recordDef(d.name, f);
            methods.push({ f, decl: d, file, fileScope });
          } else if (name === 'init' || (name === 'main' && this.pkg.name === 'main' && false)) {
            this.recordDef(d.name, f);
            if (d.type.params.list.length || (d.type.results && d.type.results.list.length)) {
              this.errorf(d.name, 'func init must have no arguments and no return values');
            }
            if (d.type.typeParams) this.errorf(d.name, 'func init must have no type parameters');
            if (!d.body) this.errorf(d.name, 'missing function body', true); // init functions must have a body
          } else if (name === '_') {
            this.recordDef(d.name, f);
          } else {
            if (name === 'main' && this.pkg.name === 'main') {
              if (d.type.params.list.length || (d.type.results && d.type.results.list.length)) {
                this.errorf(d.name, 'func main must have no arguments and no return values');
              }
            }
            this.declare(this.pkg.scope, d.name, f);
          }
          continue;
        }
        switch (d.tok) {
          case 'import':
            for (const s of d.specs) if (s.kind === 'ImportSpec') this.collectImport(file, fileScope, s);
            break;
          case 'const': {
            let lastTyp: ast.Expr | null = null;
            let lastValues: readonly ast.Expr[] = [];
            d.specs.forEach((s, iota) => {
              if (s.kind !== 'ValueSpec') return;
              if (s.type || s.values.length) { lastTyp = s.type; lastValues = s.values; }
              s.names.forEach((id, i) => {
                const c = new Const(this.pkg, id.name, null, { kind: 'Unknown' }, id.pos, file.filename);
                const init = lastValues[i] ?? null;
                this.declarePkgObj(id, c, mkDecl({ typ: lastTyp, init, iota, inherited: s.type === null && s.values.length === 0 }));
              });
              this.arity(s, lastValues, true, s.type === null && s.values.length === 0 && lastValues.length > 0);
            });
            break;
          }
          case 'var':
            for (const s of d.specs) {
              if (s.kind !== 'ValueSpec') continue;
              const vars = s.names.map((id) => {
                const v = new Var(this.pkg, id.name, null, id.pos, file.filename);
                v.isGlobal = true;
                return v;
              });
              if (s.values.length === 1 && s.names.length > 1) {
                const di = mkDecl({ typ: s.type, init: s.values[0], lhs: vars });
                vars.forEach((v, i) => this.declarePkgObj(s.names[i], v, di));
              } else {
                vars.forEach((v, i) => this.declarePkgObj(s.names[i], v, mkDecl({ typ: s.type, init: s.values[i] ?? null })));
                if (s.type === null || s.values.length > 0) this.arity(s, s.values, false, false);
              }
            }
            break;
          case 'type':
            for (const s of d.specs) {
              if (s.kind !== 'TypeSpec') continue;
              const tn = new TypeName(this.pkg, s.name.name, null, s.name.pos, file.filename);
              this.declarePkgObj(s.name, tn, mkDecl({ tspec: s }));
            }
            break;
        }
      }
    }
    // Associate methods with receiver base type names.
    for (const m of methods) {
      this.file = m.file;
      const base = recvBaseName(m.decl.recv!);
      if (!base) continue;
      const o = this.pkg.scope.lookup(base);
      if (o && o.kind === 'TypeName' && this.objMap.has(o)) {
        let list = this.methodDecls.get(o);
        if (!list) { list = []; this.methodDecls.set(o, list); }
        list.push(m.f);
      }
    }
    // Conflicts between file-scope imports and package-level objects.
    for (const file of this.files) {
      const fs = this.info.scopes.get(file)!;
      this.file = file;
      for (const [name, obj] of fs.elems) {
        const alt = this.pkg.scope.lookup(name);
        if (alt && obj.kind === 'PkgName') {
          const other = this.objPosString(obj);
          this.errorf(alt.pos, `${name} already declared through import of package ${obj.imported.name} (${JSON.stringify(obj.imported.path)})${other ? `\n\t${other}: other declaration of ${name}` : ''}`);
        }
      }
    }
  }

  /** types2 declarePkgObj: a package-level const, var or type (never named init, nor main in package main). */
  declarePkgObj(id: ast.Ident, obj: Obj, d: DeclInfo): void {
    if (id.name === 'init') { this.errorf(id, 'cannot declare init - must be func'); return; }
    if (id.name === 'main' && this.pkg.name === 'main') { this.errorf(id, 'cannot declare main - must be func'); return; }
    this.objMap.set(obj, d);
    this.declare(this.pkg.scope, id, obj);
  }

  /** types2 arity: the numbers of names and init values of a const or var spec must match. */
  arity(s: ast.ValueSpec, values: readonly ast.Expr[], constDecl: boolean, inherited: boolean): void {
    const l = s.names.length;
    const r = values.length;
    if (l < r) {
      const n = values[l];
      if (inherited) {
        const p = this.position(this.file, n.pos);
        this.errorf(s.pos, `extra init expr at ${p.filename}:${p.line}:${p.column}`);
      } else this.errorf(n, `extra init expr ${exprString(n)}`);
    } else if (l > r && (constDecl || r !== 1)) {
      this.errorf(s.names[r], `missing init expr for ${s.names[r].name}`);
    }
  }

  assignMismatchDecl(s: ast.ValueSpec, l: number, r: number): void {
    const at = r > l ? s.values[l] : s.values[r - 1] ?? s.names[0];
    const vars = l === 1 ? 'variable' : 'variables';
    const vals = r === 1 ? 'value' : 'values';
    this.errorf(at, r > l ? `extra init expr` : `assignment mismatch: ${l} ${vars} but ${r} ${vals}`);
  }

  collectImport(file: ast.File, fileScope: Scope, s: ast.ImportSpec): void {
    if (s.path.bad) return; // error reported during parsing
    const vp = validatedImportPath(s.path.value);
    if (vp.err !== null) { this.errorf(s.path, `invalid import path (${vp.err})`); return; }
    const path = vp.path;
    let imp: Package | null;
    if (path === 'unsafe') imp = UnsafePkg;
    else if (path === 'C') { this.errorf(s.path, 'cgo not supported'); return; }
    else {
      // the checks of cmd/compile's importer (noder/import.go) before it looks for the package
      let why = '';
      if (path === 'main') why = 'cannot import "main"';
      else if (path === this.pkg.path) why = `import ${JSON.stringify(path)} while compiling that package (import cycle)`;
      else if (path.startsWith('/')) why = 'import path cannot be absolute path';
      else if (!isLocalImport(path) && cleanPath(path) !== path) why = `non-canonical import path ${JSON.stringify(path)} (should be ${JSON.stringify(cleanPath(path))})`;
      imp = why ? null : this.importer.import(path);
      if (!imp) {
        this.errorf(s.path, `could not import ${path} (${why || `package ${path} is not in std`})`);
        // go/types goes on with a fake package, so that uses of it report nothing more
        let n = path.endsWith('/') ? path.slice(0, -1) : path;
        n = n.slice(n.lastIndexOf('/') + 1);
        imp = new Package(path, n, null);
        imp.fake = true;
      }
    }
    const name = s.name ? s.name.name : imp.name;
    if (name === 'init') { this.errorf(s, 'cannot import package as init - init must be a func'); return; }
    if (!this.pkg.imports.includes(imp)) this.pkg.imports.push(imp);
    const pn = new PkgName(this.pkg, name, imp, s.name ? s.name.pos : s.path.pos, file.filename);
    if (imp.fake) pn.used = true;
    if (s.name) this.recordDef(s.name, pn); else this.info.implicits.set(s, pn);
    if (name === '_') return;
    if (name === '.') {
      for (const [n, o] of imp.scope.elems) {
        if (!o.exported()) continue;
        fileScope.elems.set(n, o);
      }
      this.dotImports.push({ pkgName: pn, spec: s, used: imp.fake });
      return;
    }
    this.pkgNames.push(pn);
    const alt = fileScope.insert(pn);
    if (alt) {
      const other = this.objPosString(alt);
      this.errorf(s.name ?? s.path, `${name} redeclared in this block${other ? `\n\t${other}: other declaration of ${name}` : ''}`);
    }
    void file;
  }

  unusedImports(): void {
    if (this.conf.noUnusedErrors) return;
    for (const pn of this.pkgNames) {
      if (pn.used) continue;
      this.file = this.filesByName.get(pn.filename) ?? null;
      const path = pn.imported.path;
      const q = JSON.stringify(path);
      const last = path.slice(path.lastIndexOf('/') + 1);
      if (pn.name !== pn.imported.name || (pn.name !== last && this.info.defs.has(findNameIdent(this, pn)))) {
        this.errorf(pn.pos, `${q} imported as ${pn.name} and not used`, true);
      } else this.errorf(pn.pos, `${q} imported and not used`, true);
    }
    for (const d of this.dotImports) {
      if (d.used) continue;
      this.file = this.filesByName.get(d.pkgName.filename) ?? null;
      this.errorf(d.spec.pos, `${JSON.stringify(d.pkgName.imported.path)} imported and not used`, true);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Dependencies and captures

  /** Records a use of a package-level object by the current declaration. */
  addDep(obj: Obj): void {
    if (!this.decl) return;
    if (obj.pkg !== this.pkg) return;
    if ((obj.kind === 'Var' && obj.isGlobal) || obj.kind === 'Func' || obj.kind === 'Const') {
      if (this.objMap.has(obj)) this.decl.deps.add(obj);
    }
  }

  /** Records that a local variable is used from the current function (captures for closures). */
  noteVarUse(v: Var): void {
    const owner = this.varFunc.get(v);
    if (!owner) return;
    for (let f = this.fctx; f && f !== owner; f = f.parent) {
      if (!f.captures.includes(v)) f.captures.push(v);
    }
  }

  /** Resets type set caches of interfaces computed while types were incomplete. */
  resetTypeSets(): void {
    for (const i of this.ifaces) i.typeSetCache = null;
  }

  normalizeNamed(n: Named): void {
    // Collapse Named → Named chains created by `type T U` while U was unresolved.
    if (n.hasUnderlying && n.underlying.kind === 'Named') n.underlying = underlying(n.underlying);
  }
}

const modeString: Record<Mode, string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', type: 'type', constant: 'constant',
  variable: 'variable', mapindex: 'map index expression', value: 'value', commaok: 'comma, ok expression',
};

import { valueString } from './constant.js';
function valueStr(v: Value): string { return valueString(v); }

function findNameIdent(c: Checker, pn: PkgName): ast.Ident {
  for (const [id, o] of c.info.defs) if (o === pn) return id;
  return { kind: 'Ident', pos: -1, end: -1, name: '' };
}

/** The receiver base type name of a method declaration (`T` in `func (r *T[P]) m()`). */
export function recvBaseName(recv: ast.FieldList): string | null {
  if (recv.list.length === 0) return null;
  let t: ast.Expr = recv.list[0].type;
  for (;;) {
    if (t.kind === 'ParenExpr') t = t.x;
    else if (t.kind === 'StarExpr') t = t.x;
    else if (t.kind === 'IndexExpr') t = t.x;
    else if (t.kind === 'IndexListExpr') t = t.x;
    else break;
  }
  return t.kind === 'Ident' ? t.name : null;
}

export { Universe, Typ, BasicKind, invalidType, TypeName, Var, Func, Const, PkgName, Scope, Package };
export type { Type, Obj };

/** x.mode === 'invalid', as a call so that TypeScript does not keep a stale narrowing. */
export function bad(x: { mode: Mode }): boolean { return x.mode === 'invalid'; }
