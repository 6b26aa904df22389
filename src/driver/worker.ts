// The program thread: builds a Runtime from the environment (GOGC, GOMEMLIMIT, GODEBUG), loads the
// emitted module, runs package initialisation and main.main, and posts the exit status. Output goes
// straight to file descriptors 1 and 2 with synchronous writes, stdout buffered and flushed before
// any stderr write so the two interleave as they would from a Go binary.
import { workerData, parentPort } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { execute } from './exec.js';

const { jsPath, lineMap, args, env, seed, verbose, realtime, leaks } = workerData as {
  jsPath: string; lineMap: Int32Array; args: string[]; env: Record<string, string>; seed?: number;
  verbose?: boolean; realtime?: boolean; leaks?: boolean;
};

let buf = new Uint8Array(1 << 16);
let n = 0;
function flush(): void {
  let off = 0;
  while (off < n) off += writeSync(1, buf, off, n - off);
  n = 0;
}
function write(fd: number, bytes: Uint8Array): void {
  if (fd === 1) {
    if (n + bytes.length > buf.length) {
      flush();
      if (bytes.length > buf.length) { let off = 0; while (off < bytes.length) off += writeSync(1, bytes, off, bytes.length - off); return; }
    }
    buf.set(bytes, n);
    n += bytes.length;
    return;
  }
  flush();
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

const moduleURL = pathToFileURL(jsPath).href;
const mod = await import(moduleURL);
const code = execute(mod.default, { write, flush, args, env, seed, lineMap, moduleURL, verbose, realtime, leaks });
flush();
parentPort!.postMessage({ exit: code });
