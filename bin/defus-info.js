#!/usr/bin/env node
// The `defus-info` command; everything it does is in src/cli.ts (built to dist/cli.js).
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
