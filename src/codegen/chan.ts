// Channel operations in the code generator: make(chan T, n), send, receive (`<-c`, `v, ok := <-c`),
// close, len/cap, and range over a channel. A send has a fast path without a generator
// ($rt.trysend), a receive too ($rt.tryrecv); the slow paths block through the scheduler
// (goroutine.ts blockOn). Mirrors cmd/compile/internal/walk/expr.go + range.go (OSEND → chansend1,
// ORECV → chanrecv1/2, ORANGE over chan) and builtin.go (makechan, closechan, chanlen, chancap).

import type * as ast from '../syntax/ast.js';
import { underlying, type Type, type Chan } from '../types/types.js';
import { js, mem, type FuncGen, type Val } from './func.js';
import { sizeof } from './layout.js';
import { genExprAs, genJS } from './expr.js';
import { blockOn, markBlocking, setLine } from './goroutine.js';

/** Element type of a channel type. */
export function chanElem(t: Type): Type { return (underlying(t) as Chan).elem; }

/** make(chan T[, n]). */
export function genMakeChan(g: FuncGen, t: Type, size: ast.Expr | null): Val {
  markBlocking(g);
  const n = size ? genJS(g, size) : '0';
  return js(g.ptrTemp(`$rt.makechan(${g.prog.types.ref(t)}, ${n})`));
}

/** c <- v. */
export function genSend(g: FuncGen, s: ast.SendStmt): void {
  markBlocking(g);
  const ct = g.typeOf(s.chan);
  const et = chanElem(ct);
  const c = g.ptrTemp(genJS(g, s.chan));
  const v = genExprAs(g, s.value, et);
  const ep = elemTemp(g, et);
  g.store(et, ep, v);
  setLine(g);
  sendOp(g, c, ep);
}

/** Emits the send of the element at ep on channel c (fast path, then the blocking path). */
export function sendOp(g: FuncGen, c: string, ep: string): void {
  g.open(`if (!$rt.trysend(${c}, ${ep})) {`);
  blockOn(g, `$rt.chansend(${c}, ${ep})`, false);
  g.close();
}

/** A frame temp for one element (zerobase for zero-size types). */
function elemTemp(g: FuncGen, et: Type): string {
  if (sizeof(et) === 0) return '$rt.zerobase';
  return g.temp(et);
}

/** Receives from c into ep (0 discards); returns the JS name of the boolean "received a value". */
export function recvOp(g: FuncGen, c: string, ep: string): string {
  const r = g.tmpName('rv');
  g.line(`let ${r} = $rt.tryrecv(${c}, ${ep});`);
  g.open(`if (${r} === 0) {`);
  const ok = blockOn(g, `$rt.chanrecv(${c}, ${ep})`, true);
  g.line(`${r} = ${ok} ? 1 : 2;`);
  g.close();
  return `(${r} === 1)`;
}

/** <-c (commaOk: [v, ok]). */
export function genRecv(g: FuncGen, e: ast.UnaryExpr, commaOk: boolean): Val[] {
  markBlocking(g);
  const ct = g.typeOf(e.x);
  const et = chanElem(ct);
  const c = g.ptrTemp(genJS(g, e.x));
  const ep = elemTemp(g, et);
  if (sizeof(et) > 0) g.zeroAt(et, ep);
  setLine(g);
  const ok = recvOp(g, c, sizeof(et) === 0 ? '0' : ep);
  const v = g.valAt(et, ep);
  const vs: Val = v.k === 'js' ? js(g.bind(v.js)) : mem(v.addr);
  if (!commaOk) return [vs];
  return [vs, js(g.bind(ok))];
}

/** close(c). */
export function genClose(g: FuncGen, x: ast.Expr): void {
  markBlocking(g);
  g.line(`$rt.closechan(${genJS(g, x)});`);
}

/** len(c) / cap(c). */
export function genChanLenCap(g: FuncGen, x: ast.Expr, name: 'len' | 'cap'): Val {
  return js(g.bind(`$rt.chan${name}(${genJS(g, x)})`));
}

/**
 * for v := range c: receives until c is closed and drained. `body` emits the loop body (it opens
 * the continue block); `assign` declares/assigns the iteration variable from the received value.
 */
export function genRangeChan(g: FuncGen, s: ast.RangeStmt, L: string, valT: Type | null,
  assign: (v: Val) => void, body: () => void, backEdge: () => void): void {
  markBlocking(g);
  const ct = g.typeOf(s.x);
  const et = chanElem(ct);
  const c = g.ptrTemp(genJS(g, s.x));
  const esz = sizeof(et);
  const ep = esz === 0 ? '$rt.zerobase' : g.slotFor(et);
  g.open(`${L}: for (;;) {`);
  if (esz > 0) g.zeroAt(et, ep);
  g.code.goLine = g.pc.lineOf(s.pos);
  setLine(g);
  const ok = recvOp(g, c, esz === 0 ? '0' : ep);
  g.line(`if (!${ok}) break;`);
  if (valT) assign(g.valAt(et, ep));
  body();
  backEdge();
  g.close();
}
