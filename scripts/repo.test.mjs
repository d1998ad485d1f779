// Checks on the repository itself.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const root = new URL('..', import.meta.url);

describe('repository', () => {
  it('no tracked file reads the shared folder beside the repo: users clone the project alone', () => {
    const files = execFileSync('git', ['ls-files'], {cwd: root, encoding: 'utf8'}).split('\n').filter((f) => /\.(?:[cm]?[jt]s|json|sh)$|^\.ci\//.test(f));
    const offenders = files.filter((f) => /\.\.\/shared\b|\/work\/shared/.test(readFileSync(new URL(f, root), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
