// The plugin, installed from its zip, in a whole WordPress site: Debian's WordPress on a throwaway MariaDB (its own data
// folder and socket, no network), installed from php-cli, served by `php -S` on loopback. An
// Author (no unfiltered_html, so kses filters the post) publishes a post with a shortcode and a
// block; Chromium opens it and sees course cards, the bundle loaded once and the no-JavaScript
// link hidden; with JavaScript off, the link shows. Skips with one line without php-cli,
// WordPress, MariaDB (apt-get installs mariadb-server as root on Debian) or Chromium.
import assert from 'node:assert/strict';
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {readZip} from './zip.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const wpRoot = process.env.WP_ROOT ?? '/usr/share/wordpress';
const php = process.env.PHP ?? 'php';
const cdn = join(root, 'packages/elements/dist/cdn');
const catalogs = join(root, 'packages/sdk/dist');
const EDITION = 'diploma-internationalization-2025';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
const mariadbd = () => ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p));

/** Why this cannot run here, or undefined; installs Debian's mariadb-server as root. */
function missing() {
  if (!has(php) || !existsSync(join(wpRoot, 'wp-settings.php'))) return `no php-cli or no WordPress at ${wpRoot} (sudo apt-get install php-cli wordpress)`;
  if (spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) return 'php has no mysqli (sudo apt-get install php-mysql)';
  if (!existsSync(join(cdn, 'metropolis-training.iife.js')) || !existsSync(join(catalogs, 'catalog.en.json'))) return 'the bundles or catalogs are not built (npm run build)';
  if (!findChromium()) return 'no Chromium (sudo apt-get install chromium)';
  if (!mariadbd() && process.getuid?.() === 0 && existsSync('/etc/debian_version') && has('apt-get')) {
    console.log("No MariaDB server: installing Debian's mariadb-server (apt-get install)…");
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    let result = spawnSync('apt-get', ['install', '-y', '-q', 'mariadb-server'], {stdio: 'inherit', env});
    if (result.status !== 0) {
      spawnSync('apt-get', ['update', '-q'], {stdio: 'inherit', env});
      result = spawnSync('apt-get', ['install', '-y', '-q', 'mariadb-server'], {stdio: 'inherit', env});
    }
  }
  if (!mariadbd()) return 'no MariaDB server (sudo apt-get install mariadb-server)';
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(check, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const reason = missing();
if (reason) {
  it('WordPress site with the plugin', (t) => t.skip(reason));
} else {
  describe('a WordPress site with the plugin (MariaDB, php -S, Chromium)', () => {
    const work = mkdtempSync(join(tmpdir(), 'metropolis-wordpress-site-'));
    const socket = join(work, 'mariadb.sock');
    const content = join(work, 'wp-content');
    let database;
    let web;
    let browser;
    let origin;
    let post;

    before(async () => {
      // A throwaway MariaDB: its own data folder, a socket and no TCP; no grant tables, as
      // nothing but this test can reach it.
      const data = join(work, 'mariadb');
      const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
      const installDb = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => existsSync(p));
      execFileSync(installDb, ['--no-defaults', `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=normal', ...asRoot], {stdio: 'pipe'});
      database = spawn(mariadbd(), ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables', `--pid-file=${join(work, 'mariadb.pid')}`, `--log-error=${join(work, 'mariadb.err')}`, ...asRoot], {stdio: 'ignore'});
      await until(() => spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-e', 'CREATE DATABASE IF NOT EXISTS wordpress_test'], {stdio: 'ignore'}).status === 0, 'MariaDB');

      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      // wp-content of our own: the plugin from the zip an administrator uploads (npm run build
      // makes it), and a bare theme that prints the post.
      for (const [name, bytes] of readZip(readFileSync(join(root, 'integrations/wordpress/dist/metropolis-training.zip')))) {
        if (name.endsWith('/')) continue;
        mkdirSync(dirname(join(content, 'plugins', name)), {recursive: true});
        writeFileSync(join(content, 'plugins', name), bytes);
      }
      mkdirSync(join(content, 'themes/metropolis-test'), {recursive: true});
      writeFileSync(join(content, 'themes/metropolis-test/style.css'), '/*\nTheme Name: Metropolis test\n*/\n');
      // No emoji script: it would point the browser at s.w.org.
      writeFileSync(join(content, 'themes/metropolis-test/functions.php'), "<?php\nremove_action( 'wp_head', 'print_emoji_detection_script', 7 );\n");
      writeFileSync(join(content, 'themes/metropolis-test/index.php'), `<?php defined( 'ABSPATH' ) || exit; ?><!doctype html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><?php wp_head(); ?></head>
<body><main><?php while ( have_posts() ) { the_post(); the_title( '<h1>', '</h1>' ); the_content(); } ?></main><?php wp_footer(); ?></body></html>
`);
      // Debian's wp-config.php reads /etc/wordpress; this site's configuration is here instead,
      // loaded by the router and the install script before wp-settings.php.
      const config = join(work, 'config.php');
      writeFileSync(config, `<?php
define( 'DB_NAME', 'wordpress_test' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'ABSPATH', ${JSON.stringify(wpRoot.replace(/\/?$/, '/'))} );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', ${JSON.stringify(content)} );
define( 'WP_CONTENT_URL', '${origin}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${JSON.stringify(join(work, 'debug.log'))} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
$table_prefix = 'wp_';
`);
      const install = join(work, 'install.php');
      writeFileSync(install, `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require ${JSON.stringify(config)};
define( 'WP_INSTALLING', true );
require ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'Metropolis test', 'admin', 'admin@example.org', false, '', wp_generate_password() );
switch_theme( 'metropolis-test' );
$activated = activate_plugin( 'metropolis-training/metropolis-training.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
update_option( 'metropolis_training_settings', array( 'bundle_url' => '${origin}/elements/', 'fallback_url' => 'https://example.org/training', 'loader' => 'classic' ) );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => wp_generate_password(), 'user_email' => 'author@example.org', 'role' => 'author' ) );
wp_set_current_user( $author );
$id = wp_insert_post( array(
	'post_title'   => 'Our courses',
	'post_status'  => 'publish',
	'post_content' => '<p>Courses on water.</p><script>alert(1)</script>' . "\\n"
		. '[metropolis_course_list catalog="${origin}/catalog.{lang}.json" themes="water" show-past now="2025-09-15" onclick="alert(1)"]' . "\\n"
		. '<!-- wp:metropolis-training/course-detail {"edition":"${EDITION}","catalog":"${origin}/catalog.{lang}.json","now":"2025-09-15"} /-->',
) );
echo json_encode( array( 'id' => $id, 'unfiltered_html' => current_user_can( 'unfiltered_html' ), 'content' => get_post( $id )->post_content ) );
`);
      const installed = spawnSync(php, [install], {encoding: 'utf8'});
      assert.equal(installed.status, 0, installed.stderr + installed.stdout);
      post = JSON.parse(installed.stdout.slice(installed.stdout.indexOf('{')));

      // The router: the bundles under /elements/ and the catalogs at the root (as the reference
      // server serves them), this site's wp-content, WordPress's own static files, else WordPress.
      const router = join(work, 'router.php');
      writeFileSync(router, `<?php
$path  = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$types = array( 'js' => 'text/javascript', 'json' => 'application/json', 'css' => 'text/css', 'svg' => 'image/svg+xml' );
$mounts = array( '/elements/' => ${JSON.stringify(cdn + '/')}, '/wp-content/' => ${JSON.stringify(content + '/')} );
if ( preg_match( '#^/(catalog(?:\\.[a-z]{2})?\\.json)$#', $path, $m ) ) {
	$mounts = array( '/' => ${JSON.stringify(catalogs + '/')} );
}
foreach ( $mounts as $prefix => $dir ) {
	if ( ! str_starts_with( $path, $prefix ) ) { continue; }
	$file = realpath( $dir . substr( $path, strlen( $prefix ) ) );
	$type = $types[ pathinfo( (string) $file, PATHINFO_EXTENSION ) ] ?? null;
	if ( ! $file || ! $type || ! is_file( $file ) || ! str_starts_with( $file, realpath( $dir ) . '/' ) ) { http_response_code( 404 ); exit; }
	header( 'Content-Type: ' . $type );
	readfile( $file );
	exit;
}
if ( '/' !== $path && ! str_ends_with( $path, '.php' ) && is_file( ${JSON.stringify(wpRoot)} . $path ) ) { return false; }
require ${JSON.stringify(config)};
define( 'WP_USE_THEMES', true );
require ABSPATH . 'wp-settings.php';
wp();
require ABSPATH . WPINC . '/template-loader.php';
`);
      web = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', wpRoot, router], {stdio: 'ignore'});
      await until(() => fetch(`${origin}/`).then((r) => r.ok, () => false), 'php -S');

      const {default: puppeteer} = await import('puppeteer-core');
      browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
    });

    /** A tab that reaches this site only: any other request is refused. */
    async function loopbackTab() {
      const tab = await browser.newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (request) => (request.url().startsWith(`${origin}/`) ? request.continue() : request.abort()));
      return tab;
    }

    after(async () => {
      await browser?.close();
      web?.kill();
      database?.kill();
      await new Promise((r) => (database && database.exitCode === null ? database.once('exit', r) : r()));
      rmSync(work, {recursive: true, force: true});
    });

    it("an Author's post keeps the shortcode and the block through kses, which removed the script", () => {
      assert.equal(post.unfiltered_html, false);
      assert.doesNotMatch(post.content, /<script/);
      assert.match(post.content, /\[metropolis_course_list catalog="http:\/\/127\.0\.0\.1:\d+\/catalog\.\{lang\}\.json" themes="water" show-past now="2025-09-15" onclick="alert\(1\)"\]/);
      assert.match(post.content, /<!-- wp:metropolis-training\/course-detail \{"edition":/);
    });

    it('the published post shows course cards and the course page; the classic script loaded once; the fallback link is not shown', async () => {
      const tab = await loopbackTab();
      const scripts = [];
      tab.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${origin}/?p=${post.id}`, {waitUntil: 'load'});
      await tab.waitForFunction(() => (document.querySelector('metropolis-course-list')?.shadowRoot?.querySelectorAll('[part="card"]').length ?? 0) > 0, {timeout: 20_000});
      await tab.waitForFunction(() => (document.querySelector('metropolis-course-detail')?.shadowRoot?.textContent ?? '').length > 200, {timeout: 20_000});
      const seen = await tab.evaluate(() => {
        const list = document.querySelector('metropolis-course-list');
        return {
          divs: document.querySelectorAll('div[data-metropolis]').length,
          attributes: list.getAttributeNames().sort(),
          cards: list.shadowRoot.querySelectorAll('[part="card"]').length,
          // The link moved inside each element, which renders its shadow root instead.
          visibleLinks: [...document.querySelectorAll('.metropolis-training-fallback a')].filter((a) => a.getClientRects().length > 0).length,
          links: document.querySelectorAll('.metropolis-training-fallback a').length,
        };
      });
      // Only declared attributes came over (the list writes `query` back itself); onclick did not.
      for (const name of ['catalog', 'now', 'show-past', 'themes']) assert.ok(seen.attributes.includes(name), name);
      assert.deepEqual(seen.attributes.filter((name) => !['catalog', 'now', 'show-past', 'themes', 'query'].includes(name)), []);
      assert.equal(seen.divs, 0);
      assert.ok(seen.cards > 0, 'course cards');
      assert.equal(seen.links, 2);
      assert.equal(seen.visibleLinks, 0);
      assert.equal(scripts.filter((s) => s === '/elements/metropolis-training.iife.js').length, 1);
      assert.deepEqual(errors, []);
      await tab.close();
    });

    it('without JavaScript the div mount stays, with the link to the training offer', async () => {
      const tab = await loopbackTab();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(`${origin}/?p=${post.id}`, {waitUntil: 'load'});
      const links = await tab.evaluate(() => [...document.querySelectorAll('div[data-metropolis] a')].filter((a) => a.getClientRects().length > 0).map((a) => a.href));
      assert.deepEqual(links, ['https://example.org/training', 'https://example.org/training']);
      await tab.close();
    });

    it('PHP logged nothing from the plugin while installing, activating and serving', (t) => {
      const log = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
      if (log) t.diagnostic(`WordPress's debug.log: ${log.trim().split('\n').length} lines, e.g. ${log.split('\n')[0]}`);
      assert.deepEqual(log.split('\n').filter((line) => line.includes('metropolis-training')), []);
    });

    it('a post without an element does not load the bundle', async () => {
      const page = await fetch(`${origin}/?page_id=2`).then((r) => r.text());
      assert.match(page, /<main>/);
      assert.doesNotMatch(page, /metropolis-training\.iife\.js/);
      assert.match(await fetch(`${origin}/?p=${post.id}`).then((r) => r.text()), /<script[^>]+src=['"]http:\/\/127\.0\.0\.1:\d+\/elements\/metropolis-training\.iife\.js['"]/);
    });
  });
}
