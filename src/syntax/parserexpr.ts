// parserexpr.ts — expressions, types, parameter lists and composite literals of the Go parser
// (mirrors the expression/type part of cmd/compile/internal/syntax/parser.go, building go/ast nodes).

import type * as ast from './ast.js';
import { tokstring, type Token } from './token.js';
import { exprString } from './exprstring.js';
import {
  ParserBase, type PField, unparen, withX, isValue, toField, groupFields,
} from './parserbase.js';

export abstract class ExprParser extends ParserBase {
  /** Parse a function body (statements live in parser.ts). */
  protected abstract funcBody(): ast.BlockStmt;

  // Expressions

  expr(): ast.Expr {
    return this.binaryExpr(null, 0);
  }

  protected binaryExpr(x: ast.Expr | null, prec: number): ast.Expr {
    this.enter();
    if (!x) x = this.unaryExpr();
    while ((this.tok() === 'op' || this.tok() === '*') && this.s.prec > prec) {
      const opPos = this.pos();
      const op = this.s.op as ast.BinaryOp;
      const tprec = this.s.prec;
      this.next();
      const y = this.binaryExpr(null, tprec);
      x = { kind: 'BinaryExpr', pos: x.pos, end: y.end, x, opPos, op, y };
    }
    this.leave();
    return x;
  }

  protected unaryExpr(): ast.Expr {
    this.enter();
    try {
      switch (this.tok()) {
        case 'op':
        case '*': {
          const op = this.s.op;
          switch (op) {
            case '*': {
              const pos = this.pos();
              this.next();
              const x = this.unaryExpr();
              return { kind: 'StarExpr', pos, end: x.end, x };
            }
            case '+': case '-': case '!': case '^': case '~': {
              const pos = this.pos();
              this.next();
              const x = this.unaryExpr();
              return { kind: 'UnaryExpr', pos, end: x.end, op, x };
            }
            case '&': {
              const pos = this.pos();
              this.next();
              // unaryExpr may have returned a parenthesized composite literal - remove parentheses
              const x = unparen(this.unaryExpr());
              return { kind: 'UnaryExpr', pos, end: x.end, op: '&', x };
            }
          }
          break;
        }
        case '<-': {
          const pos = this.pos();
          this.next();
          const x = this.unaryExpr();
          if (x.kind === 'ChanType') {
            // <-chan T: re-associate the arrow with the channel type
            return this.reassocRecvChan(pos, x);
          }
          return { kind: 'UnaryExpr', pos, end: x.end, op: '<-', x };
        }
      }
      return this.pexpr(null, true);
    } finally {
      this.leave();
    }
  }

  /** `<-` followed by a parsed channel type: <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E)). */
  protected reassocRecvChan(arrow: number, x: ast.ChanType): ast.Expr {
    const rebuild = (t: ast.Expr): ast.Expr => {
      if (t.kind !== 'ChanType') {
        this.syntaxError(`unexpected ${exprString(t)}, expected chan`);
        return t;
      }
      if (t.dir === 'recv') {
        this.syntaxError('unexpected <-, expected chan');
        return { ...t, dir: 'recv' };
      }
      if (t.dir === 'both') {
        return { kind: 'ChanType', pos: t.pos, end: t.end, arrow: t.arrow, dir: 'recv', value: t.value };
      }
      // send-only: becomes receive-only, and its element gets the arrow too
      return { kind: 'ChanType', pos: t.pos, end: t.end, arrow: t.arrow, dir: 'recv', value: rebuild(t.value) };
    };
    const r = rebuild(x);
    if (r.kind === 'ChanType') return { ...r, pos: arrow, arrow };
    return r;
  }

  protected operand(keepParens: boolean): ast.Expr {
    switch (this.tok()) {
      case 'name':
        return this.name();
      case 'literal':
        return this.oliteral()!;
      case '(': {
        const pos = this.pos();
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        const rparen = this.pos();
        this.want(')');
        // go/ast keeps all parentheses
        void keepParens;
        return { kind: 'ParenExpr', pos, end: this.prevEnd, x, rparen };
      }
      case 'func': {
        const pos = this.pos();
        this.next();
        const ftyp = this.funcType('function type', pos);
        if (this.tok() === '{') {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', pos, end: body.end, type: ftyp, body };
        }
        return ftyp;
      }
      case '[': case 'chan': case 'map': case 'struct': case 'interface':
        return this.type_();
      default: {
        const x = this.badExpr();
        this.syntaxError('expected expression');
        this.advance(')', ']', '}');
        return x;
      }
    }
  }

  protected pexpr(x: ast.Expr | null, keepParens: boolean): ast.Expr {
    this.enter();
    if (!x) x = this.operand(keepParens);
    loop: for (;;) {
      const pos = this.pos();
      switch (this.tok()) {
        case '.': {
          this.next();
          switch (this.tok()) {
            case 'name': {
              const sel = this.name();
              x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
              break;
            }
            case '(': {
              const lparen = this.pos();
              this.next();
              let type: ast.Expr | null = null;
              if (!this.got('type')) type = this.type_();
              const rparen = this.pos();
              this.want(')');
              x = { kind: 'TypeAssertExpr', pos: x.pos, end: this.prevEnd, x, lparen, type, rparen };
              break;
            }
            default:
              this.syntaxError('expected name or (');
              this.advance(';', ')');
          }
          break;
        }
        case '[': {
          this.next();
          let i: ast.Expr | null = null;
          if (this.tok() !== ':') {
            let comma = false;
            let list: ast.Expr[];
            if (this.tok() === ']') {
              this.syntaxError('expected operand');
              list = [this.badExpr()];
            } else {
              [list, comma] = this.typeList(false);
            }
            if (comma || this.tok() === ']') {
              const rbrack = this.pos();
              this.want(']');
              if (list.length === 1) {
                x = { kind: 'IndexExpr', pos: x.pos, end: this.prevEnd, x, lbrack: pos, index: list[0], rbrack };
              } else {
                x = { kind: 'IndexListExpr', pos: x.pos, end: this.prevEnd, x, lbrack: pos, indices: list, rbrack };
              }
              break;
            }
            i = list[0];
          }
          // x[i:...
          if (!this.got(':')) {
            this.syntaxError('expected comma, : or ]');
            this.advance(',', ':', ']');
          }
          this.xnest++;
          let high: ast.Expr | null = null;
          let max: ast.Expr | null = null;
          let slice3 = false;
          if (this.tok() !== ':' && this.tok() !== ']') high = this.expr();
          if (this.tok() === ':') {
            slice3 = true;
            if (!high) {
              this.error('middle index required in 3-index slice');
              high = this.badExpr();
            }
            this.next();
            if (this.tok() !== ']') {
              max = this.expr();
            } else {
              this.error('final index required in 3-index slice');
              max = this.badExpr();
            }
          }
          this.xnest--;
          const rbrack = this.pos();
          this.want(']');
          x = { kind: 'SliceExpr', pos: x.pos, end: this.prevEnd, x, lbrack: pos, low: i, high, max, slice3, rbrack };
          break;
        }
        case '(': {
          this.next();
          const [args, ellipsis, rparen] = this.argList();
          x = { kind: 'CallExpr', pos: x.pos, end: this.prevEnd, fun: x, lparen: pos, args, ellipsis, rparen };
          break;
        }
        case '{': {
          // determine if '{' belongs to a composite literal or a block statement
          const t = unparen(x);
          let complitOk = false;
          switch (t.kind) {
            case 'Ident':
            case 'SelectorExpr':
              complitOk = this.xnest >= 0;
              break;
            case 'IndexExpr':
            case 'IndexListExpr':
              complitOk = this.xnest >= 0 && !isValue(t);
              break;
            case 'ArrayType':
            case 'StructType':
            case 'MapType':
              complitOk = true;
              break;
          }
          if (!complitOk) break loop;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          x = this.complitexpr(x);
          break;
        }
        default:
          break loop;
      }
    }
    this.leave();
    return x;
  }

  protected bareComplitexpr(): ast.Expr {
    if (this.tok() === '{') return this.complitexpr(null);
    return this.expr();
  }

  protected complitexpr(type: ast.Expr | null): ast.CompositeLit {
    this.enter();
    const lbrace = this.pos();
    const elts: ast.Expr[] = [];
    this.xnest++;
    this.want('{');
    const rbrace = this.list('composite literal', ',', '}', () => {
      let e = this.bareComplitexpr();
      if (this.tok() === ':') {
        const colon = this.pos();
        this.next();
        const value = this.bareComplitexpr();
        e = { kind: 'KeyValueExpr', pos: e.pos, end: value.end, key: e, colon, value };
      }
      elts.push(e);
      return false;
    });
    this.xnest--;
    this.leave();
    return {
      kind: 'CompositeLit', pos: type ? type.pos : lbrace, end: this.prevEnd, type, lbrace, elts, rbrace,
      incomplete: false,
    };
  }

  // Types

  type_(): ast.Expr {
    let typ = this.typeOrNil();
    if (!typ) {
      typ = this.badExpr();
      this.syntaxError('expected type');
      this.advance(',', ':', ';', ')', ']', '}');
    }
    return typ;
  }

  typeOrNil(): ast.Expr | null {
    this.enter();
    try {
      const pos = this.pos();
      switch (this.tok()) {
        case '*': {
          this.next();
          const x = this.type_();
          return { kind: 'StarExpr', pos, end: x.end, x };
        }
        case '<-': {
          this.next();
          this.want('chan');
          const value = this.chanElem();
          return { kind: 'ChanType', pos, end: value.end, arrow: pos, dir: 'recv', value };
        }
        case 'func': {
          this.next();
          return this.funcType('function type', pos);
        }
        case '[': {
          this.next();
          if (this.got(']')) return this.sliceType(pos);
          return this.arrayType(pos, null);
        }
        case 'chan': {
          this.next();
          let dir: ast.ChanDir = 'both';
          let arrow = -1;
          if (this.tok() === '<-') {
            arrow = this.pos();
            this.next();
            dir = 'send';
          }
          const value = this.chanElem();
          return { kind: 'ChanType', pos, end: value.end, arrow, dir, value };
        }
        case 'map': {
          this.next();
          this.want('[');
          const key = this.type_();
          this.want(']');
          const value = this.type_();
          return { kind: 'MapType', pos, end: value.end, key, value };
        }
        case 'struct':
          return this.structType();
        case 'interface':
          return this.interfaceType();
        case 'name':
          return this.qualifiedName(null);
        case '(': {
          this.next();
          const x = this.type_();
          const rparen = this.pos();
          this.want(')');
          return { kind: 'ParenExpr', pos, end: this.prevEnd, x, rparen };
        }
      }
      return null;
    } finally {
      this.leave();
    }
  }

  protected typeInstance(typ: ast.Expr): ast.Expr {
    const lbrack = this.pos();
    this.want('[');
    let list: ast.Expr[];
    if (this.tok() === ']') {
      this.syntaxError('expected type argument list');
      list = [this.badExpr()];
    } else {
      [list] = this.typeList(true);
    }
    const rbrack = this.pos();
    this.want(']');
    if (list.length === 1) {
      return { kind: 'IndexExpr', pos: typ.pos, end: this.prevEnd, x: typ, lbrack, index: list[0], rbrack };
    }
    return { kind: 'IndexListExpr', pos: typ.pos, end: this.prevEnd, x: typ, lbrack, indices: list, rbrack };
  }

  /** Parse [TypeParams] Params [Result]. If context != '', type parameters are not permitted. */
  protected funcType(context: string, funcPos: number): ast.FuncType {
    const pos = this.pos();
    let typeParams: ast.FieldList | null = null;
    if (this.tok() === '[') {
      const lbrack = this.pos();
      this.next();
      if (context !== '') this.syntaxErrorAt(pos, context + ' must have no type parameters');
      if (this.tok() === ']') {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        typeParams = this.paramList(lbrack, null, null, ']', true);
      }
    }
    const lparen = this.pos();
    let params: ast.FieldList;
    if (this.tok() === '(') {
      this.next();
      params = this.paramList(lparen, null, null, ')', false);
    } else {
      this.want('(');
      params = { kind: 'FieldList', pos: lparen, end: lparen, opening: -1, list: [], closing: -1 };
    }
    const results = this.funcResult();
    return { kind: 'FuncType', pos: funcPos, end: this.prevEnd, typeParams, params, results };
  }

  protected arrayType(lbrack: number, len: ast.Expr | null): ast.Expr {
    if (!len) {
      if (this.tok() === '...') {
        const p = this.pos();
        this.next();
        len = { kind: 'Ellipsis', pos: p, end: p + 3, elt: null };
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tok() === ',') {
      this.syntaxError('unexpected comma; expected ]');
      this.next();
    }
    this.want(']');
    const elt = this.type_();
    return { kind: 'ArrayType', pos: lbrack, end: elt.end, len, elt };
  }

  protected sliceType(lbrack: number): ast.Expr {
    const elt = this.type_();
    return { kind: 'ArrayType', pos: lbrack, end: elt.end, len: null, elt };
  }

  protected chanElem(): ast.Expr {
    let typ = this.typeOrNil();
    if (!typ) {
      typ = this.badExpr();
      this.syntaxError('missing channel element type');
    }
    return typ;
  }

  protected structType(): ast.StructType {
    const pos = this.pos();
    this.want('struct');
    const lbrace = this.pos();
    this.want('{');
    const fields: ast.Field[] = [];
    const rbrace = this.list('struct type', ';', '}', () => {
      const f = this.fieldDecl();
      if (f) fields.push(f);
      return false;
    });
    return {
      kind: 'StructType', pos, end: this.prevEnd,
      fields: { kind: 'FieldList', pos: lbrace, end: this.prevEnd, opening: lbrace, list: fields, closing: rbrace },
      incomplete: false,
    };
  }

  protected interfaceType(): ast.InterfaceType {
    const pos = this.pos();
    this.want('interface');
    const lbrace = this.pos();
    this.want('{');
    const methods: ast.Field[] = [];
    const rbrace = this.list('interface type', ';', '}', () => {
      let f: PField | null = null;
      if (this.tok() === 'name') f = this.methodDecl();
      if (!f || !f.name) f = this.embeddedElem(f);
      methods.push(toField(f));
      return false;
    });
    return {
      kind: 'InterfaceType', pos, end: this.prevEnd,
      methods: { kind: 'FieldList', pos: lbrace, end: this.prevEnd, opening: lbrace, list: methods, closing: rbrace },
      incomplete: false,
    };
  }

  protected funcResult(): ast.FieldList | null {
    if (this.tok() === '(') {
      const lparen = this.pos();
      this.next();
      return this.paramList(lparen, null, null, ')', false);
    }
    const pos = this.pos();
    const typ = this.typeOrNil();
    if (typ) {
      const f: ast.Field = { kind: 'Field', pos, end: typ.end, doc: null, names: [], type: typ, tag: null, comment: null };
      return { kind: 'FieldList', pos, end: typ.end, opening: -1, list: [f], closing: -1 };
    }
    return null;
  }

  protected fieldDecl(): ast.Field | null {
    const pos = this.pos();
    const mk = (names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | null): ast.Field => ({
      kind: 'Field', pos, end: this.prevEnd, doc: null, names, type, tag, comment: null,
    });
    switch (this.tok()) {
      case 'name': {
        const name = this.name();
        if (this.tok() === '.' || this.tok() === 'literal' || this.tok() === ';' || this.tok() === '}') {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          return mk([], typ, tag);
        }
        const names = this.nameList(name);
        let typ: ast.Expr;
        if (names.length === 1 && this.tok() === '[') {
          const t = this.arrayOrTArgs();
          if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
            // embedded instantiated type T[P1, P2, ...]
            const inst = withX(t, name);
            const tag = this.oliteral();
            return mk([], inst, tag);
          }
          typ = t;
        } else {
          typ = this.type_();
        }
        const tag = this.oliteral();
        return mk(names, typ, tag);
      }
      case '*': {
        this.next();
        let typ: ast.Expr;
        if (this.tok() === '(') {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(null);
          this.got(')');
        } else {
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        return mk([], { kind: 'StarExpr', pos, end: typ.end, x: typ }, tag);
      }
      case '(': {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: ast.Expr;
        if (this.tok() === '*') {
          const p = this.pos();
          this.next();
          const x = this.qualifiedName(null);
          typ = { kind: 'StarExpr', pos: p, end: x.end, x };
        } else {
          typ = this.qualifiedName(null);
        }
        this.got(')');
        const tag = this.oliteral();
        return mk([], typ, tag);
      }
      default:
        this.syntaxError('expected field name or embedded type');
        this.advance(';', '}');
        return null;
    }
  }

  /** After a field/param name: `[n]E` (array type) or `[A, B]` (type arguments; x filled in by caller). */
  protected arrayOrTArgs(): ast.Expr {
    const lbrack = this.pos();
    this.want('[');
    if (this.got(']')) return this.sliceType(lbrack);
    const [list, comma] = this.typeList(false);
    const rbrack = this.pos();
    this.want(']');
    if (!comma) {
      const elt = this.typeOrNil();
      if (elt) return { kind: 'ArrayType', pos: lbrack, end: elt.end, len: list[0], elt };
    }
    const placeholder: ast.BadExpr = { kind: 'BadExpr', pos: lbrack, end: lbrack };
    if (list.length === 1) {
      return { kind: 'IndexExpr', pos: lbrack, end: this.prevEnd, x: placeholder, lbrack, index: list[0], rbrack };
    }
    return { kind: 'IndexListExpr', pos: lbrack, end: this.prevEnd, x: placeholder, lbrack, indices: list, rbrack };
  }

  protected methodDecl(): PField {
    const pos = this.pos();
    const name = this.name();
    const context = 'interface method';
    switch (this.tok()) {
      case '(':
        return { pos, name, type: this.funcType(context, this.pos()) };
      case '[': {
        const lbrack = this.pos();
        this.next();
        if (this.tok() === ']') {
          const p = this.pos();
          this.next();
          if (this.tok() === '(') {
            this.errorAt(p, 'empty type parameter list');
            return { pos, name, type: this.funcType(context, this.pos()) };
          }
          this.errorAt(p, 'empty type argument list');
          return { pos, name: null, type: name };
        }
        const list = this.paramList(lbrack, null, null, ']', false);
        if (list.list.length === 0) {
          if (this.tok() === '(') return { pos, name, type: this.funcType(context, this.pos()) };
          return { pos, name: null, type: name };
        }
        if (list.list[0].names.length > 0) {
          // generic method
          const type = this.funcType(context, this.pos());
          this.errorAt(lbrack, 'interface method must have no type parameters');
          return { pos, name, type };
        }
        const indices = list.list.map((f) => f.type);
        const rbrack = list.closing;
        if (indices.length === 1) {
          return { pos, name: null, type: { kind: 'IndexExpr', pos, end: this.prevEnd, x: name, lbrack, index: indices[0], rbrack } };
        }
        return { pos, name: null, type: { kind: 'IndexListExpr', pos, end: this.prevEnd, x: name, lbrack, indices, rbrack } };
      }
      default:
        return { pos, name: null, type: this.qualifiedName(name) };
    }
  }

  protected embeddedElem(f: PField | null): PField {
    if (!f) f = { pos: this.pos(), name: null, type: this.embeddedTerm() };
    while (this.isOp('|')) {
      const opPos = this.pos();
      this.next();
      const y = this.embeddedTerm();
      const x = f.type!;
      f.type = { kind: 'BinaryExpr', pos: x.pos, end: y.end, x, opPos, op: '|', y };
    }
    return f;
  }

  protected embeddedTerm(): ast.Expr {
    if (this.isOp('~')) {
      const pos = this.pos();
      this.next();
      const x = this.type_();
      return { kind: 'UnaryExpr', pos, end: x.end, op: '~', x };
    }
    let t = this.typeOrNil();
    if (!t) {
      t = this.badExpr();
      this.syntaxError('expected ~ term or type');
      this.advance('op', ';', ')', ']', '}');
    }
    return t;
  }

  protected paramDeclOrNil(name: ast.Ident | null, follow: Token): PField | null {
    const typeSetsOk = follow === ']';
    let pos = this.pos();
    if (name) {
      pos = name.pos;
    } else if (typeSetsOk && this.isOp('~')) {
      return this.embeddedElem(null);
    }
    let f: PField = { pos, name: null, type: null };
    if (this.tok() === 'name' || name) {
      if (!name) name = this.name();
      if (this.tok() === '[') {
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
          f.type = withX(t, name);
        } else {
          f.type = t;
          f.name = name;
        }
        if (typeSetsOk && this.isOp('|')) f = this.embeddedElem(f);
        return f;
      }
      if (this.tok() === '.') {
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.isOp('|')) f = this.embeddedElem(f);
        return f;
      }
      if (typeSetsOk && this.isOp('|')) {
        f.type = name;
        return this.embeddedElem(f);
      }
      f.name = name;
    }
    if (this.tok() === '...') {
      const p = this.pos();
      this.next();
      let elt = this.typeOrNil();
      if (!elt) {
        elt = this.badExpr();
        this.syntaxError('... is missing type');
      }
      f.type = { kind: 'Ellipsis', pos: p, end: elt.end, elt };
      return f;
    }
    if (typeSetsOk && this.isOp('~')) {
      f.type = this.embeddedElem(null).type;
      return f;
    }
    f.type = this.typeOrNil();
    if (typeSetsOk && this.isOp('|') && f.type) f = this.embeddedElem(f);
    if (f.name || f.type) return f;
    this.syntaxError('expected ' + tokstring(follow));
    this.advance(',', follow);
    return null;
  }

  /**
   * Parameters after the opening ( or [ (already consumed, at `open`). If name is set it is the first
   * name; if typ is set too, (name, typ) is the first field. Returns a go/ast FieldList.
   */
  protected paramList(open: number, name: ast.Ident | null, typ: ast.Expr | null, close: ')' | ']', requireNames: boolean): ast.FieldList {
    const list: PField[] = [];
    let end: number;
    if (name && typ && this.tok() === close) {
      end = this.pos();
      this.next();
      list.push({ pos: name.pos, name, type: typ });
    } else {
      let named = 0;
      let typed = 0;
      end = this.list('parameter list', ',', close, () => {
        let par: PField | null;
        if (typ) {
          par = { pos: name!.pos, name, type: typ };
        } else {
          par = this.paramDeclOrNil(name, close);
        }
        name = null;
        typ = null;
        if (par) {
          if (par.name && par.type) named++;
          if (par.type) typed++;
          list.push(par);
        }
        return false;
      });
      if (list.length > 0) {
        if (named === 0 && !requireNames) {
          // all unnamed => found names are type names
          for (const par of list) {
            if (par.name) {
              par.type = par.name;
              par.name = null;
            }
          }
        } else if (named !== list.length) {
          // some named or we're in a type parameter list => all must be named
          let errPos = -1;
          let t: ast.Expr | null = null;
          for (let i = list.length - 1; i >= 0; i--) {
            const par = list[i];
            if (par.type) {
              t = par.type;
              if (!par.name) {
                errPos = t.pos;
                par.name = { kind: 'Ident', pos: errPos, end: errPos, name: '_' };
              }
            } else if (t) {
              par.type = t;
            } else {
              errPos = par.name!.pos;
              par.type = { kind: 'BadExpr', pos: errPos, end: errPos };
            }
          }
          if (errPos >= 0) {
            let msg: string;
            if (requireNames) {
              if (named === typed) {
                errPos = end;
                msg = 'missing type constraint';
              } else {
                msg = 'missing type parameter name';
                if (list.length === 1) msg += ' or invalid array length';
              }
            } else {
              msg = 'mixed named and unnamed parameters';
            }
            this.syntaxErrorAt(errPos, msg);
          }
        }
      }
    }
    return { kind: 'FieldList', pos: open, end: this.prevEnd, opening: open, list: groupFields(list), closing: end };
  }

  /** Returns [args, position of '...' or -1, position of ')']. */
  protected argList(): [ast.Expr[], number, number] {
    const list: ast.Expr[] = [];
    let ellipsis = -1;
    this.xnest++;
    const rparen = this.list('argument list', ',', ')', () => {
      list.push(this.expr());
      if (this.tok() === '...') {
        ellipsis = this.pos();
        this.next();
        return true;
      }
      return false;
    });
    this.xnest--;
    return [list, ellipsis, rparen];
  }

  protected qualifiedName(name: ast.Ident | null): ast.Expr {
    let x: ast.Expr;
    if (name) {
      x = name;
    } else if (this.tok() === 'name') {
      x = this.name();
    } else {
      x = { kind: 'Ident', pos: this.pos(), end: this.pos(), name: '_' };
      this.syntaxError('expected name');
      this.advance('.', ';', '}');
    }
    if (this.tok() === '.') {
      this.next();
      const sel = this.name();
      x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
    }
    if (this.tok() === '[') x = this.typeInstance(x);
    return x;
  }

  exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got(',')) list.push(this.expr());
    return list;
  }

  /** typeList = arg { "," arg } [ "," ] . Returns [list, sawComma]. */
  protected typeList(strict: boolean): [ast.Expr[], boolean] {
    let comma = false;
    this.xnest++;
    const list = [strict ? this.type_() : this.expr()];
    if (this.got(',')) {
      comma = true;
      let t = this.typeOrNil();
      if (t) {
        list.push(t);
        while (this.got(',')) {
          t = this.typeOrNil();
          if (!t) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return [list, comma];
  }
}
