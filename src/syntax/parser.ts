// parser.ts — recursive-descent parser for Go 1.23 producing the go/ast-shaped tree of ast.ts:
// files, declarations and statements (parserexpr.ts: expressions and types; parserbase.ts: tokens
// and errors). Follows the grammar, error recovery and error wording of
// cmd/compile/internal/syntax/parser.go, so messages match `go build`.

import type * as ast from './ast.js';
import { tokstring, type Token } from './token.js';
import { stmtString, exprString } from './exprstring.js';
import { checkBranches } from './branches.js';
import { NestingTooDeep, extractName, unparen, funcPragmas, filePragmas } from './parserbase.js';
import { ExprParser } from './parserexpr.js';

export type { RawError } from './parserbase.js';

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

export class Parser extends ExprParser {
  // File

  /** Parse a whole file; returns the package name and the position of `package` (null: no file, the compiler stops). */
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

  /** Parse a single expression spanning the whole source (for tools and tests). */
  parseExprOnly(): ast.Expr {
    this.next();
    try {
      const x = this.expr();
      if (this.tok() === ';' && this.lit !== 'semicolon') this.next();
      if (this.tok() !== 'EOF') this.syntaxError('after expression');
      return x;
    } catch (e) {
      if (e instanceof NestingTooDeep || e instanceof RangeError) {
        this.errorAt(this.pos(), 'syntax error: nesting too deep');
        return { kind: 'BadExpr', pos: 0, end: 0 };
      }
      throw e;
    }
  }

  protected fileOrNil(): { pkgPos: number; name: ast.Ident } | null {
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
    this.declPragma(this.takePragma(), filePragmas, false);
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
      // Reset the pragma BEFORE advancing to the next token (consuming ';')
      // since comments before may set pragmas for the next function decl.
      this.clearPragma();
      if (this.tok() !== 'EOF' && !this.got(';')) {
        this.syntaxError('after top level declaration');
        this.advance('import', 'const', 'type', 'var', 'func');
      }
    }
    this.clearPragma();
    return { pkgPos, name };
  }

  protected genDecl(pos: number, tok: 'import' | 'const' | 'type' | 'var'): ast.GenDecl {
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
      this.clearPragma();
      this.next(); // must consume "(" after calling clearPragma!
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

  protected importSpec(): ast.ImportSpec | null {
    const pos = this.pos();
    this.declPragma(this.takePragma(), 0, false);
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

  protected constSpec(): ast.ValueSpec {
    const pos = this.pos();
    this.declPragma(this.takePragma(), 0, false);
    const names = this.nameList(this.name());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.tok() !== 'EOF' && this.tok() !== ';' && this.tok() !== ')') {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', pos, end: this.prevEnd, doc: null, names, type, values, comment: null };
  }

  protected varSpec(): ast.ValueSpec {
    const pos = this.pos();
    this.declPragma(this.takePragma(), 0, true);
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

  protected typeSpec(): ast.TypeSpec {
    const pos = this.pos();
    this.declPragma(this.takePragma(), 0, false);
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

  protected funcDeclOrNil(pos: number): ast.FuncDecl | null {
    this.declPragma(this.takePragma(), funcPragmas, false);
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

  protected funcBody(): ast.BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const body = this.blockStmt('');
    this.fnest--;
    // don't check branches if there were syntax errors in the function
    if (errcnt === this.errcnt) checkBranches(body, (pos, msg) => this.errorAt(pos, msg), this.posString);
    return body;
  }

  protected callStmt(): ast.GoStmt | ast.DeferStmt | ast.BadStmt {
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

  // Statements

  protected simpleStmt(lhs: ast.Expr[] | null, keyword: Token | null): SimpleStmt {
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

  protected newRangeClause(lhs: ast.Expr[] | null, def: boolean, tokPos: number): RangeClause {
    const range = this.pos();
    this.next();
    const x = this.expr();
    return { kind: 'RangeClause', pos: lhs ? lhs[0].pos : range, lhs, def, tokPos, range, x };
  }

  protected labeledStmtOrNil(label: ast.Ident): ast.Stmt | null {
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

  protected blockStmt(context: string): ast.BlockStmt {
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

  protected declStmt(): ast.DeclStmt {
    const pos = this.pos();
    const tok = this.tok() as 'const' | 'type' | 'var';
    this.next();
    const decl = this.genDecl(pos, tok);
    return { kind: 'DeclStmt', pos, end: decl.end, decl };
  }

  protected forStmt(): ast.ForStmt | ast.RangeStmt {
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
      }
      const r: ast.RangeStmt = {
        kind: 'RangeStmt', pos, end: body.end, key, value, tokPos: init.tokPos,
        tok: init.lhs ? (init.def ? ':=' : '=') : null, range: init.range, x: init.x, body,
      };
      // a third variable is the type checker's to report (it knows whether fewer are allowed)
      if (init.lhs && init.lhs.length > 2) return { ...r, extra: init.lhs[2] };
      return r;
    }
    return { kind: 'ForStmt', pos, end: body.end, init: init as ast.Stmt | null, cond: h.cond, post: h.post, body };
  }

  protected header(keyword: 'for' | 'if' | 'switch'): {
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

  protected ifStmt(): ast.IfStmt {
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

  protected switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
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

  protected selectStmt(): ast.SelectStmt {
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

  protected caseClause(): ast.CaseClause {
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

  protected commClause(): ast.CommClause {
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

  protected stmtOrNil(): ast.Stmt | null {
    this.enter();
    try {
      return this.stmtOrNil1();
    } finally {
      this.leave();
    }
  }

  protected stmtOrNil1(): ast.Stmt | null {
    if (this.tok() === 'name') {
      this.clearPragma();
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
    }
    this.clearPragma();
    switch (this.tok()) {
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

  protected stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    while (this.tok() !== 'EOF' && this.tok() !== '}' && this.tok() !== 'case' && this.tok() !== 'default') {
      const s = this.stmtOrNil();
      this.clearPragma();
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
}

// -----------------------------------------------------------------------------------------------
// Helpers

function isTypeSwitchGuard(s: SimpleStmt): boolean {
  const isGuard = (e: ast.Expr): boolean => e.kind === 'TypeAssertExpr' && e.type === null;
  if (s.kind === 'ExprStmt') return isGuard(s.x);
  if (s.kind === 'AssignStmt') {
    return s.tok === ':=' && s.lhs.length === 1 && s.lhs[0].kind === 'Ident' && s.rhs.length === 1 && isGuard(s.rhs[0]);
  }
  return false;
}

function emphasize(list: readonly ast.Expr[]): string {
  const s = list.map((x) => exprString(x)).join(', ');
  if (list.length === 1 && list[0].kind === 'BinaryExpr') return '(' + s + ')';
  return s;
}
