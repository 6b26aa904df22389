// Fake `gomemlab run` for test/yardsticks.test.ts: reads the Go file named on the command line and
// behaves as its `// fake-…` comments say (output, exit status, hang); `fake-output: "args"` echoes argv.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv[0] === 'run') argv.shift();
const i = argv.findIndex(a => a.endsWith('.go'));
const src = readFileSync(argv[i], 'utf8');
const get = k => { const m = src.match(new RegExp(`^// fake-${k}: (.*)$`, 'm')); return m ? m[1] : undefined; };
if (get('hang')) setInterval(() => {}, 1000);
else {
  let out = JSON.parse(get('output') ?? '""');
  if (out === 'args') out = JSON.stringify({ argv, GODEBUG: process.env.GODEBUG, GOEXPERIMENT: process.env.GOEXPERIMENT }) + '\n';
  process.stdout.write(out);
  process.exitCode = Number(get('exit') ?? 0);
}
