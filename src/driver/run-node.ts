// Running a compiled program under Node: the program runs in a worker thread with a large native
// stack (Go recursion a million frames deep becomes JS recursion), writes its output straight to the
// process's file descriptors, and reports its exit status back. The browser runs the same worker
// code (exec.ts) in a Web Worker.
import { Worker } from 'node:worker_threads';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompileResult } from './compile.js';

export interface RunOptions {
  args: string[];
  env: Record<string, string | undefined>;
  seed?: number;
  verbose?: boolean;
  /** Wall clock instead of the virtual clock. */
  realtime?: boolean;
  /** Print the goroutine leak report at exit. */
  leaks?: boolean;
}

/** Native stack for the program thread, in MB: room for a 1 GB Go stack of small frames. */
const stackSizeMb = 4000;

export async function runCompiled(res: CompileResult, opts: RunOptions): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gomemlab-'));
  const jsPath = join(dir, 'prog.mjs');
  writeFileSync(jsPath, res.js!);
  try {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { jsPath, lineMap: res.lineMap, args: opts.args, env: { ...opts.env }, seed: opts.seed, verbose: opts.verbose, realtime: opts.realtime, leaks: opts.leaks },
      resourceLimits: { stackSizeMb },
      stdout: false, stderr: false,
    });
    return await new Promise<number>((resolve) => {
      let code = -1;
      worker.on('message', (m: { exit?: number }) => { if (typeof m.exit === 'number') code = m.exit; });
      worker.on('error', (e) => {
        process.stderr.write(`gomemlab: internal error: ${(e as Error)?.stack ?? e}\n`);
        code = 3;
      });
      worker.on('exit', (c) => resolve(code >= 0 ? code : c || 3));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
