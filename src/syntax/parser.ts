// parser.ts — recursive-descent parser for Go 1.23 producing the go/ast-shaped tree of ast.ts.
// Follows the grammar, error recovery and error wording of cmd/compile/internal/syntax/parser.go
// (so messages match `go build`), building go/ast nodes directly.

import type * as ast from './ast.js';
import { Scanner, type RawComment } from './scanner.js';
import { stopset, tokstring, type Token } from './token.js';
import { stmtString, exprString } from './exprstring.js';
import { checkBranches } from './branches.js';

/** A raw error: byte offset + message (converted to line:col by index.ts). */
export interface RawError {
  readonly pos: number;
  readonly msg: string;
}

/** Internal: a parameter before grouping into go/ast Fields. */
interface PField {
  pos: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
}

/** Internal: the range clause of a for statement. */
interface RangeClause {
  readonly kind: 'RangeClause';
  readonly pos: number;
  readonly lhs: readonly ast.Expr[] | null;
  readonly def: boolean;
  readonly tokPos: number;
  readonly range: number;
  readonly x: ast.Expr;
}

type SimpleStmt = ast.ExprStmt | ast.SendStmt | ast.IncDecStmt | ast.AssignStmt | RangeClause;

class NestingTooDeep extends Error {}

const maxNest = 5000;

export class Parser {
  private readonly s: Scanner;
  readonly errors: RawError[] = [];
  private first = false; // an error has been reported
  private errcnt = 0;

  private fnest = 0; // function nesting level
  private xnest = 0; // expression nesting level (composite-literal ambiguity)
  private depth = 0; // recursion depth guard
  private prevEnd = 0; // end offset of the previously consumed token

  // current token (copied from the scanner for speed of access)
  private curTok: Token = 'EOF';
  /** The current token (a method, so TypeScript does not narrow it across next()). */
  private tok(): Token {
    return this.curTok;
  }
  private lit = '';
  private pos0 = 0;

  readonly decls: ast.Decl[] = [];
  readonly imports: ast.ImportSpec[] = [];

  private readonly posString: (pos: number) => string;

  /** posString formats a byte offset as `file:line:col` (used in messages like "label L already defined at ..."). */
  constructor(src: Uint8Array, posString: (pos: number) => string) {
    this.posString = posString;
    this.s = new Scanner(src, (pos, msg) => this.errorAt(pos, msg));
  }

  get comments(): readonly RawComment[] {
    return this.s.comments;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private next(): void {
    this.prevEnd = this.s.end;
    this.s.next();
    this.curTok = this.s.tok;
    this.lit = this.s.lit;
    this.pos0 = this.s.pos;
  }

  private pos(): number {
    return this.pos0;
  }

  private got(tok: Token): boolean {
    if (this.tok() === tok) {
      this.next();
      return true;
    }
    return false;
  }

  private want(tok: Token): void {
    if (!this.got(tok)) {
      this.syntaxError('expected ' + tokstring(tok));
      this.advance();
    }
  }

  private gotAssign(): boolean {
    switch (this.tok()) {
      case ':=':
        this.syntaxError('expected =');
        this.next();
        return true;
      case '=':
        this.next();
        return true;
    }
    return false;
  }

  private isOp(op: string): boolean {
    return this.tok() === 'op' && this.s.op === op;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  errorAt(pos: number, msg: string): void {
    this.first = true;
    this.errcnt++;
    this.errors.push({ pos, msg });
  }

  private error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  private syntaxErrorAt(pos: number, msg: string): void {
    if (this.tok() === 'EOF' && this.first) return; // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to add
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith('expected ')) {
      msg = ', ' + msg;
    } else {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    let tok: string;
    switch (this.tok()) {
      case 'name':
        tok = 'name ' + this.lit;
        break;
      case ';':
        tok = this.lit;
        break;
      case 'literal':
        tok = 'literal ' + this.lit;
        break;
      case 'op':
        tok = this.s.op;
        break;
      case 'op=':
        tok = this.s.op + '=';
        break;
      case 'opop':
        tok = this.s.op + this.s.op;
        break;
      default:
        tok = tokstring(this.tok());
    }
    this.errorAt(pos, 'syntax error: unexpected ' + tok + msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  /** Skip tokens until one in followlist (or the stopset inside functions); with no list, skip one token. */
  private advance(...followlist: Token[]): void {
    if (followlist.length === 0) {
      if (this.tok() !== 'EOF') this.next();
      return;
    }
    const follow = new Set<Token>(followlist);
    follow.add('EOF');
    const useStop = this.fnest > 0;
    while (!follow.has(this.tok()) && !(useStop && stopset.has(this.tok()))) {
      this.next();
    }
  }

  private enter(): void {
    if (++this.depth > maxNest) throw new NestingTooDeep();
  }
  private leave(): void {
    this.depth--;
  }

  // ---------------------------------------------------------------------------------------------
  // File

  /** Parse a whole file; returns the package name and the position of `package` (or null if missing). */
  parseFile(): { pkgPos: number; name: ast.Ident } | null {
    this.next();
    try {
      return this.fileOrNil();
    } catch (e) {
      if (e instanceof NestingTooDeep || e instanceof RangeError) {
        this.errorAt(this.pos(), 'syntax error: nesting too deep');
        return null;
      }
      throw e;
    }
  }

  private fileOrNil(): { pkgPos: number; name: ast.Ident } | null {
    const pkgPos = this.pos();
    if (!this.got('package')) {
      // The go command (go/parser, ImportsOnly mode) rejects the file before the compiler sees it.
      let found: string;
      switch (this.tok()) {
        case 'name': case 'literal': found = this.lit; break;
        case 'op': case 'op=': found = `'${this.s.op}${this.tok() === 'op=' ? '=' : ''}'`; break;
        case 'opop': found = `'${this.s.op}${this.s.op}'`; break;
        case ';': found = this.lit === 'semicolon' ? `';'` : 'newline'; break;
        default: found = `'${this.tok()}'`;
      }
      this.error(`expected 'package', found ${found}`);
      return null;
    }
    const name = this.name();
    this.want(';');
    if (this.first) return { pkgPos, name };

    let prev: Token = 'import';
    while (this.tok() !== 'EOF') {
      if (this.tok() === 'import' && prev !== 'import') {
        this.syntaxError('imports must appear before other declarations');
      }
      prev = this.tok();
      const pos = this.pos();
      switch (this.tok()) {
        case 'import':
        case 'const':
        case 'type':
        case 'var': {
          const tok = this.tok() as 'import' | 'const' | 'type' | 'var';
          this.next();
          this.decls.push(this.genDecl(pos, tok));
          break;
        }
        case 'func': {
          this.next();
          const d = this.funcDeclOrNil(pos);
          if (d) this.decls.push(d);
          break;
        }
        default: {
          const last = this.decls[this.decls.length - 1];
          if (this.tok() === '{' && last && last.kind === 'FuncDecl' && last.body === null) {
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance('import', 'const', 'type', 'var', 'func');
          continue;
        }
      }
      if (this.tok() !== 'EOF' && !this.got(';')) {
        this.syntaxError('after top level declaration');
        this.advance('import', 'const', 'type', 'var', 'func');
      }
    }
    return { pkgPos, name };
  }

  // ---------------------------------------------------------------------------------------------
  // Declarations

  /** list = [ f { sep f } [sep] ] close . Returns the position of the closing token. */
  private list(context: string, sep: Token, close: Token, f: () => boolean): number {
    let done = false;
    while (this.tok() !== 'EOF' && this.tok() !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tok() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(')', ']', '}');
        if (this.tok() !== close) return this.pos();
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  private genDecl(pos: number, tok: 'import' | 'const' | 'type' | 'var'): ast.GenDecl {
    const specs: ast.Spec[] = [];
    const f = (): ast.Spec | null => {
      switch (tok) {
        case 'import': return this.importSpec();
        case 'const': return this.constSpec();
        case 'type': return this.typeSpec();
        case 'var': return this.varSpec();
      }
    };
    let lparen = -1;
    let rparen = -1;
    if (this.tok() === '(') {
      lparen = this.pos();
      this.next();
      rparen = this.list('grouped declaration', ';', ')', () => {
        const x = f();
        if (x) specs.push(x);
        return false;
      });
    } else {
      const x = f();
      if (x) specs.push(x);
    }
    return { kind: 'GenDecl', pos, end: this.prevEnd, doc: null, tok, lparen, specs, rparen };
  }

  private importSpec(): ast.ImportSpec | null {
    const pos = this.pos();
    let name: ast.Ident | null = null;
    if (this.tok() === 'name') {
      name = this.name();
    } else if (this.tok() === '.') {
      name = { kind: 'Ident', pos: this.pos(), end: this.pos() + 1, name: '.' };
      this.next();
    }
    let path = this.oliteral();
    if (!path) {
      this.syntaxError('missing import path');
      this.advance(';', ')');
      return null;
    }
    if (!this.s.bad && path.litKind !== 'STRING') {
      this.syntaxErrorAt(path.pos, 'import path must be a string');
    }
    const spec: ast.ImportSpec = { kind: 'ImportSpec', pos, end: this.prevEnd, doc: null, name, path, comment: null };
    this.imports.push(spec);
    return spec;
  }

  private constSpec(): ast.ValueSpec {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.tok() !== 'EOF' && this.tok() !== ';' && this.tok() !== ')') {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', pos, end: this.prevEnd, doc: null, names, type, values, comment: null };
  }

  private varSpec(): ast.ValueSpec {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', pos, end: this.prevEnd, doc: null, names, type, values, comment: null };
  }

  private typeSpec(): ast.TypeSpec {
    const pos = this.pos();
    const name = this.name();
    let typeParams: ast.FieldList | null = null;
    let assign = -1;
    let type: ast.Expr | null = null;
    if (this.tok() === '[') {
      // array/slice type or type parameter list
      const lbrack = this.pos();
      this.next();
      switch (this.tok()) {
        case 'name': {
          let x: ast.Expr = this.name();
          if (this.tok() !== '[') {
            this.xnest++;
            x = this.binaryExpr(this.pexpr(x, false), 0);
            this.xnest--;
          }
          const [pname, ptype] = extractName(x, this.tok() === ',');
          if (pname && (ptype || this.tok() !== ']')) {
            typeParams = this.paramList(lbrack, pname, ptype, ']', true);
            if (this.tok() === ':=' || this.tok() === '=') assign = this.pos();
            if (!this.gotAssign()) assign = -1;
            type = this.typeOrNil();
          } else {
            type = this.arrayType(lbrack, x);
          }
          break;
        }
        case ']':
          this.next();
          type = this.sliceType(lbrack);
          break;
        default:
          type = this.arrayType(lbrack, null);
      }
    } else {
      if (this.tok() === ':=' || this.tok() === '=') assign = this.pos();
      if (!this.gotAssign()) assign = -1;
      type = this.typeOrNil();
    }
    if (!type) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(';', ')');
    }
    return { kind: 'TypeSpec', pos, end: this.prevEnd, doc: null, name, typeParams, assign, type, comment: null };
  }

  private funcDeclOrNil(pos: number): ast.FuncDecl | null {
    let recv: ast.FieldList | null = null;
    let context = '';
    if (this.tok() === '(') {
      const lparen = this.pos();
      this.next();
      context = 'method';
      recv = this.paramList(lparen, null, null, ')', false);
      if (recv.list.length === 0) {
        this.error('method has no receiver');
      } else if (recv.list.length > 1 || recv.list[0].names.length > 1) {
        this.error('method has multiple receivers');
      }
    }
    let name: ast.Ident;
    let type: ast.FuncType;
    if (this.tok() === 'name') {
      name = this.name();
      type = this.funcType(context, pos);
    } else {
      name = { kind: 'Ident', pos: this.pos(), end: this.pos(), name: '_' };
      const p = this.pos();
      type = {
        kind: 'FuncType', pos, end: p, typeParams: null,
        params: { kind: 'FieldList', pos: p, end: p, opening: -1, list: [], closing: -1 }, results: null,
      };
      this.syntaxError(context !== '' ? 'expected name' : 'expected name or (');
      this.advance('{', ';');
    }
    let body: ast.BlockStmt | null = null;
    if (this.tok() === '{') body = this.funcBody();
    return { kind: 'FuncDecl', pos, end: this.prevEnd, doc: null, recv, name, type, body, pragmas: [] };
  }

  private funcBody(): ast.BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const body = this.blockStmt('');
    this.fnest--;
    // don't check branches if there were syntax errors in the function
    if (errcnt === this.errcnt) checkBranches(body, (pos, msg) => this.errorAt(pos, msg), this.posString);
    return body;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  expr(): ast.Expr {
    return this.binaryExpr(null, 0);
  }

  private binaryExpr(x: ast.Expr | null, prec: number): ast.Expr {
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

  private unaryExpr(): ast.Expr {
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
  private reassocRecvChan(arrow: number, x: ast.ChanType): ast.Expr {
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

  private callStmt(): ast.GoStmt | ast.DeferStmt | ast.BadStmt {
    const pos = this.pos();
    const tok = this.tok() as 'go' | 'defer';
    this.next();
    let x = this.pexpr(null, this.tok() === '(');
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${tok} must not be parenthesized`);
      x = t;
    }
    if (x.kind !== 'CallExpr') {
      this.errorAt(x.pos, `expression in ${tok} must be function call`);
      return { kind: 'BadStmt', pos, end: x.end };
    }
    if (tok === 'go') return { kind: 'GoStmt', pos, end: x.end, call: x };
    return { kind: 'DeferStmt', pos, end: x.end, call: x };
  }

  private operand(keepParens: boolean): ast.Expr {
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

  private pexpr(x: ast.Expr | null, keepParens: boolean): ast.Expr {
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

  private bareComplitexpr(): ast.Expr {
    if (this.tok() === '{') return this.complitexpr(null);
    return this.expr();
  }

  private complitexpr(type: ast.Expr | null): ast.CompositeLit {
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

  // ---------------------------------------------------------------------------------------------
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

  private typeInstance(typ: ast.Expr): ast.Expr {
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
  private funcType(context: string, funcPos: number): ast.FuncType {
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

  private arrayType(lbrack: number, len: ast.Expr | null): ast.Expr {
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

  private sliceType(lbrack: number): ast.Expr {
    const elt = this.type_();
    return { kind: 'ArrayType', pos: lbrack, end: elt.end, len: null, elt };
  }

  private chanElem(): ast.Expr {
    let typ = this.typeOrNil();
    if (!typ) {
      typ = this.badExpr();
      this.syntaxError('missing channel element type');
    }
    return typ;
  }

  private structType(): ast.StructType {
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

  private interfaceType(): ast.InterfaceType {
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

  private funcResult(): ast.FieldList | null {
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

  private fieldDecl(): ast.Field | null {
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
  private arrayOrTArgs(): ast.Expr {
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

  private oliteral(): ast.BasicLit | null {
    if (this.tok() === 'literal') {
      const b: ast.BasicLit = { kind: 'BasicLit', pos: this.pos(), end: this.s.end, litKind: this.s.litKind, value: this.lit };
      this.next();
      return b;
    }
    return null;
  }

  private methodDecl(): PField {
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

  private embeddedElem(f: PField | null): PField {
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

  private embeddedTerm(): ast.Expr {
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

  private paramDeclOrNil(name: ast.Ident | null, follow: Token): PField | null {
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
  private paramList(open: number, name: ast.Ident | null, typ: ast.Expr | null, close: ')' | ']', requireNames: boolean): ast.FieldList {
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

  private badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', pos: this.pos(), end: this.pos() };
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private simpleStmt(lhs: ast.Expr[] | null, keyword: Token | null): SimpleStmt {
    if (keyword === 'for' && this.tok() === 'range') {
      return this.newRangeClause(null, false, -1);
    }
    if (!lhs) lhs = this.exprList();

    if (lhs.length === 1 && this.tok() !== '=' && this.tok() !== ':=') {
      const x = lhs[0];
      const pos = this.pos();
      switch (this.tok()) {
        case 'op=': {
          const op = (this.s.op + '=') as ast.AssignOp;
          this.next();
          const y = this.expr();
          return { kind: 'AssignStmt', pos: x.pos, end: y.end, lhs, tokPos: pos, tok: op, rhs: [y] };
        }
        case 'opop': {
          const tok = this.s.op === '+' ? '++' : '--';
          this.next();
          return { kind: 'IncDecStmt', pos: x.pos, end: this.prevEnd, x, tokPos: pos, tok };
        }
        case '<-': {
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', pos: x.pos, end: value.end, chan: x, arrow: pos, value };
        }
        default:
          return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
      }
    }

    switch (this.tok()) {
      case '=':
      case ':=': {
        const pos = this.pos();
        const def = this.tok() === ':=';
        this.next();
        if (keyword === 'for' && this.tok() === 'range') {
          return this.newRangeClause(lhs, def, pos);
        }
        const rhs = this.exprList();
        return { kind: 'AssignStmt', pos: lhs[0].pos, end: rhs[rhs.length - 1].end, lhs, tokPos: pos, tok: def ? ':=' : '=', rhs };
      }
      default: {
        this.syntaxError('expected := or = or comma');
        this.advance(';', '}');
        const x = lhs[0];
        return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
      }
    }
  }

  private newRangeClause(lhs: ast.Expr[] | null, def: boolean, tokPos: number): RangeClause {
    const range = this.pos();
    this.next();
    const x = this.expr();
    return { kind: 'RangeClause', pos: lhs ? lhs[0].pos : range, lhs, def, tokPos, range, x };
  }

  private labeledStmtOrNil(label: ast.Ident): ast.Stmt | null {
    const colon = this.pos();
    this.want(':');
    if (this.tok() === '}') {
      const p = this.pos();
      const e: ast.EmptyStmt = { kind: 'EmptyStmt', pos: p, end: p, implicit: true };
      return { kind: 'LabeledStmt', pos: label.pos, end: colon + 1, label, colon, stmt: e };
    }
    const stmt = this.stmtOrNil();
    if (stmt) return { kind: 'LabeledStmt', pos: label.pos, end: stmt.end, label, colon, stmt };
    this.syntaxErrorAt(colon, 'missing statement after label');
    return null;
  }

  private blockStmt(context: string): ast.BlockStmt {
    const lbrace = this.pos();
    if (!this.got('{')) {
      this.syntaxError('expected { after ' + context);
      this.advance('name', '}');
      const rbrace = this.pos();
      if (this.got('}')) return { kind: 'BlockStmt', pos: lbrace, end: rbrace + 1, lbrace, list: [], rbrace };
    }
    const list = this.stmtList();
    const rbrace = this.pos();
    this.want('}');
    return { kind: 'BlockStmt', pos: lbrace, end: rbrace + 1, lbrace, list, rbrace };
  }

  private declStmt(): ast.DeclStmt {
    const pos = this.pos();
    const tok = this.tok() as 'const' | 'type' | 'var';
    this.next();
    const decl = this.genDecl(pos, tok);
    return { kind: 'DeclStmt', pos, end: decl.end, decl };
  }

  private forStmt(): ast.ForStmt | ast.RangeStmt {
    const pos = this.pos();
    const h = this.header('for');
    const body = this.blockStmt('for clause');
    const init = h.init;
    if (init && init.kind === 'RangeClause') {
      let key: ast.Expr | null = null;
      let value: ast.Expr | null = null;
      if (init.lhs) {
        key = init.lhs[0];
        if (init.lhs.length > 1) value = init.lhs[1];
        if (init.lhs.length > 2) this.errorAt(init.lhs[2].pos, 'range clause permits at most two iteration variables');
      }
      return {
        kind: 'RangeStmt', pos, end: body.end, key, value, tokPos: init.tokPos,
        tok: init.lhs ? (init.def ? ':=' : '=') : null, range: init.range, x: init.x, body,
      };
    }
    return { kind: 'ForStmt', pos, end: body.end, init: init as ast.Stmt | null, cond: h.cond, post: h.post, body };
  }

  private header(keyword: 'for' | 'if' | 'switch'): {
    init: SimpleStmt | null; cond: ast.Expr | null; post: ast.Stmt | null; guard: ast.AssignStmt | ast.ExprStmt | null;
  } {
    this.want(keyword);
    let init: SimpleStmt | null = null;
    let cond: ast.Expr | null = null;
    let post: ast.Stmt | null = null;
    let guard: ast.AssignStmt | ast.ExprStmt | null = null;

    if (this.tok() === '{') {
      if (keyword === 'if') {
        this.syntaxError('missing condition in if statement');
        cond = this.badExpr();
      }
      return { init, cond, post, guard };
    }

    const outer = this.xnest;
    this.xnest = -1;

    if (this.tok() !== ';') {
      if (this.got('var')) {
        this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      }
      init = this.simpleStmt(null, keyword);
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        return { init, cond, post, guard };
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semiPos = -1;
    let semiLit = '';
    let skipUnpack = false;
    if (this.tok() !== '{') {
      if (this.tok() === ';') {
        semiPos = this.pos();
        semiLit = this.lit;
        this.next();
      } else {
        this.want('{');
        if (this.tok() !== '{') this.advance('{', '}');
      }
      if (keyword === 'for') {
        if (this.tok() !== ';') {
          if (this.tok() === '{') {
            this.syntaxError('expected for loop condition');
            skipUnpack = true;
          } else {
            condStmt = this.simpleStmt(null, null);
          }
        }
        if (!skipUnpack) {
          this.want(';');
          if (this.tok() !== '{') {
            const ps = this.simpleStmt(null, null);
            if (ps.kind === 'AssignStmt' && ps.tok === ':=') {
              this.syntaxErrorAt(ps.tokPos, 'cannot declare in post statement of for loop');
            }
            post = ps as ast.Stmt;
          }
        }
      } else if (this.tok() !== '{') {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }

    // unpack condStmt
    if (!condStmt) {
      if (keyword === 'if' && semiPos >= 0) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement');
        }
        cond = { kind: 'BadExpr', pos: semiPos, end: semiPos };
      }
    } else if (keyword === 'switch' && isTypeSwitchGuard(condStmt)) {
      guard = condStmt as ast.AssignStmt | ast.ExprStmt;
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.x;
    } else if (condStmt.kind !== 'RangeClause') {
      let str: string;
      let pos: number;
      if (condStmt.kind === 'AssignStmt' && condStmt.tok === '=') {
        str = 'assignment ' + emphasize(condStmt.lhs) + ' = ' + emphasize(condStmt.rhs);
      } else {
        str = stmtString(condStmt);
      }
      switch (condStmt.kind) {
        case 'AssignStmt': case 'IncDecStmt': pos = condStmt.tokPos; break;
        case 'SendStmt': pos = condStmt.arrow; break;
      }
      this.syntaxErrorAt(pos, `cannot use ${str} as value`);
    }
    this.xnest = outer;
    return { init, cond, post, guard };
  }

  private ifStmt(): ast.IfStmt {
    this.enter();
    const pos = this.pos();
    const h = this.header('if');
    const body = this.blockStmt('if clause');
    let els: ast.IfStmt | ast.BlockStmt | null = null;
    if (this.got('else')) {
      switch (this.tok()) {
        case 'if':
          els = this.ifStmt();
          break;
        case '{':
          els = this.blockStmt('');
          break;
        default:
          this.syntaxError('else must be followed by if or statement block');
          this.advance('name', '}');
      }
    }
    this.leave();
    const init = h.init as ast.Stmt | null;
    const cond = h.cond ?? { kind: 'BadExpr', pos: body.pos, end: body.pos };
    return { kind: 'IfStmt', pos, end: els ? els.end : body.end, init, cond, body, else: els };
  }

  private switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
    const pos = this.pos();
    const h = this.header('switch');
    const lbrace = this.pos();
    if (!this.got('{')) {
      this.syntaxError('missing { after switch clause');
      this.advance('case', 'default', '}');
    }
    const clauses: ast.CaseClause[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== '}') clauses.push(this.caseClause());
    const rbrace = this.pos();
    this.want('}');
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: rbrace + 1, lbrace, list: clauses, rbrace };
    const init = h.init as ast.Stmt | null;
    if (h.guard) return { kind: 'TypeSwitchStmt', pos, end: body.end, init, assign: h.guard, body };
    return { kind: 'SwitchStmt', pos, end: body.end, init, tag: h.cond, body };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos();
    this.want('select');
    const lbrace = this.pos();
    if (!this.got('{')) {
      this.syntaxError('missing { after select clause');
      this.advance('case', 'default', '}');
    }
    const clauses: ast.CommClause[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== '}') clauses.push(this.commClause());
    const rbrace = this.pos();
    this.want('}');
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: rbrace + 1, lbrace, list: clauses, rbrace };
    return { kind: 'SelectStmt', pos, end: body.end, body };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos();
    let list: ast.Expr[] | null = null;
    switch (this.tok()) {
      case 'case':
        this.next();
        list = this.exprList();
        break;
      case 'default':
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance(':', 'case', 'default', '}');
    }
    const colon = this.pos();
    this.want(':');
    const body = this.stmtList();
    const end = body.length > 0 ? body[body.length - 1].end : colon + 1;
    return { kind: 'CaseClause', pos, end, list, colon, body };
  }

  private commClause(): ast.CommClause {
    const pos = this.pos();
    let comm: ast.Stmt | null = null;
    switch (this.tok()) {
      case 'case':
        this.next();
        comm = this.simpleStmt(null, null) as ast.Stmt;
        break;
      case 'default':
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance(':', 'case', 'default', '}');
    }
    const colon = this.pos();
    this.want(':');
    const body = this.stmtList();
    const end = body.length > 0 ? body[body.length - 1].end : colon + 1;
    return { kind: 'CommClause', pos, end, comm, colon, body };
  }

  private stmtOrNil(): ast.Stmt | null {
    this.enter();
    try {
      return this.stmtOrNil1();
    } finally {
      this.leave();
    }
  }

  private stmtOrNil1(): ast.Stmt | null {
    if (this.tok() === 'name') {
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0].kind === 'Ident' && this.tok() === ':') {
        return this.labeledStmtOrNil(lhs[0]);
      }
      return this.simpleStmt(lhs, null) as ast.Stmt;
    }
    switch (this.tok()) {
      case 'var':
      case 'const':
      case 'type':
        return this.declStmt();
      case '{':
        return this.blockStmt('');
      case 'op':
      case '*':
        switch (this.s.op) {
          case '+': case '-': case '*': case '&': case '^': case '!':
            return this.simpleStmt(null, null) as ast.Stmt;
        }
        return null;
      case 'literal': case 'func': case '(': case '[': case 'struct': case 'map': case 'chan':
      case 'interface': case '<-':
        return this.simpleStmt(null, null) as ast.Stmt;
      case 'for':
        return this.forStmt();
      case 'switch':
        return this.switchStmt();
      case 'select':
        return this.selectStmt();
      case 'if':
        return this.ifStmt();
      case 'fallthrough': {
        const pos = this.pos();
        this.next();
        return { kind: 'BranchStmt', pos, end: this.prevEnd, tok: 'fallthrough', label: null };
      }
      case 'break':
      case 'continue': {
        const pos = this.pos();
        const tok = this.tok() as 'break' | 'continue';
        this.next();
        let label: ast.Ident | null = null;
        if (this.tok() === 'name') label = this.name();
        return { kind: 'BranchStmt', pos, end: this.prevEnd, tok, label };
      }
      case 'go':
      case 'defer':
        return this.callStmt();
      case 'goto': {
        const pos = this.pos();
        this.next();
        const label = this.name();
        return { kind: 'BranchStmt', pos, end: this.prevEnd, tok: 'goto', label };
      }
      case 'return': {
        const pos = this.pos();
        this.next();
        let results: ast.Expr[] = [];
        if (this.tok() !== ';' && this.tok() !== '}') results = this.exprList();
        return { kind: 'ReturnStmt', pos, end: this.prevEnd, results };
      }
      case ';': {
        const pos = this.pos();
        return { kind: 'EmptyStmt', pos, end: pos, implicit: this.lit !== 'semicolon' };
      }
    }
    return null;
  }

  private stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== '}' && this.tok() !== 'case' && this.tok() !== 'default') {
      const s = this.stmtOrNil();
      if (!s) break;
      // go/ast drops empty statements that merely stand for a separator
      if (!(s.kind === 'EmptyStmt')) l.push(s);
      if (!this.got(';') && this.tok() !== '}') {
        this.syntaxError('at end of statement');
        this.advance(';', '}', 'case', 'default');
        this.got(';');
      }
    }
    return l;
  }

  /** Returns [args, position of '...' or -1, position of ')']. */
  private argList(): [ast.Expr[], number, number] {
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

  // ---------------------------------------------------------------------------------------------
  // Common productions

  private name(): ast.Ident {
    if (this.tok() === 'name') {
      const n: ast.Ident = { kind: 'Ident', pos: this.pos(), end: this.s.end, name: this.lit };
      this.next();
      return n;
    }
    const n: ast.Ident = { kind: 'Ident', pos: this.pos(), end: this.pos(), name: '_' };
    this.syntaxError('expected name');
    this.advance();
    return n;
  }

  private nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(',')) l.push(this.name());
    return l;
  }

  private qualifiedName(name: ast.Ident | null): ast.Expr {
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
  private typeList(strict: boolean): [ast.Expr[], boolean] {
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

// -----------------------------------------------------------------------------------------------
// Helpers

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function withX(t: ast.IndexExpr | ast.IndexListExpr, x: ast.Expr): ast.Expr {
  return { ...t, pos: x.pos, x };
}

function isTypeSwitchGuard(s: SimpleStmt): boolean {
  const isGuard = (e: ast.Expr): boolean => e.kind === 'TypeAssertExpr' && e.type === null;
  if (s.kind === 'ExprStmt') return isGuard(s.x);
  if (s.kind === 'AssignStmt') {
    return s.tok === ':=' && s.lhs.length === 1 && s.lhs[0].kind === 'Ident' && s.rhs.length === 1 && isGuard(s.rhs[0]);
  }
  return false;
}

/** Syntactically a value (not a type)? (cmd/compile isValue) */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
    default:
      return false;
  }
}

/** Is x a (possibly parenthesized) type element expression? (cmd/compile isTypeElem) */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'UnaryExpr':
      return isTypeElem(x.x) || x.op === '~';
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'ParenExpr':
      return isTypeElem(x.x);
    default:
      return false;
  }
}

/** Split x into (name, type) if x can be read as `name type` in a type parameter list (cmd/compile extractName). */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y }];
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name && lhs) return [name, { kind: 'BinaryExpr', pos: lhs.pos, end: x.end, x: lhs, opPos: x.opPos, op: '|', y: x.y }];
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
        return [x.fun, x.args[0]];
      }
      break;
  }
  return [null, x];
}

function emphasize(list: readonly ast.Expr[]): string {
  const s = list.map((x) => exprString(x)).join(', ');
  if (list.length === 1 && list[0].kind === 'BinaryExpr') return '(' + s + ')';
  return s;
}

function toField(f: PField): ast.Field {
  const type = f.type ?? { kind: 'BadExpr', pos: f.pos, end: f.pos };
  return { kind: 'Field', pos: f.pos, end: type.end, doc: null, names: f.name ? [f.name] : [], type, tag: null, comment: null };
}

/** Group consecutive named parameters sharing one type expression into one go/ast Field. */
function groupFields(list: PField[]): ast.Field[] {
  const out: ast.Field[] = [];
  let i = 0;
  while (i < list.length) {
    const f = list[i];
    if (!f.name) {
      out.push(toField(f));
      i++;
      continue;
    }
    const names: ast.Ident[] = [f.name];
    let j = i + 1;
    while (j < list.length && list[j].name && list[j].type === f.type) {
      names.push(list[j].name!);
      j++;
    }
    const type = f.type ?? { kind: 'BadExpr', pos: f.pos, end: f.pos };
    out.push({ kind: 'Field', pos: f.pos, end: type.end, doc: null, names, type, tag: null, comment: null });
    i = j;
  }
  return out;
}
