// Finds a Chromium for the browser tests: CHROME_PATH, /usr/bin/chromium, or google-chrome on
// the PATH. Where none is found and we run as root on Debian, installs Debian's `chromium`
// package; otherwise stops with one line saying how to get one.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'});
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return ['/usr/bin/chromium', onPath('chromium'), onPath('google-chrome'), onPath('chromium-browser')].find((p) => p && existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install chromium)…');
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-q'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], {stdio: 'inherit', env});
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
