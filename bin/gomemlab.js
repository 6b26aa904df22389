#!/usr/bin/env node
// gomemlab command entry: the compiled CLI lives in dist/ (built by `npm run build`, run by `npm ci` via prepare).
import '../dist/src/cli/main.js';
