import { readFileSync } from 'node:fs';
import { compileAndRun } from './codegen-util.js';
const f = process.argv[2];
const r = await compileAndRun(f.split('/').pop()!, readFileSync(f, 'utf8'));
if (process.env.SHOWJS && r.js) console.error(r.js);
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
console.error('[exit ' + r.code + ']');
