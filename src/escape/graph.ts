// graph.ts — the escape-analysis data-flow graph: locations (variables and allocation sites),
// weighted assignment edges, and holes (evaluation contexts "where does this value flow, with how
// many dereferences"). Mirrors cmd/compile/internal/escape/graph.go.

import type * as ast from '../syntax/ast.js';
import type { Var } from '../types/objects.js';
import type { Type } from '../types/types.js';
import { Leaks } from './leaks.js';
import type { FuncUnit } from './units.js';

/** Location attributes (graph.go locAttr). */
export const attrEscapes = 1;
export const attrPersists = 2;
export const attrMutates = 4;
export const attrCalls = 8;

/** What kind of allocation an allocation-site location stands for (the IR op it mirrors). */
export type SiteOp =
  | 'new'        // ONEW: new(T)
  | 'ptrlit'     // OPTRLIT: &T{...}
  | 'makeslice'  // OMAKESLICE
  | 'makemap'    // OMAKEMAP
  | 'slicelit'   // OSLICELIT: []T{...}
  | 'maplit'     // OMAPLIT
  | 'ddd'        // implicit OSLICELIT of a variadic call ("... argument")
  | 'closure'    // OCLOSURE (FuncLit or a go/defer wrapper)
  | 'methvalue'  // OMETHVALUE: x.M used as a value
  | 'conviface'  // OCONVIFACE of a non-pointer-shaped value (explicit or implicit)
  | 'str2bytes'  // OSTR2BYTES: []byte(s)
  | 'str2runes'  // OSTR2RUNES: []rune(s)
  | 'bytes2str'  // OBYTES2STR: string(b)
  | 'runes2str'  // ORUNES2STR: string(r)
  | 'runestr'    // ORUNESTR: string(rune)
  | 'addstr';    // OADDSTR: a + b + …

/** An allocation site: the expression a location stands for. */
export interface Site {
  readonly op: SiteOp;
  /** The AST node (for conviface: the converted expression, or the explicit conversion call). */
  readonly node: ast.Node;
  /** Explicit (source) conversion vs. an implicit one inserted by assignability. */
  readonly implicit: boolean;
  /** Byte offset of the message position, and the file. */
  readonly pos: number;
  readonly file: ast.File;
  /** Expression text as Go's -m output prints it. */
  readonly text: string;
  /** IR type of the node (for HeapAllocReason), and extra sizing facts. */
  readonly type: Type | null;
  /** new/ptrlit: the pointee type; makeslice: element type. */
  readonly elem?: Type | null;
  /** makeslice: constant cap (or len) if it is a small int constant, else null. */
  readonly constLen?: number | null;
  /** closure/methvalue: the function unit of the closure. */
  readonly unit?: FuncUnit;
  /** go/defer wrapper closures print no diagnostics. */
  readonly wrapper?: boolean;
  /** methvalue: size of the receiver. */
  readonly recvSize?: number;
}

/** Name class of a variable location (ir.Class): PAUTO, PPARAM, PPARAMOUT. */
export type NameClass = 'auto' | 'param' | 'result';

export interface Edge {
  readonly src: Location;
  readonly derefs: number;
}

export class Location {
  edges: Edge[] = [];
  /** 1-based result index for results (resultIndex in graph.go), else 0. */
  resultIndex = 0;
  derefs = 0;
  walkgen = 0;
  dst: Location | null = null;
  dstEdgeIdx = 0;
  queued = false;
  attrs = 0;
  paramEsc = new Leaks();
  captured = false;
  reassigned = false;
  addrtaken = false;

  constructor(
    /** The variable represented (null for allocation sites and temporaries). */
    readonly v: Var | null,
    /** Name class of a variable, or null. */
    readonly cls: NameClass | null,
    /** The allocation site represented, or null. */
    readonly site: Site | null,
    /** Enclosing function (null for the pseudo-locations heap, mutator, callee, blank). */
    readonly curfn: FuncUnit | null,
    public loopDepth: number,
    /** Display name of a variable (`~r0` for unnamed results). */
    readonly name: string = '',
  ) {}

  hasAttr(a: number): boolean { return (this.attrs & a) !== 0; }
  /** Represents a variable (ONAME)? */
  isName(): boolean { return this.cls !== null; }
  asHole(): Hole { return new Hole(this, 0, false); }
}

/** An evaluation context: values flow into dst after `derefs` dereferences (−1 = address). */
export class Hole {
  constructor(readonly dst: Location, readonly derefs: number, readonly addrtaken: boolean) {}

  shift(delta: number): Hole {
    const d = this.derefs + delta;
    if (d < -1) throw new Error('escape: derefs underflow');
    return new Hole(this.dst, d, delta < 0);
  }
  deref(): Hole { return this.shift(1); }
  addr(): Hole { return this.shift(-1); }

  /** graph.go dotType: asserting to a non-interface, non-pointer-shaped type dereferences. */
  dotType(assertedIsIfaceOrDirect: boolean): Hole {
    return assertedIsIfaceOrDirect ? this : this.shift(1);
  }
}
