#!/usr/bin/env node
// Test entry (npm test): runs every compiled test file under dist/test with node's own test runner.
// Kept as plain JS so it runs before and independently of the TypeScript build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}
const files = walk('dist/test', []).sort();
const filter = process.argv[2];
const chosen = filter ? files.filter(f => f.includes(filter)) : files;
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...chosen], { stdio: 'inherit' });
process.exit(r.status ?? 1);
