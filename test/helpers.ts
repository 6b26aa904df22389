// Shared test helpers: run the gomemlab CLI on a Go file and normalise what varies between runs
// (addresses, pc offsets) so outputs can be compared with those recorded from real Go 1.23.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/driver/paths.js';

export const root = packageRoot();

export interface RunResult { stdout: string; stderr: string; code: number | null; }

/** Runs `gomemlab <cmd> args…` in a child process, the way a user would. */
export function gomemlab(args: string[], opts: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): RunResult {
  const r = spawnSync(process.execPath, [join(root, 'bin/gomemlab.js'), ...args], {
    cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 << 20,
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status };
}

/** Replaces hexadecimal addresses and pc offsets, which differ from run to run. */
export function normaliseAddrs(s: string): string {
  return s.replace(/\+0x[0-9a-f]+/g, '+0x?').replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}
