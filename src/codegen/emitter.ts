// JS text emission with a Go line for every emitted line: the code buffer used while compiling one
// function (or the module's load-time code), and the final assembly of the module text and its line
// map (JS line → Go line, ARCHITECTURE.md §6). No Go counterpart (cmd/compile writes object code).

/** One buffer of JS lines, each tagged with the Go line it came from (0 = none). */
export class Code {
  readonly lines: string[] = [];
  readonly goLines: number[] = [];
  private ind = '';
  /** Go line attached to lines emitted from now on. */
  goLine = 0;

  /** Appends one line (must not contain a newline). */
  line(s: string): void {
    this.lines.push(this.ind + s);
    this.goLines.push(this.goLine);
  }
  /** Appends a line and indents the following ones (for `{`). */
  open(s: string): void { this.line(s); this.ind += '  '; }
  /** Dedents and appends a line (for `}`). */
  close(s = '}'): void { this.ind = this.ind.slice(2); this.line(s); }
  /** Appends all lines of another buffer (indented at the current level). */
  append(c: Code): void {
    for (let i = 0; i < c.lines.length; i++) { this.lines.push(this.ind + c.lines[i]); this.goLines.push(c.goLines[i]); }
  }
  /** Rewrites every line (placeholder substitution after frame layout). */
  map(f: (s: string) => string): void {
    for (let i = 0; i < this.lines.length; i++) this.lines[i] = f(this.lines[i]);
  }
  get length(): number { return this.lines.length; }
}

/** Joins buffers into the module text; lineMap[jsLine] (1-based) = Go line. */
export function assemble(parts: Code[]): { js: string; lineMap: Int32Array } {
  const all: string[] = [];
  const gl: number[] = [0];
  for (const p of parts) for (let i = 0; i < p.lines.length; i++) { all.push(p.lines[i]); gl.push(p.goLines[i]); }
  return { js: all.join('\n') + '\n', lineMap: Int32Array.from(gl) };
}

/** A JS string literal for s. */
export function jsStr(s: string): string { return JSON.stringify(s); }

/** Makes a valid, readable JS identifier out of a Go qualified name ("main.(*T).M" → "main$$T$M"). */
export function jsIdent(s: string): string {
  return s.replace(/[^A-Za-z0-9_$]/g, (c) => (c === '.' ? '$' : c === '*' ? '$' : '_'));
}
