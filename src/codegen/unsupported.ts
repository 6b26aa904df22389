// Positions for code generator failures: the statement or expression being compiled when a
// "… is not supported yet" error is thrown, so the driver can report it as
// `./x.go:L:C: gomemlab: <what> is not supported yet` (like a compile error, not a crash).

import type { PkgCtx } from './prog.js';

/** The node most recently positioned by FuncGen.pos (file context + byte offset). */
export const lastPos: { pc: PkgCtx | null; pos: number } = { pc: null, pos: -1 };

/** Go position of a codegen failure: file name as parsed, 1-based line and byte column. */
export interface GoPos { filename: string; line: number; column: number }

/** Attaches the last compiled position to err (if it has none yet); returns err. */
export function withPosition(err: unknown): unknown {
  const pc = lastPos.pc;
  if (!pc || lastPos.pos < 0 || typeof err !== 'object' || err === null || (err as { goPos?: GoPos }).goPos) return err;
  const line = pc.lineOf(lastPos.pos);
  const start = pc.file.lines[line - 1] ?? 0;
  (err as { goPos?: GoPos }).goPos = { filename: pc.file.filename, line, column: lastPos.pos - start + 1 };
  return err;
}
