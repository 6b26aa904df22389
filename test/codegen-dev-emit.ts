import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from './codegen-util.js';
const r = compile(process.argv[2].split('/').pop()!, readFileSync(process.argv[2], 'utf8'));
writeFileSync(process.argv[3], r.js!);
