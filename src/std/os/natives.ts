// Natives of package os (src/std/os/*.go): system calls on the host through Node's fs (real file
// system), returning n ≥ 0 or −errno (linux numbering) like raw syscalls. Output to fds 1 and 2 goes
// through rt.write so the driver can capture it; stdin reads use fd 0 of the host process unless the
// runtime provides rt.read(fd, n).
import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import * as path from 'node:path';
import { canon, ldWord, newStringJS, readString, stSlice, stWord, typeByString, type NativeFn, type NativeRuntime } from '../abi.js';

/** Allocates the backing array of a []string of n elements (scanned: strings hold pointers). */
export function newStringArray(rt: NativeRuntime, n: number): number {
  if (n === 0) return 0;
  const td = typeByString(rt, 'string') ?? null;
  if (td && typeof rt.newarray === 'function') return rt.newarray(td, n);
  return rt.mallocgc(16 * n, td, true);
}

const errnoByCode: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EEXIST: 17, EXDEV: 18,
  ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EPIPE: 32,
  ENAMETOOLONG: 36, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40,
};

function errno(e: unknown): number {
  const code = (e as { code?: string })?.code;
  return -(code && errnoByCode[code] ? errnoByCode[code] : 5);
}

/** Linux open(2) flags → Node fs flags (numbers are accepted by fs.openSync on linux). */
function nodeFlags(flag: number): number {
  const c = fs.constants;
  let f = 0;
  switch (flag & 3) { case 0: f |= c.O_RDONLY; break; case 1: f |= c.O_WRONLY; break; default: f |= c.O_RDWR; }
  if (flag & 0x40) f |= c.O_CREAT;
  if (flag & 0x80) f |= c.O_EXCL;
  if (flag & 0x200) f |= c.O_TRUNC;
  if (flag & 0x400) f |= c.O_APPEND;
  return f;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const env: Record<string, string> = { ...(rt.env ?? process.env) } as Record<string, string>;
  const slice = (a: number): Uint8Array => {
    const m = rt.m;
    const p = m.u32[a >>> 2], n = ldWord(m, a + 8);
    return m.u8.subarray(p, p + n);
  };
  const str = (a: number) => readString(rt.m, a);
  const stdinBuf: { data: Uint8Array; off: number } = { data: new Uint8Array(0), off: 0 };
  const readStdin = (dst: Uint8Array): number => {
    if (typeof rt.read === 'function') {
      const got = rt.read(0, dst.length) as Uint8Array | null;
      if (!got || got.length === 0) return 0;
      dst.set(got.subarray(0, dst.length));
      return Math.min(got.length, dst.length);
    }
    if (stdinBuf.off >= stdinBuf.data.length) {
      try {
        const tmp = new Uint8Array(65536);
        let n = 0;
        for (;;) {
          try { n = fs.readSync(0, tmp, 0, tmp.length, null); break; }
          catch (e) { if ((e as { code?: string }).code === 'EAGAIN') continue; if ((e as { code?: string }).code === 'EOF') { n = 0; break; } throw e; }
        }
        stdinBuf.data = tmp.subarray(0, n);
        stdinBuf.off = 0;
        if (n === 0) return 0;
      } catch (e) { return errno(e); }
    }
    const n = Math.min(dst.length, stdinBuf.data.length - stdinBuf.off);
    dst.set(stdinBuf.data.subarray(stdinBuf.off, stdinBuf.off + n));
    stdinBuf.off += n;
    return n;
  };
  return {
    // func runtimeArgs() []string
    runtimeArgs(csp: number): void {
      const args: string[] = rt.args ?? [rt.programName ?? '/tmp/go-build/exe/main'];
      const n = args.length;
      const base = newStringArray(rt, n);
      // string headers hold pointers: allocate each string, then store (base stays reachable via
      // the result slot written first)
      stSlice(rt.m, csp + 8, base, n, n);
      for (let i = 0; i < n; i++) newStringJS(rt, base + 16 * i, args[i]);
    },
    // func sysWrite(fd int, b []byte) int
    sysWrite(csp: number, _ctx: number, fd: number): number {
      const b = slice(csp + 8);
      fd = Number(fd);
      if (fd === 1 || fd === 2) { rt.write(fd, b.slice()); return b.length; }
      try { return fs.writeSync(fd, b); } catch (e) { return errno(e); }
    },
    // func sysRead(fd int, b []byte) int
    sysRead(csp: number, _ctx: number, fd: number): number {
      const b = slice(csp + 8);
      fd = Number(fd);
      if (fd === 0) return readStdin(b);
      try { return fs.readSync(fd, b, 0, b.length, null); } catch (e) { return errno(e); }
    },
    // func sysOpen(name string, flag int, perm uint32) int
    sysOpen(csp: number, _ctx: number, flag: number, perm: number): number {
      try {
        const p = str(csp + 8);
        const fd = fs.openSync(p, nodeFlags(Number(flag)), perm);
        if ((Number(flag) & 3) === 0 && fs.fstatSync(fd).isDirectory()) return fd;
        return fd;
      } catch (e) { return errno(e); }
    },
    // func sysClose(fd int) int
    sysClose(_csp: number, _ctx: number, fd: number): number {
      fd = Number(fd);
      if (fd <= 2) return 0;
      try { fs.closeSync(fd); return 0; } catch (e) { return errno(e); }
    },
    // func sysFileSize(fd int) int
    sysFileSize(_csp: number, _ctx: number, fd: number): number {
      try { return fs.fstatSync(Number(fd)).size; } catch (e) { return errno(e); }
    },
    // func sysStat(name string, st *statResult) int; statResult{size int64 @0, mode uint32 @8, isDir bool @12, mtimeNs int64 @16}
    sysStat(csp: number): number {
      try {
        const s = fs.statSync(str(csp + 8), { bigint: true });
        const st = rt.m.u32[(csp + 24) >>> 2];
        stWord(rt.m, st, canon(s.size));
        rt.m.u32[(st + 8) >>> 2] = Number(s.mode & 0xffffn);
        rt.m.u8[st + 12] = s.isDirectory() ? 1 : 0;
        stWord(rt.m, st + 16, canon(s.mtimeNs));
        return 0;
      } catch (e) { return errno(e); }
    },
    // func sysMkdir(name string, perm uint32) int
    sysMkdir(csp: number, _ctx: number, perm: number): number {
      try { fs.mkdirSync(str(csp + 8), { mode: perm }); return 0; } catch (e) { return errno(e); }
    },
    // func sysRemove(name string) int
    sysRemove(csp: number): number {
      const p = str(csp + 8);
      try { fs.unlinkSync(p); return 0; } catch (e) {
        try { fs.rmdirSync(p); return 0; } catch (e2) {
          const c = (e as { code?: string }).code;
          return errno(c === 'EISDIR' || c === 'EPERM' ? e2 : e);
        }
      }
    },
    // func sysRemoveAll(name string) int
    sysRemoveAll(csp: number): number {
      try { fs.rmSync(str(csp + 8), { recursive: true, force: true }); return 0; } catch (e) { return errno(e); }
    },
    // func sysRename(from, to string) int
    sysRename(csp: number): number {
      try { fs.renameSync(str(csp + 8), str(csp + 24)); return 0; } catch (e) { return errno(e); }
    },
    // func sysMkdirTemp(dir, pattern string) (string, int): results at csp+8+32
    sysMkdirTemp(csp: number): void {
      const dir = str(csp + 8), pattern = str(csp + 24);
      const star = pattern.lastIndexOf('*');
      const prefix = star >= 0 ? pattern.slice(0, star) : pattern, suffix = star >= 0 ? pattern.slice(star + 1) : '';
      for (let i = 0; i < 10000; i++) {
        const name = path.join(dir, prefix + String(Math.floor(Math.random() * 4294967296)) + suffix);
        try {
          fs.mkdirSync(name, { mode: 0o700 });
          stWord(rt.m, csp + 8 + 48, 0);
          newStringJS(rt, csp + 8 + 32, name);
          return;
        } catch (e) {
          if ((e as { code?: string }).code === 'EEXIST') continue;
          stWord(rt.m, csp + 8 + 32, 0); stWord(rt.m, csp + 8 + 40, 0);
          stWord(rt.m, csp + 8 + 48, errno(e));
          return;
        }
      }
      stWord(rt.m, csp + 8 + 48, -17);
    },
    // func sysGetenv(key string) (string, bool): results at csp+8+16
    sysGetenv(csp: number): void {
      const k = str(csp + 8);
      const v = Object.prototype.hasOwnProperty.call(env, k) ? env[k] : undefined;
      rt.m.u8[csp + 8 + 32] = v === undefined ? 0 : 1;
      newStringJS(rt, csp + 8 + 16, v ?? '');
    },
    // func sysSetenv(key, value string) int
    sysSetenv(csp: number): number {
      const k = str(csp + 8);
      if (k === '' || k.includes('=') || k.includes('\0')) return -22;
      env[k] = str(csp + 24);
      return 0;
    },
    // func sysUnsetenv(key string) int
    sysUnsetenv(csp: number): number { delete env[str(csp + 8)]; return 0; },
    // func sysGetwd() (string, int)
    sysGetwd(csp: number): void {
      stWord(rt.m, csp + 8 + 16, 0);
      newStringJS(rt, csp + 8, process.cwd());
    },
    // func sysChdir(dir string) int
    sysChdir(csp: number): number {
      try { process.chdir(str(csp + 8)); return 0; } catch (e) { return errno(e); }
    },
    // func sysTempDir() string
    sysTempDir(csp: number): void {
      newStringJS(rt, csp + 8, env.TMPDIR || '/tmp');
    },
    // func sysReadDirNames(name string) ([]string, int): results at csp+8+16
    sysReadDirNames(csp: number): void {
      let names: string[];
      try { names = fs.readdirSync(str(csp + 8)).sort(); }
      catch (e) { stSlice(rt.m, csp + 8 + 16, 0, 0, 0); stWord(rt.m, csp + 8 + 40, errno(e)); return; }
      const n = names.length;
      const base = newStringArray(rt, n);
      stSlice(rt.m, csp + 8 + 16, base, n, n);
      stWord(rt.m, csp + 8 + 40, 0);
      for (let i = 0; i < n; i++) newStringJS(rt, base + 16 * i, names[i]);
    },
    // func sysExit(code int)
    sysExit(_csp: number, _ctx: number, code: number): void {
      if (typeof rt.exit === 'function') { rt.exit(Number(code)); return; }
      const e = new Error('exit ' + code) as Error & { exitCode: number; goexit: boolean };
      e.exitCode = Number(code);
      e.goexit = true;
      throw e;
    },
    // func sysEnviron() []string: result at csp+8
    sysEnviron(csp: number): void {
      const kv = Object.keys(env).map(k => k + '=' + env[k]);
      const n = kv.length;
      const base = newStringArray(rt, n);
      stSlice(rt.m, csp + 8, base, n, n);
      for (let i = 0; i < n; i++) newStringJS(rt, base + 16 * i, kv[i]);
    },
    // func sysGetpid() int
    sysGetpid(): number { return process.pid; },
    hostname(): string { return nodeos.hostname(); },
  };
}
