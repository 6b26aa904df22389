// End-to-end std tests: each testdata/std/run/*.go program is compiled by our compiler and run on
// the simulated runtime with the std natives; stdout and the exit status must equal real Go's
// (recorded in <name>.out and exitcodes.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { compileFiles } from '../src/driver/compile.js';
import { execute } from '../src/driver/exec.js';

const dir = fileURLToPath(new URL('../../testdata/std/run/', import.meta.url));
const exitCodes: Record<string, number> = JSON.parse(readFileSync(join(dir, 'exitcodes.json'), 'utf8'));
// Programs waiting on compiler features outside std (reason per file): run as `todo` tests.
const pending: Record<string, string> = JSON.parse(readFileSync(join(dir, 'pending.json'), 'utf8'));

const tmp = mkdtempSync(join(tmpdir(), 'gml-std-'));

for (const name of readdirSync(dir).filter(n => n.endsWith('.go')).sort()) {
  test(name, { todo: pending[name] }, async () => {
    const src = join(dir, name);
    const res = compileFiles([{ name: src, text: readFileSync(src, 'utf8') }], {}) as any;
    assert.ok(!res.errors?.length, 'compile errors: ' + JSON.stringify(res.errors));
    const f = join(tmp, name.replace(/\.go$/, '.mjs'));
    writeFileSync(f, res.js);
    const mod = await import(pathToFileURL(f).href);
    const out: Uint8Array[] = [];
    const code = execute(mod.default, {
      write: (fd, b) => { if (fd === 1) out.push(b.slice()); }, args: [src], env: {},
      lineMap: res.lineMap, moduleURL: pathToFileURL(f).href,
    });
    const want = readFileSync(join(dir, name.replace(/\.go$/, '.out')), 'utf8');
    assert.equal(Buffer.concat(out).toString('utf8'), want);
    assert.equal(code, exitCodes[name] ?? 0);
  });
}
if (!existsSync(dir)) test('no programs', () => assert.fail('missing ' + dir));
