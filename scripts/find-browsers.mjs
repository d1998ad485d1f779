// Finds the three browser engines the tests run in — Chromium, Firefox and WebKit — as Debian
// packages them. Where one is missing and we run as root on Debian, installs its packages with
// apt-get (one `apt-get update` per run); otherwise says in one line how to get it.
//   chromium: CHROME_PATH, /usr/bin/chromium, or chromium / google-chrome on the PATH
//   firefox:  FIREFOX_PATH, /usr/bin/firefox-esr or firefox on the PATH (driven by puppeteer-core
//             through WebDriver BiDi)
//   webkit:   WebKitWebDriver, which starts WebKitGTK's MiniBrowser in automation mode; it needs
//             a display, so the run goes under xvfb-run (packages webkit2gtk-driver and xvfb)
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'});
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function fromEnv(variable) {
  const path = process.env[variable];
  if (!path) return undefined;
  if (existsSync(path)) return path;
  throw new Error(`${variable} is set to ${path}, which does not exist.`);
}

export function findChromium() {
  return fromEnv('CHROME_PATH')
    ?? ['/usr/bin/chromium', onPath('chromium'), onPath('google-chrome'), onPath('chromium-browser')].find((p) => p && existsSync(p));
}

export function findFirefox() {
  return fromEnv('FIREFOX_PATH') ?? ['/usr/bin/firefox-esr', onPath('firefox-esr'), onPath('firefox')].find((p) => p && existsSync(p));
}

/** WebKitGTK's pieces: the WebDriver server, the browser it starts, and xvfb-run for a display. */
export function findWebKit() {
  const driver = onPath('WebKitWebDriver');
  const miniBrowser = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser']
    .find((p) => existsSync(p));
  const xvfbRun = onPath('xvfb-run');
  return driver && miniBrowser && xvfbRun ? {driver, miniBrowser, xvfbRun} : undefined;
}

const engines = {
  chromium: {find: findChromium, packages: ['chromium'], hint: 'sudo apt-get install chromium, or set CHROME_PATH'},
  firefox: {find: findFirefox, packages: ['firefox-esr'], hint: 'sudo apt-get install firefox-esr, or set FIREFOX_PATH'},
  webkit: {find: findWebKit, packages: ['webkit2gtk-driver', 'xvfb'], hint: 'sudo apt-get install webkit2gtk-driver xvfb'},
};

let aptUpdated = false;

/**
 * Finds an engine, installing Debian's packages for it where we may. Returns what `find` returns,
 * or `{missing: reason}` when it cannot be had here.
 */
export function ensureBrowser(engine) {
  const {find, packages, hint} = engines[engine];
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`No ${engine} found: installing Debian's ${packages.join(' ')} (apt-get install)…`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    try {
      if (!aptUpdated) execFileSync('apt-get', ['update', '-q'], {stdio: 'inherit', env});
      aptUpdated = true;
      execFileSync('apt-get', ['install', '-y', '-q', ...packages], {stdio: 'inherit', env});
    } catch (error) {
      return {missing: `apt-get install ${packages.join(' ')} failed: ${error.message}`};
    }
    const installed = find();
    if (installed) return installed;
  }
  return {missing: `no ${engine} here (${hint})`};
}

export function ensureChromium() {
  const found = ensureBrowser('chromium');
  if (typeof found === 'string') return found;
  console.error(`No Chromium found: ${found.missing}.`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const engine of Object.keys(engines)) console.log(engine, ensureBrowser(engine));
}
