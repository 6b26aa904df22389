// The gomemlab command: `gomemlab run` and `gomemlab build`, shaped like `go run` and `go build`.
// Argument parsing is Go-style (single-dash flags, `-flag=value` or `-flag value`) and hand-written:
// a few lines, no dependency. Exit codes follow Go: 1 for build failures, the program's own status
// for `run` (2 for panics and fatal errors).
import { readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { resolve, join, basename } from 'node:path';
import { compileFiles, type CompileOptions } from '../driver/compile.js';
import { runCompiled } from '../driver/run-node.js';

const usage = `usage: gomemlab <command> [arguments]

The commands are:

	run [-gcflags=-m] [-seed N] [-v] [-realtime] [-leaks] prog.go [more.go...] | dir [arguments...]
	                 compile and run a Go program, like go run; -seed fixes scheduling, select
	                 choices and map order (-v prints the seed used), -realtime uses the wall
	                 clock instead of virtual time, -leaks reports goroutines blocked at exit
	build [-gcflags=-m] [-o out.js] prog.go [more.go...] | dir
	                 compile only; with -gcflags=-m print escape analysis decisions

Environment: GODEBUG=gctrace=1, GOGC, GOMEMLIMIT, GOMAXPROCS, GOTRACEBACK are honoured;
GOMEMLAB_GCSUMMARY=1 prints the collector's pauses and CPU shares at exit (stderr).
`;

interface Flags { gcflags: string; out: string; seed?: number; verbose: boolean; realtime: boolean; leaks: boolean; }

/** Splits argv after the command into flags, Go files (or one directory) and program arguments. */
export function parseArgs(argv: string[]): { flags: Flags; files: string[]; progArgs: string[] } {
  const flags: Flags = { gcflags: '', out: '', verbose: false, realtime: false, leaks: false };
  let i = 0;
  const take = (a: string, name: string): string => {
    const eq = a.indexOf('=');
    if (eq >= 0) return a.slice(eq + 1);
    if (i + 1 >= argv.length) fail(`flag needs an argument: -${name}`);
    return argv[++i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const name = a.replace(/^--?/, '').split('=')[0];
    switch (name) {
      case 'gcflags': flags.gcflags = take(a, name); break;
      case 'o': flags.out = take(a, name); break;
      case 'seed': flags.seed = Number(take(a, name)); break;
      case 'v': flags.verbose = true; break;
      case 'realtime': flags.realtime = true; break;
      case 'leaks': flags.leaks = true; break;
      case 'l': break; // accepted: gomemlab never inlines
      case 'tags': case 'ldflags': case 'asmflags': take(a, name); break; // go build flags with no meaning here
      case 'trimpath': case 'a': case 'x': case 'n': break;
      default: fail(`flag provided but not defined: -${name}\n${usage}`);
    }
  }
  const files: string[] = [];
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a.endsWith('.go')) { files.push(a); continue; }
    if (files.length === 0 && isDir(a)) {
      for (const f of readdirSync(a).sort()) if (f.endsWith('.go') && !f.endsWith('_test.go')) files.push(join(a, f));
      i++;
    }
    break;
  }
  return { flags, files, progArgs: argv.slice(i) };
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function fail(msg: string): never {
  process.stderr.write(msg.endsWith('\n') ? msg : msg + '\n');
  process.exit(2);
}

function compileOrExit(files: string[], flags: Flags) {
  if (files.length === 0) fail('no go files listed');
  const sources = files.map(f => {
    try { return { name: resolve(f), text: readFileSync(f) as Uint8Array }; }
    catch { fail(`stat ${f}: no such file or directory`); }
  });
  const opts: CompileOptions = { escapeReport: /(^|\s)-m\b/.test(flags.gcflags) };
  const res = compileFiles(sources, opts);
  const report = [...(res.escapeLines ?? []), ...res.errors];
  if (report.length) process.stderr.write('# command-line-arguments\n' + report.map(e => e + '\n').join(''));
  if (!res.ok) process.exit(1);
  return res;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run': {
      const { flags, files, progArgs } = parseArgs(rest);
      const res = compileOrExit(files, flags);
      const prog = basename(files[0]).replace(/\.go$/, '');
      const code = await runCompiled(res, { args: [prog, ...progArgs], env: process.env, seed: flags.seed, verbose: flags.verbose, realtime: flags.realtime, leaks: flags.leaks });
      if (code !== 0) process.stderr.write(`exit status ${code}\n`);
      return code;
    }
    case 'build': {
      const { flags, files } = parseArgs(rest);
      const res = compileOrExit(files, flags);
      if (flags.out) writeFileSync(flags.out, res.js!);
      return 0;
    }
    case 'help': case '-h': case '--help': case undefined:
      process.stdout.write(usage);
      return cmd === undefined ? 2 : 0;
    default:
      fail(`gomemlab ${cmd}: unknown command\nRun 'gomemlab help' for usage.`);
  }
}

main(process.argv.slice(2)).then(code => process.exit(code), err => {
  process.stderr.write(`gomemlab: internal error: ${err?.stack ?? err}\n`);
  process.exit(3);
});
