// The browser test files, one definition for web-test-runner's config and for scripts/test.mjs:
// the compiled `*.test.js` of the SDK and the elements, but the Node-only `*.node.test.js`.
import {readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every browser test file, as a path relative to the repository, sorted. */
export function browserTestFiles() {
  const found = [];
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return; // not built yet
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.js') && !name.endsWith('.node.test.js')) found.push(relative(root, path));
    }
  };
  for (const dir of ['packages/sdk/dist', 'packages/elements/dist']) walk(join(root, dir));
  return found.sort();
}

/**
 * WebKit's browser sessions, each a fresh MiniBrowser: the SDK's files together (no pages to
 * speak of), then every file of the elements alone. WebKitGTK's web process crashed ("WebProcess
 * CRASHED", then "the browser disconnected") when the application form's tests and the course
 * list's ran in one session — at the page change after the course list's file — 2 runs in 3
 * on a busy machine, and in CI; each file passes alone, and no single test is the cause.
 */
export function webkitSessions(files = browserTestFiles()) {
  const sdk = files.filter((path) => path.startsWith('packages/sdk/'));
  return [sdk, ...files.filter((path) => !path.startsWith('packages/sdk/')).map((path) => [path])].filter((session) => session.length > 0);
}
