// ast.ts — the Go abstract syntax tree produced by the parser.
// Mirrors go/ast (src/go/ast/ast.go): same node type names and field names (lowerCamelCase).
//
// Conventions (the contract for every later stage):
//  - Every node has `readonly kind`, the go/ast type name as a string literal ('BinaryExpr', ...),
//    and `pos` / `end`: byte offsets into the source file (end is exclusive, like go/ast's End()).
//  - Absent children (go/ast's nil) are `null`, never `undefined`. Lists are always arrays (maybe empty).
//  - go/ast's BasicLit.Kind is called `litKind` here, because `kind` is the node discriminant.
//  - Operators and tokens are string literals spelled as in Go source ('+', '&&', '<-', ':=', '+=').
//  - Nodes are plain objects and are never mutated after parsing; later stages keep side maps
//    (Map<Node, ...>) keyed by node identity.
//  - Positions are turned into file:line:col with position.ts (`position(file, pos)`).
//  - Verified node-for-node (kind, pos, end) against go/parser on Go's test suite and std library.
//    Deliberate differences, following cmd/compile's parser: the operand of `&` is unparenthesized
//    (`&(T{})` gives UnaryExpr{x: CompositeLit}); statement lists omit EmptyStmt (stray `;`).

import type { LineDirective } from './position.js';

// ---------------------------------------------------------------------------------------------
// Operators

/** Binary operators (go/ast BinaryExpr.Op). */
export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';

/** Unary operators (go/ast UnaryExpr.Op). `*x` is a StarExpr, not a UnaryExpr. `~T` appears only in constraints. */
export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

/** Assignment operators (go/ast AssignStmt.Tok). */
export type AssignOp =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%='
  | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** go/ast ChanDir: 'both' = `chan T`, 'send' = `chan<- T`, 'recv' = `<-chan T`. */
export type ChanDir = 'both' | 'send' | 'recv';

// ---------------------------------------------------------------------------------------------
// Comments

export interface Comment {
  readonly kind: 'Comment';
  readonly pos: number;
  readonly end: number;
  /** Comment text including the `//` or `/* *\/` markers (without the trailing newline). */
  readonly text: string;
}

export interface CommentGroup {
  readonly kind: 'CommentGroup';
  readonly pos: number;
  readonly end: number;
  readonly list: readonly Comment[];
}

// ---------------------------------------------------------------------------------------------
// Fields

export interface Field {
  readonly kind: 'Field';
  readonly pos: number;
  readonly end: number;
  readonly doc: CommentGroup | null;
  /** Field/method/parameter names; empty for anonymous params, embedded fields and embedded interface elements. */
  readonly names: readonly Ident[];
  /** Field type; for interface methods a FuncType; for `...T` params an Ellipsis. */
  readonly type: Expr;
  /** Struct field tag (a STRING BasicLit) or null. */
  readonly tag: BasicLit | null;
  readonly comment: CommentGroup | null;
}

export interface FieldList {
  readonly kind: 'FieldList';
  readonly pos: number; // position of opening ( [ { , or the first field if there are no brackets (single unparenthesized result)
  readonly end: number;
  readonly opening: number; // position of ( [ { or -1
  readonly list: readonly Field[];
  readonly closing: number; // position of ) ] } or -1
}

// ---------------------------------------------------------------------------------------------
// Expressions

export interface BadExpr {
  readonly kind: 'BadExpr';
  readonly pos: number;
  readonly end: number;
}

export interface Ident {
  readonly kind: 'Ident';
  readonly pos: number;
  readonly end: number;
  readonly name: string;
}

/** `...T` in a parameter list, or `...` as array length in `[...]T{}` (elt null). */
export interface Ellipsis {
  readonly kind: 'Ellipsis';
  readonly pos: number;
  readonly end: number;
  readonly elt: Expr | null;
}

export interface BasicLit {
  readonly kind: 'BasicLit';
  readonly pos: number;
  readonly end: number;
  readonly litKind: LitKind;
  /** Raw source text, e.g. `42`, `0x_1F`, `'a'`, `"foo\n"`, `` `raw` `` (raw strings have \r removed). */
  readonly value: string;  /** The literal is malformed (the scanner reported it; syntax.BasicLit.Bad); absent when well-formed. */
  readonly bad?: boolean;
}

export interface FuncLit {
  readonly kind: 'FuncLit';
  readonly pos: number;
  readonly end: number;
  readonly type: FuncType;
  readonly body: BlockStmt;
}

export interface CompositeLit {
  readonly kind: 'CompositeLit';
  readonly pos: number;
  readonly end: number;
  /** Literal type, or null for an elided type inside another composite literal. */
  readonly type: Expr | null;
  readonly lbrace: number;
  readonly elts: readonly Expr[];
  readonly rbrace: number;
  readonly incomplete: boolean;
}

export interface ParenExpr {
  readonly kind: 'ParenExpr';
  readonly pos: number; // lparen
  readonly end: number;
  readonly x: Expr;
  readonly rparen: number;
}

export interface SelectorExpr {
  readonly kind: 'SelectorExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly sel: Ident;
}

export interface IndexExpr {
  readonly kind: 'IndexExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly lbrack: number;
  readonly index: Expr;
  readonly rbrack: number;
}

/** `x[A, B, ...]`: generic instantiation with two or more type arguments. */
export interface IndexListExpr {
  readonly kind: 'IndexListExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly lbrack: number;
  readonly indices: readonly Expr[];
  readonly rbrack: number;
}

export interface SliceExpr {
  readonly kind: 'SliceExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly lbrack: number;
  readonly low: Expr | null;
  readonly high: Expr | null;
  readonly max: Expr | null;
  readonly slice3: boolean;
  readonly rbrack: number;
}

export interface TypeAssertExpr {
  readonly kind: 'TypeAssertExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly lparen: number;
  /** Asserted type, or null for `x.(type)` in a type switch. */
  readonly type: Expr | null;
  readonly rparen: number;
}

export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly pos: number;
  readonly end: number;
  readonly fun: Expr;
  readonly lparen: number;
  readonly args: readonly Expr[];
  /** Position of `...` in `f(xs...)`, or -1. */
  readonly ellipsis: number;
  readonly rparen: number;
}

/** `*x`: pointer indirection or pointer type. */
export interface StarExpr {
  readonly kind: 'StarExpr';
  readonly pos: number; // star
  readonly end: number;
  readonly x: Expr;
}

export interface UnaryExpr {
  readonly kind: 'UnaryExpr';
  readonly pos: number; // operator position (= go/ast OpPos)
  readonly end: number;
  readonly op: UnaryOp;
  readonly x: Expr;
}

export interface BinaryExpr {
  readonly kind: 'BinaryExpr';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly opPos: number;
  readonly op: BinaryOp;
  readonly y: Expr;
}

export interface KeyValueExpr {
  readonly kind: 'KeyValueExpr';
  readonly pos: number;
  readonly end: number;
  readonly key: Expr;
  readonly colon: number;
  readonly value: Expr;
}

// Types

/** `[N]T`, `[...]T` (len is an Ellipsis with elt null), or `[]T` (len null). */
export interface ArrayType {
  readonly kind: 'ArrayType';
  readonly pos: number; // lbrack
  readonly end: number;
  readonly len: Expr | null;
  readonly elt: Expr;
}

export interface StructType {
  readonly kind: 'StructType';
  readonly pos: number; // 'struct'
  readonly end: number;
  readonly fields: FieldList;
  readonly incomplete: boolean;
}

export interface FuncType {
  readonly kind: 'FuncType';
  /** Position of the `func` keyword; for a FuncDecl's type, the position of `func` in the declaration. */
  readonly pos: number;
  readonly end: number;
  readonly typeParams: FieldList | null;
  readonly params: FieldList;
  readonly results: FieldList | null;
}

/**
 * `interface { ... }`. Each Field is either a method (one name, type FuncType) or an embedded
 * element (no names; type is a type name, or a constraint union built from BinaryExpr '|' and
 * UnaryExpr '~', exactly like go/ast).
 */
export interface InterfaceType {
  readonly kind: 'InterfaceType';
  readonly pos: number; // 'interface'
  readonly end: number;
  readonly methods: FieldList;
  readonly incomplete: boolean;
}

export interface MapType {
  readonly kind: 'MapType';
  readonly pos: number; // 'map'
  readonly end: number;
  readonly key: Expr;
  readonly value: Expr;
}

export interface ChanType {
  readonly kind: 'ChanType';
  readonly pos: number; // 'chan' or '<-'
  readonly end: number;
  readonly arrow: number; // position of '<-' or -1
  readonly dir: ChanDir;
  readonly value: Expr;
}

export type Expr =
  | BadExpr
  | Ident
  | Ellipsis
  | BasicLit
  | FuncLit
  | CompositeLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType;

// ---------------------------------------------------------------------------------------------
// Statements

export interface BadStmt {
  readonly kind: 'BadStmt';
  readonly pos: number;
  readonly end: number;
}

export interface DeclStmt {
  readonly kind: 'DeclStmt';
  readonly pos: number;
  readonly end: number;
  /** Always a GenDecl with tok 'const', 'type' or 'var'. */
  readonly decl: GenDecl;
}

/** An empty statement; `implicit` if it stands for a semicolon that was never written (e.g. before `}`). */
export interface EmptyStmt {
  readonly kind: 'EmptyStmt';
  readonly pos: number;
  readonly end: number;
  readonly implicit: boolean;
}

export interface LabeledStmt {
  readonly kind: 'LabeledStmt';
  readonly pos: number;
  readonly end: number;
  readonly label: Ident;
  readonly colon: number;
  readonly stmt: Stmt;
}

export interface ExprStmt {
  readonly kind: 'ExprStmt';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
}

export interface SendStmt {
  readonly kind: 'SendStmt';
  readonly pos: number;
  readonly end: number;
  readonly chan: Expr;
  readonly arrow: number;
  readonly value: Expr;
}

export interface IncDecStmt {
  readonly kind: 'IncDecStmt';
  readonly pos: number;
  readonly end: number;
  readonly x: Expr;
  readonly tokPos: number;
  readonly tok: '++' | '--';
}

export interface AssignStmt {
  readonly kind: 'AssignStmt';
  readonly pos: number;
  readonly end: number;
  readonly lhs: readonly Expr[];
  readonly tokPos: number;
  readonly tok: AssignOp;
  readonly rhs: readonly Expr[];
}

export interface GoStmt {
  readonly kind: 'GoStmt';
  readonly pos: number; // 'go'
  readonly end: number;
  readonly call: CallExpr;
}

export interface DeferStmt {
  readonly kind: 'DeferStmt';
  readonly pos: number; // 'defer'
  readonly end: number;
  readonly call: CallExpr;
}

export interface ReturnStmt {
  readonly kind: 'ReturnStmt';
  readonly pos: number;
  readonly end: number;
  readonly results: readonly Expr[];
}

export interface BranchStmt {
  readonly kind: 'BranchStmt';
  readonly pos: number;
  readonly end: number;
  readonly tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  readonly label: Ident | null;
}

export interface BlockStmt {
  readonly kind: 'BlockStmt';
  readonly pos: number; // lbrace
  readonly end: number;
  readonly lbrace: number;
  readonly list: readonly Stmt[];
  readonly rbrace: number;
}

export interface IfStmt {
  readonly kind: 'IfStmt';
  readonly pos: number;
  readonly end: number;
  readonly init: Stmt | null;
  readonly cond: Expr;
  readonly body: BlockStmt;
  /** `else` branch: an IfStmt (else if) or a BlockStmt, or null. */
  readonly else: IfStmt | BlockStmt | null;
}

/** A `case`/`default` clause of an expression or type switch. */
export interface CaseClause {
  readonly kind: 'CaseClause';
  readonly pos: number;
  readonly end: number;
  /** Case expressions or types; null for `default`. */
  readonly list: readonly Expr[] | null;
  readonly colon: number;
  readonly body: readonly Stmt[];
}

export interface SwitchStmt {
  readonly kind: 'SwitchStmt';
  readonly pos: number;
  readonly end: number;
  readonly init: Stmt | null;
  readonly tag: Expr | null;
  /** Contains only CaseClause statements. */
  readonly body: BlockStmt;
}

export interface TypeSwitchStmt {
  readonly kind: 'TypeSwitchStmt';
  readonly pos: number;
  readonly end: number;
  readonly init: Stmt | null;
  /** `x := y.(type)` (AssignStmt with tok ':=') or `y.(type)` (ExprStmt); the TypeAssertExpr has type null. */
  readonly assign: AssignStmt | ExprStmt;
  /** Contains only CaseClause statements. */
  readonly body: BlockStmt;
}

/** A `case`/`default` clause of a select statement. */
export interface CommClause {
  readonly kind: 'CommClause';
  readonly pos: number;
  readonly end: number;
  /** SendStmt, ExprStmt (`<-c`), AssignStmt (`v, ok := <-c` / `x = <-c`), or null for default. */
  readonly comm: Stmt | null;
  readonly colon: number;
  readonly body: readonly Stmt[];
}

export interface SelectStmt {
  readonly kind: 'SelectStmt';
  readonly pos: number;
  readonly end: number;
  /** Contains only CommClause statements. */
  readonly body: BlockStmt;
}

export interface ForStmt {
  readonly kind: 'ForStmt';
  readonly pos: number;
  readonly end: number;
  readonly init: Stmt | null;
  readonly cond: Expr | null;
  readonly post: Stmt | null;
  readonly body: BlockStmt;
}

export interface RangeStmt {
  readonly kind: 'RangeStmt';
  readonly pos: number;
  readonly end: number;
  readonly key: Expr | null;
  readonly value: Expr | null;
  readonly tokPos: number; // -1 if tok is null
  /** ':=' or '=', or null for `for range x`. */
  readonly tok: ':=' | '=' | null;
  readonly range: number; // position of 'range'
  readonly x: Expr;
  readonly body: BlockStmt;
  /** A third iteration variable (an error, reported by the type checker); absent normally. */
  readonly extra?: Expr;
}

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---------------------------------------------------------------------------------------------
// Declarations

export interface ImportSpec {
  readonly kind: 'ImportSpec';
  readonly pos: number;
  readonly end: number;
  readonly doc: CommentGroup | null;
  /** Local name (`.`, `_` or an identifier), or null. */
  readonly name: Ident | null;
  /** Import path: a STRING BasicLit. */
  readonly path: BasicLit;
  readonly comment: CommentGroup | null;
}

/** A const or var spec. In a const group, `type` and `values` are as written (not copied from the previous spec); `iota` is the spec's index in its GenDecl. */
export interface ValueSpec {
  readonly kind: 'ValueSpec';
  readonly pos: number;
  readonly end: number;
  readonly doc: CommentGroup | null;
  readonly names: readonly Ident[];
  readonly type: Expr | null;
  readonly values: readonly Expr[];
  readonly comment: CommentGroup | null;
}

export interface TypeSpec {
  readonly kind: 'TypeSpec';
  readonly pos: number;
  readonly end: number;
  readonly doc: CommentGroup | null;
  readonly name: Ident;
  readonly typeParams: FieldList | null;
  /** Position of '=' for an alias declaration `type A = B`, or -1. */
  readonly assign: number;
  readonly type: Expr;
  readonly comment: CommentGroup | null;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface BadDecl {
  readonly kind: 'BadDecl';
  readonly pos: number;
  readonly end: number;
}

export interface GenDecl {
  readonly kind: 'GenDecl';
  readonly pos: number;
  readonly end: number;
  readonly doc: CommentGroup | null;
  readonly tok: 'import' | 'const' | 'type' | 'var';
  readonly lparen: number; // -1 if not grouped
  readonly specs: readonly Spec[];
  readonly rparen: number; // -1 if not grouped
}

export interface FuncDecl {
  readonly kind: 'FuncDecl';
  readonly pos: number;
  readonly end: number;
  /** Doc comment group directly above the declaration; holds `//go:noinline` etc. (see pragmas). */
  readonly doc: CommentGroup | null;
  /** Receiver (methods) or null (functions). */
  readonly recv: FieldList | null;
  readonly name: Ident;
  /** Signature; typeParams set for generic functions. */
  readonly type: FuncType;
  /** Body, or null for an external (bodiless) function. */
  readonly body: BlockStmt | null;
  /** `//go:` directives in the lines directly above the declaration, e.g. ['go:noinline'] (text after `//`). */
  readonly pragmas: readonly string[];
}

export type Decl = BadDecl | GenDecl | FuncDecl;

// ---------------------------------------------------------------------------------------------
// Files

export interface File {
  readonly kind: 'File';
  readonly pos: number; // 'package' keyword
  readonly end: number; // end of file (byte length of the source)
  /** File name as given to parseFile. */
  readonly filename: string;
  readonly doc: CommentGroup | null;
  readonly package: number; // position of 'package'
  readonly name: Ident;
  readonly decls: readonly Decl[];
  /** All import specs of the file, in order. */
  readonly imports: readonly ImportSpec[];
  /** All comments of the file, in order. */
  readonly comments: readonly CommentGroup[];
  /** Byte offsets of the start of each line (lines[0] = 0); used by position.ts. */
  readonly lines: readonly number[];
  /** Source bytes length. */
  readonly size: number;
  /** `//go:build` expression text, or null. */
  readonly goBuild: string | null;
  /** `//line` directives in offset order (usually empty); position.ts applies them. */
  readonly lineDirectives: readonly LineDirective[];
}

// ---------------------------------------------------------------------------------------------
// All nodes

export type Node =
  | Expr
  | Stmt
  | Decl
  | Spec
  | Field
  | FieldList
  | Comment
  | CommentGroup
  | File;

export type NodeKind = Node['kind'];

/** Type guard: is `n` an expression node? */
export function isExpr(n: Node): n is Expr {
  switch (n.kind) {
    case 'BadExpr': case 'Ident': case 'Ellipsis': case 'BasicLit': case 'FuncLit': case 'CompositeLit':
    case 'ParenExpr': case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr':
    case 'TypeAssertExpr': case 'CallExpr': case 'StarExpr': case 'UnaryExpr': case 'BinaryExpr':
    case 'KeyValueExpr': case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType':
    case 'MapType': case 'ChanType':
      return true;
    default:
      return false;
  }
}

/** Type guard: is `n` a statement node? */
export function isStmt(n: Node): n is Stmt {
  switch (n.kind) {
    case 'BadStmt': case 'DeclStmt': case 'EmptyStmt': case 'LabeledStmt': case 'ExprStmt': case 'SendStmt':
    case 'IncDecStmt': case 'AssignStmt': case 'GoStmt': case 'DeferStmt': case 'ReturnStmt':
    case 'BranchStmt': case 'BlockStmt': case 'IfStmt': case 'CaseClause': case 'SwitchStmt':
    case 'TypeSwitchStmt': case 'CommClause': case 'SelectStmt': case 'ForStmt': case 'RangeStmt':
      return true;
    default:
      return false;
  }
}

/** Strip any number of enclosing parentheses (go/ast.Unparen). */
export function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
