// Std package registry: where the Go source of each std package comes from and which natives module
// implements its bodiless functions. Std packages are Go files under src/std/<importpath>/*.go
// (read from the package root, found by walking up from this module to the folder with package.json);
// a bundler (browser build) can instead install the sources with registerStdBundle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NativeFactory, NativeFn, NativeRuntime } from './abi.js';

import errorsNatives from './errors/natives.js';
import fmtNatives from './fmt/natives.js';
import mathNatives from './math/natives.js';
import mathRandNatives from './math/rand/natives.js';
import mathRandV2Natives from './math/rand/v2/natives.js';
import osNatives from './os/natives.js';
import reflectNatives from './reflect/natives.js';
import runtimeNatives from './runtime/natives.js';
import runtimeDebugNatives from './runtime/debug/natives.js';
import runtimeMetricsNatives from './runtime/metrics/natives.js';
import sortNatives from './sort/natives.js';
import syncNatives, { blockingNatives as syncBlocking } from './sync/natives.js';
import strconvNatives from './strconv/natives.js';
import syscallNatives from './syscall/natives.js';
import timeNatives, { blockingNatives as timeBlocking } from './time/natives.js';
import unicodeNatives from './unicode/natives.js';
import weakNatives from './weak/natives.js';

export type { NativeFactory, NativeFn, NativeRuntime } from './abi.js';

/** One Go source file of a std package. */
export interface StdFile {
  name: string;
  text: string;
}

const nativeTable: Record<string, NativeFactory> = {
  'errors': errorsNatives,
  'fmt': fmtNatives,
  'math': mathNatives,
  'math/rand': mathRandNatives,
  'math/rand/v2': mathRandV2Natives,
  'os': osNatives,
  'reflect': reflectNatives,
  'runtime': runtimeNatives,
  'runtime/debug': runtimeDebugNatives,
  'runtime/metrics': runtimeMetricsNatives,
  'sort': sortNatives,
  'sync': syncNatives,
  'strconv': strconvNatives,
  'syscall': syscallNatives,
  'time': timeNatives,
  'unicode': unicodeNatives,
  'weak': weakNatives,
};

/** Natives that may park the calling goroutine, per package (each package's `blockingNatives`). */
const blockingTable: Record<string, ReadonlySet<string>> = {
  'sync': syncBlocking,
  'time': timeBlocking,
};

const noNatives: ReadonlySet<string> = new Set();

/**
 * The names of std package `path`'s natives that block (generator functions): generated code in
 * goroutine mode calls them with `yield* f(csp, ctx, …)`, synchronous code with
 * `$rt.runSync(f(csp, ctx, …))`.
 */
export function stdBlockingNatives(path: string): ReadonlySet<string> {
  return blockingTable[path] ?? noNatives;
}

/** Whether native `name` of std package `path` blocks (see stdBlockingNatives). */
export function isBlockingNative(path: string, name: string): boolean {
  return stdBlockingNatives(path).has(name);
}

let bundle: Record<string, StdFile[]> | undefined;
const cache = new Map<string, StdFile[] | undefined>();
let root: string | undefined;

/** Installs std sources from a bundle (browser); afterwards the file system is not consulted. */
export function registerStdBundle(files: Record<string, StdFile[]>): void {
  bundle = files;
  cache.clear();
}

/** The package root (folder holding package.json), found by walking up from this module. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('gomemlab: package.json not found above ' + import.meta.url);
    dir = up;
  }
}

/** The folder holding std package sources (src/std under the package root). */
export function stdDir(): string {
  return join(packageRoot(), 'src', 'std');
}

/**
 * Go source files of std package `path` ("fmt", "unicode/utf8"), sorted by name, without _test.go
 * files; undefined if there is no such std package.
 */
export function stdSource(path: string): StdFile[] | undefined {
  if (bundle) return bundle[path];
  if (cache.has(path)) return cache.get(path);
  let files: StdFile[] | undefined;
  if (/^[a-z0-9_]+(\/[a-z0-9_]+)*$/.test(path)) {
    const dir = join(stdDir(), path);
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      const names = readdirSync(dir).filter(n => n.endsWith('.go') && !n.endsWith('_test.go')).sort();
      if (names.length > 0) files = names.map(name => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    }
  }
  cache.set(path, files);
  return files;
}

/** All std package paths that have Go sources (for bundling). */
export function stdPackages(): string[] {
  if (bundle) return Object.keys(bundle).sort();
  const out: string[] = [];
  const walk = (rel: string) => {
    const dir = join(stdDir(), rel);
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) {
        const sub = rel ? rel + '/' + n : n;
        if (stdSource(sub)) out.push(sub);
        walk(sub);
      }
    }
  };
  walk('');
  return out;
}

/** Every std package's sources, keyed by import path (to bundle them for the browser). */
export function stdBundle(): Record<string, StdFile[]> {
  const out: Record<string, StdFile[]> = {};
  for (const p of stdPackages()) out[p] = stdSource(p)!;
  return out;
}

/** The natives factory of std package `path`, or undefined if it has no natives. */
export function stdNatives(path: string): NativeFactory | undefined {
  return nativeTable[path];
}

/**
 * Installs `rt.native(pkgPath, name)`, the lookup the emitted module uses for bodiless functions
 * (`$native("fmt", "doPrintf")`): each package's natives factory runs once per runtime, on first use.
 */
export function attachStdNatives(rt: NativeRuntime): void {
  const tables = new Map<string, Record<string, NativeFn> | undefined>();
  rt.native = (pkg: string, name: string): NativeFn | undefined => {
    if (!tables.has(pkg)) tables.set(pkg, stdNatives(pkg)?.(rt));
    return tables.get(pkg)?.[name];
  };
}
