// GODEBUG=gctrace=1 output: one line per cycle in Go's exact format.
// Mirrors the print code at the end of gcMarkTermination in src/runtime/mgc.go and its number
// formatting helpers fmtNSAsMS / itoaDiv:
//   gc # @#s #%: #+#+# ms clock, #+#/#/#+# ms cpu, #->#-># MB, # MB goal, # MB stacks, #MB globals, # P

/** itoaDiv: val / 10^dec with exactly dec decimals. */
export function itoaDiv(val: number, dec: number): string {
  let s = String(Math.floor(val));
  if (dec === 0) return s;
  while (s.length <= dec) s = '0' + s;
  return s.slice(0, s.length - dec) + '.' + s.slice(s.length - dec);
}

/** fmtNSAsMS: nanoseconds as milliseconds, two significant digits, at most three decimals. */
export function fmtNSAsMS(ns: number): string {
  ns = Math.max(0, Math.floor(ns));
  if (ns >= 10e6) return itoaDiv(Math.floor(ns / 1e6), 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) { x = Math.floor(x / 10); dec--; }
  return itoaDiv(x, dec);
}

export interface GCTraceCycle {
  n: number;
  /** ns since program start at sweep termination. */
  startNs: number;
  /** GC CPU fraction since start (0..1). */
  cpuFraction: number;
  /** STW sweep termination, mark, STW mark termination (ns). */
  clock: [number, number, number];
  /** sweep-term cpu, assist, background, idle, mark-term cpu (ns). */
  cpu: [number, number, number, number, number];
  heap0: number;
  heap1: number;
  heap2: number;
  goal: number;
  stacks: number;
  globals: number;
  procs: number;
  forced: boolean;
}

export function formatGCTrace(c: GCTraceCycle): string {
  const mb = (b: number) => String(Math.floor(b / 1048576));
  return `gc ${c.n} @${itoaDiv(Math.floor(c.startNs / 1e6), 3)}s ${Math.floor(c.cpuFraction * 100)}%: ` +
    `${c.clock.map(fmtNSAsMS).join('+')} ms clock, ` +
    `${fmtNSAsMS(c.cpu[0])}+${fmtNSAsMS(c.cpu[1])}/${fmtNSAsMS(c.cpu[2])}/${fmtNSAsMS(c.cpu[3])}+${fmtNSAsMS(c.cpu[4])} ms cpu, ` +
    `${mb(c.heap0)}->${mb(c.heap1)}->${mb(c.heap2)} MB, ${mb(c.goal)} MB goal, ${mb(c.stacks)} MB stacks, ` +
    `${mb(c.globals)} MB globals, ${c.procs} P${c.forced ? ' (forced)' : ''}\n`;
}
