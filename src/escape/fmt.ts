// fmt.ts — prints expressions, types and positions the way cmd/compile's -m diagnostics do: the
// compiler prints its IR, not the source, so constants appear folded (`100<<20` → `104857600`,
// typed ones as `int64(1)`), method calls as method-expression calls (`(*T).M(x)`), variadic
// arguments as `... argument`, promoted fields with their implicit path (`o.Inner.X`), implicit
// conversions and &/* invisible. Mirrors cmd/compile/internal/ir/fmt.go (exprFmt, OpPrec) and
// cmd/compile/internal/types/fmt.go (type formatting in fmtGo mode); positions follow
// cmd/compile/internal/syntax (a call is at its '(', a selector at its '.', a binary expression at
// its operator, a composite literal at its '{').

import type * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Package } from '../types/objects.js';
import { BasicKind, underlying, type Type, type Signature } from '../types/types.js';
import { valueString, type Value } from '../types/constant.js';

/** Position (byte offset) of an expression in cmd/compile/internal/syntax's convention. */
export function synPos(e: ast.Expr): number {
  switch (e.kind) {
    case 'SelectorExpr': return e.x.end; // the '.' (gofmt keeps it right after x, even across lines)
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': return e.lbrack;
    case 'TypeAssertExpr': return e.x.end;
    case 'CallExpr': return e.lparen;
    case 'BinaryExpr': return e.opPos;
    case 'CompositeLit': return e.lbrace;
    case 'KeyValueExpr': return e.colon;
    default: return e.pos;
  }
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

const binPrec: Record<string, number> = {
  '*': 6, '/': 6, '%': 6, '<<': 6, '>>': 6, '&': 6, '&^': 6,
  '+': 5, '-': 5, '|': 5, '^': 5,
  '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4,
  '&&': 2, '||': 1,
};

/** Go's %q of a rune (strconv.QuoteRune). */
export function quoteRune(r: number): string {
  const esc: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 92: '\\\\', 39: "\\'" };
  if (esc[r]) return `'${esc[r]}'`;
  if (r < 0x20 || r === 0x7f) return `'\\x${r.toString(16).padStart(2, '0')}'`;
  if (r >= 0xd800 && r <= 0xdfff) return `'\\ufffd'`;
  if (r < 0x80) return `'${String.fromCharCode(r)}'`;
  const ch = String.fromCodePoint(r);
  if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) return `'${ch}'`;
  return r < 0x10000 ? `'\\u${r.toString(16).padStart(4, '0')}'` : `'\\U${r.toString(16).padStart(8, '0')}'`;
}

export class Printer {
  /** Names of the compiler temporaries that hold called call results (`f()()` → `.autotmp_N()`). */
  autotmps = new Map<ast.Expr, string>();
  /** Devirtualized interface calls: call → concrete receiver type (printed `T.M(x.(T))`). */
  devirt = new Map<ast.CallExpr, Type>();

  constructor(readonly info: Info, readonly pkg: Package) {}

  // -------------------------------------------------------------------------------------------
  // Types (cmd/compile/internal/types/fmt.go, fmtGo mode)

  typeStr(t: Type | null): string {
    if (!t) return '<T>';
    switch (t.kind) {
      case 'Basic':
        if (t.basicKind === BasicKind.UnsafePointer) return 'unsafe.Pointer';
        return t.name;
      case 'Named': {
        const o = t.obj;
        let s = o.name;
        if (o.pkg && o.pkg !== this.pkg) s = o.pkg.name + '.' + s;
        if (t.typeArgs.length > 0) s += '[' + t.typeArgs.map((a) => this.typeStr(a)).join(',') + ']';
        return s;
      }
      case 'Pointer': return '*' + this.typeStr(t.elem);
      case 'Slice': return '[]' + this.typeStr(t.elem);
      case 'Array': return `[${t.len}]` + this.typeStr(t.elem);
      case 'Map': return `map[${this.typeStr(t.key)}]${this.typeStr(t.elem)}`;
      case 'Chan': {
        const e = this.typeStr(t.elem);
        if (t.dir === 1) return 'chan<- ' + e;
        if (t.dir === 2) return '<-chan ' + e;
        const el = t.elem;
        if (el.kind === 'Chan' && el.dir === 2) return `chan (${e})`;
        return 'chan ' + e;
      }
      case 'Signature': return 'func' + this.sigStr(t);
      case 'Struct': {
        if (t.fields.length === 0) return 'struct {}';
        const fs = t.fields.map((f, i) => {
          let s = f.embedded ? this.typeStr(f.type) : `${f.name} ${this.typeStr(f.type)}`;
          const tag = t.tag(i);
          if (tag) s += ' ' + JSON.stringify(tag);
          return s;
        });
        return `struct { ${fs.join('; ')} }`;
      }
      case 'Interface': {
        if (this.isUniverseAny(t)) return 'any';
        const ms = t.allMethods;
        if (ms.length === 0) return 'interface {}';
        return `interface { ${ms.map((m) => m.name + this.sigStr(m.type as Signature)).join('; ')} }`;
      }
      case 'TypeParam': return t.obj.name;
      case 'Tuple': return '(' + t.vars.map((v) => this.typeStr(v.type)).join(', ') + ')';
      case 'Union': return t.terms.map((x) => (x.tilde ? '~' : '') + this.typeStr(x.type)).join(' | ');
    }
  }

  private isUniverseAny(t: Type): boolean {
    let s = this.pkg.scope.parent;
    while (s && s.parent) s = s.parent;
    const a = s?.lookup('any');
    return !!a && a.type === t;
  }

  private sigStr(s: Signature): string {
    const ps = s.params.vars.map((v, i) => {
      if (s.variadic && i === s.params.vars.length - 1) {
        const u = v.type ? underlying(v.type) : null;
        return '...' + this.typeStr(u && u.kind === 'Slice' ? u.elem : v.type);
      }
      return this.typeStr(v.type);
    });
    let out = '(' + ps.join(', ') + ')';
    const rs = s.results.vars;
    if (rs.length === 1) out += ' ' + this.typeStr(rs[0].type);
    else if (rs.length > 1) out += ' (' + rs.map((v) => this.typeStr(v.type)).join(', ') + ')';
    return out;
  }

  /** Whether a type prints as a bare name (has a Sym in cmd/compile), so T(x) needs no parens. */
  private hasSym(t: Type | null): boolean {
    if (!t) return false;
    return t.kind === 'Named' || t.kind === 'Basic' || t.kind === 'TypeParam' || this.isUniverseAny(t);
  }

  // -------------------------------------------------------------------------------------------
  // Constants (ir/fmt.go OLITERAL)

  constStr(v: Value, t: Type | null): string {
    const isRune = !!t && t.kind === 'Basic' && (t.basicKind === BasicKind.UntypedRune || (t.basicKind === BasicKind.Int32 && t.name === 'rune'));
    if (isRune && v.kind === 'Int' && v.v >= 0n && v.v <= 0x10ffffn) return quoteRune(Number(v.v));
    const s = valueString(v);
    if (t && t.kind === 'Named') return `${this.typeStr(t)}(${s})`;
    if (!t || t.kind !== 'Basic' || t.basicKind >= BasicKind.UntypedBool) return s;
    const def: Record<string, BasicKind> = {
      Bool: BasicKind.Bool, String: BasicKind.String, Int: BasicKind.Int, Float: BasicKind.Float64, Complex: BasicKind.Complex128,
    };
    if (def[v.kind] === t.basicKind && t.name !== 'byte' && t.name !== 'rune') return s;
    return `${this.typeStr(t)}(${s})`;
  }

  constOf(e: ast.Expr): { v: Value; t: Type } | null {
    const tv = this.info.types.get(e);
    if (tv && tv.mode === 'constant' && tv.value && tv.value.kind !== 'Unknown') return { v: tv.value, t: tv.type };
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions (ir/fmt.go exprFmt)

  expr(e0: ast.Expr, prec = 0): string {
    const e = unparen(e0);
    const nprec = this.precOf(e);
    if (prec > nprec) return '(' + this.expr(e, 0) + ')';
    const c = this.constOf(e);
    if (c) return this.constStr(c.v, c.t);
    switch (e.kind) {
      case 'Ident': return e.name;
      case 'BasicLit': return e.value;
      case 'FuncLit': return 'func literal';
      case 'CompositeLit': {
        const t = this.info.types.get(e)?.type ?? null;
        const body = e.elts.length > 0 ? '{...}' : '{}';
        if (t && t.kind === 'Pointer' && !e.type) return '&' + this.typeStr(t.elem) + body;
        return this.typeStr(t) + body;
      }
      case 'SelectorExpr': return this.selector(e);
      case 'IndexExpr': return this.expr(e.x, 8) + '[' + this.expr(e.index) + ']';
      case 'IndexListExpr': return this.expr(e.x, 8) + '[' + e.indices.map((i) => this.expr(i)).join(', ') + ']';
      case 'SliceExpr': {
        let s = this.expr(e.x, 8) + '[';
        if (e.low) s += this.expr(e.low);
        s += ':';
        if (e.high) s += this.expr(e.high);
        if (e.slice3) { s += ':'; if (e.max) s += this.expr(e.max); }
        return s + ']';
      }
      case 'TypeAssertExpr': return this.expr(e.x, 8) + '.(' + this.typeStr(e.type ? this.typeOfTypeExpr(e.type) : null) + ')';
      case 'CallExpr': return this.call(e);
      case 'StarExpr': return '*' + this.expr(e.x, 8);
      case 'UnaryExpr': {
        if (e.op === '&' && unparen(e.x).kind === 'CompositeLit') return '&' + this.expr(e.x);
        const x = unparen(e.x);
        const sp = x.kind === 'UnaryExpr' && x.op === e.op ? ' ' : '';
        return e.op + sp + this.expr(e.x, 8);
      }
      case 'BinaryExpr': {
        if (this.isAddStr(e)) return this.addStrOperands(e).map((x) => this.expr(x, 0)).join(' + ');
        const p = binPrec[e.op] ?? 0;
        let y = this.expr(e.y, p + 1);
        if ((e.op === '<<' || e.op === '>>') && !this.constOf(e.x)) y = this.shiftCount(e.y, p + 1);
        return this.expr(e.x, p) + ' ' + e.op + ' ' + y;
      }
      case 'KeyValueExpr': return this.expr(e.key) + ':' + this.expr(e.value);
      case 'ParenExpr': return this.expr(e.x);
      default: {
        const t = this.typeOfTypeExpr(e);
        return t ? this.typeStr(t) : '?';
      }
    }
  }

  private precOf(e: ast.Expr): number {
    if (this.constOf(e)) return 8;
    switch (e.kind) {
      case 'UnaryExpr':
        if (e.op === '&' && unparen(e.x).kind === 'CompositeLit') return 0; // OPTRLIT has no precedence
        return 7;
      case 'StarExpr': {
        const tv = this.info.types.get(e);
        return tv && tv.mode === 'type' ? 7 : 7;
      }
      case 'BinaryExpr':
        if (this.isAddStr(e)) return 0;
        return binPrec[e.op] ?? 0;
      case 'FuncLit': return 0;
      default: return 8;
    }
  }

  private shiftCount(y: ast.Expr, prec: number): string {
    const c = this.constOf(y);
    if (c && c.t.kind === 'Basic' && c.t.basicKind >= BasicKind.UntypedBool) return `uint(${valueString(c.v)})`;
    return this.expr(y, prec);
  }

  /** A non-constant string concatenation (OADDSTR)? */
  isAddStr(e: ast.BinaryExpr): boolean {
    if (e.op !== '+' || this.constOf(e)) return false;
    const t = this.info.types.get(e)?.type;
    if (!t || t.kind === 'TypeParam') return false;
    const u = underlying(t);
    return u.kind === 'Basic' && (u.basicKind === BasicKind.String || u.basicKind === BasicKind.UntypedString);
  }

  /** The operand list of a string concatenation, flattened like typecheck's OADDSTR. */
  addStrOperands(e: ast.BinaryExpr): ast.Expr[] {
    const out: ast.Expr[] = [];
    const add = (x: ast.Expr): void => {
      const u = unparen(x);
      if (u.kind === 'BinaryExpr' && this.isAddStr(u)) { add(u.x); add(u.y); } else out.push(x);
    };
    add(e.x);
    add(e.y);
    return out;
  }

  typeOfTypeExpr(e: ast.Expr): Type | null {
    return this.info.types.get(e)?.type ?? (e.kind === 'Ident' ? (this.info.uses.get(e)?.type ?? null) : null);
  }

  /** Implicit embedded-field path of a selection, printed as `.A.B`. */
  private pathStr(x: ast.Expr, index: readonly number[]): string {
    let t = this.info.types.get(x)?.type ?? null;
    let s = '';
    for (let i = 0; i < index.length - 1 && t; i++) {
      let u = underlying(t);
      if (u.kind === 'Pointer') u = underlying(u.elem);
      if (u.kind !== 'Struct') break;
      const f = u.fields[index[i]];
      if (!f) break;
      s += '.' + f.name;
      t = f.type;
    }
    return s;
  }

  private selector(e: ast.SelectorExpr): string {
    const sel = this.info.selections.get(e);
    if (!sel) {
      // qualified identifier pkg.Name
      if (e.x.kind === 'Ident') {
        const o = this.info.uses.get(e.x);
        if (o && o.kind === 'PkgName') return o.imported.name + '.' + e.sel.name;
      }
      return this.expr(e.x, 8) + '.' + e.sel.name;
    }
    if (sel.kind === 'MethodExpr') {
      const t = sel.recv;
      const ts = this.typeStr(t);
      return (t.kind === 'Pointer' ? '(' + ts + ')' : ts) + '.' + e.sel.name;
    }
    return this.expr(e.x, 8) + this.pathStr(e.x, sel.index) + '.' + e.sel.name;
  }

  /** The receiver expression of a method call/value with its implicit field path. */
  recvStr(x: ast.Expr, index: readonly number[]): string {
    return this.expr(x, 8) + this.pathStr(x, index);
  }

  private builtinName(fun: ast.Expr): string | null {
    const f = unparen(fun);
    let id: ast.Ident | null = null;
    if (f.kind === 'Ident') id = f;
    else if (f.kind === 'SelectorExpr') id = f.sel;
    if (!id) return null;
    const o = this.info.uses.get(id);
    if (!o || o.kind !== 'Builtin') return null;
    return f.kind === 'SelectorExpr' ? 'unsafe.' + o.name : o.name;
  }

  private call(e: ast.CallExpr): string {
    const ftv = this.info.types.get(unparen(e.fun));
    if (ftv && ftv.mode === 'type') {
      // conversion
      const t = ftv.type;
      const ts = this.typeStr(t);
      const head = this.hasSym(t) ? ts : '(' + ts + ')';
      return head + '(' + (e.args[0] ? this.expr(e.args[0]) : '') + ')';
    }
    const b = this.builtinName(e.fun);
    if (b) {
      if (b === 'new' || b === 'make') {
        const t = this.info.types.get(e)?.type ?? null;
        const tt = b === 'new' && t && t.kind === 'Pointer' ? t.elem : t;
        const rest = e.args.slice(1).map((a) => this.expr(a));
        return b + '(' + [this.typeStr(tt), ...rest].join(', ') + ')';
      }
      if (b === 'unsafe.StringData' || b === 'unsafe.SliceData') return `<node ${b}>`; // not in ir/fmt.go's exprFmt
      const args = e.args.map((a) => this.expr(a)).join(', ');
      return b + '(' + args + (e.ellipsis >= 0 ? '...' : '') + ')';
    }
    const fun = unparen(e.fun);
    let head: string;
    let args: string[] = [];
    const tmp = this.autotmps.get(fun);
    const dv = this.devirt.get(e);
    if (dv && fun.kind === 'SelectorExpr') {
      const ts = this.typeStr(dv);
      head = (dv.kind === 'Pointer' ? '(' + ts + ')' : ts) + '.' + fun.sel.name;
      args.push(this.expr(fun.x, 8) + '.(' + ts + ')');
    } else if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel && sel.kind === 'MethodVal' && !isIfaceRecv(sel.recv)) {
        const m = sel.obj;
        const recvT = (m.type as Signature | null)?.recv?.type ?? null;
        const ts = this.typeStr(recvT);
        head = (recvT && recvT.kind === 'Pointer' ? '(' + ts + ')' : ts) + '.' + fun.sel.name;
        args.push(this.recvStr(fun.x, sel.index));
      } else {
        head = this.expr(fun, 8);
      }
    } else {
      head = tmp ?? this.expr(fun, 8);
    }
    const sig = this.sigOf(e.fun);
    const n = e.args.length;
    if (sig && sig.variadic && e.ellipsis < 0) {
      const fixed = sig.params.vars.length - 1;
      for (let i = 0; i < Math.min(fixed, n); i++) args.push(this.expr(e.args[i]));
      args.push(n > fixed ? '... argument' : 'nil');
      return head + '(' + args.join(', ') + '...)';
    }
    for (const a of e.args) args.push(this.expr(a));
    return head + '(' + args.join(', ') + (e.ellipsis >= 0 ? '...' : '') + ')';
  }

  sigOf(fun: ast.Expr): Signature | null {
    const t = this.info.types.get(unparen(fun))?.type;
    if (!t) return null;
    const u = t.kind === 'TypeParam' ? null : underlying(t);
    return u && u.kind === 'Signature' ? u : null;
  }
}

function isIfaceRecv(t: Type): boolean {
  if (t.kind === 'TypeParam') return true;
  let u = underlying(t);
  if (u.kind === 'Pointer') u = underlying(u.elem);
  return u.kind === 'Interface';
}
