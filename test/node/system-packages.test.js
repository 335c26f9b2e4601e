// scripts/system-packages.sh, with stand-ins for dpkg-query, id, sudo and apt-get on PATH: what it
// does as root, with password-less sudo, and without either (the one line to run).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/system-packages.sh', import.meta.url));

/** Runs the script with the given stand-ins; `installed` lists the packages dpkg reports. */
function run({ uid, sudo, installed = [] }) {
  const bin = mkdtempSync(join(tmpdir(), 'system-packages-'));
  const log = join(bin, 'apt.log');
  const stub = (name, body) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('dpkg-query', `case " ${installed.join(' ')} " in *" $3 "*) echo 'install ok installed';; *) exit 1;; esac`);
  stub('id', `echo ${uid}`);
  stub('sudo', sudo ? `[ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; exec "$@"` : 'exit 1');
  stub('apt-get', `echo "apt-get $*" >> ${log}`);
  const result = spawnSync('bash', [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: bin },
  });
  let apt = '';
  try {
    apt = readFileSync(log, 'utf8');
  } catch {
    // apt-get was not called
  }
  return { ...result, apt };
}

const ALL = readFileSync(SCRIPT, 'utf8')
  .match(/WANTED=\(([\s\S]*?)\n\)/)[1]
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);

describe('scripts/system-packages.sh', () => {
  it('does nothing when every package is there', () => {
    const { status, stdout, stderr, apt } = run({ uid: 1000, sudo: false, installed: ALL });
    assert.equal(status, 0);
    assert.equal(stdout + stderr, '');
    assert.equal(apt, '');
  });

  it('without root or sudo, stops with the one line to run', () => {
    const { status, stderr, apt } = run({ uid: 1000, sudo: false, installed: ALL.filter((p) => p !== 'composer') });
    assert.equal(status, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      'system-packages: run this once, then npm test again: sudo apt-get install -y composer',
    ]);
    assert.equal(apt, '');
  });

  it('as root, installs exactly what is missing', () => {
    const { status, apt } = run({ uid: 0, sudo: false, installed: ALL.filter((p) => !['xvfb', 'locales'].includes(p)) });
    assert.equal(status, 0);
    assert.match(apt, /^apt-get update -qq\napt-get install -y -qq xvfb locales\n$/);
  });

  it('with password-less sudo, installs through sudo', () => {
    const { status, apt } = run({ uid: 1000, sudo: true, installed: ALL.filter((p) => p !== 'chromium') });
    assert.equal(status, 0);
    assert.match(apt, /apt-get install -y -qq chromium\n$/);
  });
});
