// token.ts — lexical tokens and operator precedences
// (mirrors cmd/compile/internal/syntax/tokens.go; token names are the strings Go prints in messages).

/** Token kinds. The string is what cmd/compile's token.String() prints. */
export type Token =
  | 'EOF'
  | 'name'
  | 'literal'
  | 'op' // operators except '*' (see op/prec)
  | 'op=' // assignment operator like +=
  | 'opop' // ++ or --
  | '='
  | ':='
  | '<-'
  | '*'
  | '('
  | '['
  | '{'
  | ')'
  | ']'
  | '}'
  | ','
  | ';'
  | ':'
  | '.'
  | '...'
  | Keyword;

export type Keyword =
  | 'break' | 'case' | 'chan' | 'const' | 'continue' | 'default' | 'defer' | 'else' | 'fallthrough'
  | 'for' | 'func' | 'go' | 'goto' | 'if' | 'import' | 'interface' | 'map' | 'package' | 'range'
  | 'return' | 'select' | 'struct' | 'switch' | 'type' | 'var';

export const keywords: ReadonlySet<string> = new Set<Keyword>([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough',
  'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range',
  'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/** Operators carried by 'op', '*', 'op=' and 'opop' tokens (cmd/compile syntax.Operator). */
export type Operator =
  | '!' | '<-' | '~'
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '&' | '&^' | '<<' | '>>';

// Operator precedences (binary operators).
export const precOrOr = 1;
export const precAndAnd = 2;
export const precCmp = 3;
export const precAdd = 4;
export const precMul = 5;

/** The English word for selected punctuation tokens, for error messages (cmd/compile tokstring). */
export function tokstring(tok: Token): string {
  switch (tok) {
    case ',':
      return 'comma';
    case ';':
      return 'semicolon or newline';
    default:
      return tok;
  }
}

/** Statement keywords: good resynchronisation points after a syntax error (cmd/compile stopset). */
export const stopset: ReadonlySet<Token> = new Set<Token>([
  'break', 'const', 'continue', 'defer', 'fallthrough', 'for', 'go', 'goto', 'if', 'return',
  'select', 'switch', 'type', 'var',
]);
