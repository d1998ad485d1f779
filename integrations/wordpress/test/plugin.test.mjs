// The WordPress plugin against the real WordPress of Debian's `wordpress` package, in php-cli,
// with no database (bootstrap.php loads just enough of wp-includes): it loads without a warning,
// its shortcodes and blocks print the div mount with only declared attributes, escaped, kses
// keeps the shortcodes, its allow-list matches custom-elements.json, and the zip holds the plugin.
// Without php or /usr/share/wordpress the file skips with one line; in CI, as root on Debian, it
// installs php-cli and wordpress first.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {runInNewContext} from 'node:vm';
import {readZip} from './zip.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const plugin = join(root, 'integrations/wordpress/metropolis-training');
const bootstrap = fileURLToPath(new URL('bootstrap.php', import.meta.url));
const wpRoot = process.env.WP_ROOT ?? '/usr/share/wordpress';
const php = process.env.PHP ?? 'php';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
const ready = () => has(php) && existsSync(join(wpRoot, 'wp-includes/version.php'));

/** php-cli and WordPress, from Debian's packages in CI when we may install them; else why not. */
function findWordPress() {
  if (ready()) return undefined;
  if (process.env.CI && process.getuid?.() === 0 && existsSync('/etc/debian_version') && has('apt-get')) {
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    console.log("No php-cli or WordPress: installing Debian's php-cli wordpress (apt-get install)…");
    let result = spawnSync('apt-get', ['install', '-y', '-q', 'php-cli', 'wordpress'], {stdio: 'inherit', env});
    if (result.status !== 0) {
      spawnSync('apt-get', ['update', '-q'], {stdio: 'inherit', env});
      result = spawnSync('apt-get', ['install', '-y', '-q', 'php-cli', 'wordpress'], {stdio: 'inherit', env});
    }
    if (ready()) return undefined;
  }
  return `no php-cli or no WordPress at ${wpRoot} (sudo apt-get install php-cli wordpress)`;
}

const work = mkdtempSync(join(tmpdir(), 'metropolis-wordpress-'));
let scripts = 0;

/**
 * Runs `body` (PHP) after bootstrap.php and the plugin's main file (unless `load` is false),
 * with `init` done; returns what the script echoes with `out(...)`, decoded from JSON. Fails on
 * any PHP error, warning, notice or deprecation, and on any output besides `out`'s.
 */
function runPhp(body, {before = '', load = true} = {}) {
  const file = join(work, `script-${++scripts}.php`);
  writeFileSync(file, `<?php
require ${JSON.stringify(bootstrap)};
function out( $value ) { echo "\\n@@OUT@@" . json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ); }
${before}
${load ? `require WP_PLUGIN_DIR . '/metropolis-training/metropolis-training.php';\ndo_action( 'init' );` : ''}
${body}
`);
  const result = spawnSync(php, ['-d', 'display_errors=stderr', '-d', 'error_reporting=-1', file], {encoding: 'utf8', env: {...process.env, WP_ROOT: wpRoot}});
  assert.equal(result.stderr, '', 'PHP wrote to stderr');
  assert.equal(result.status, 0, `php exited with ${result.status}: ${result.stdout}`);
  const [before_, ...outs] = result.stdout.split('\n@@OUT@@');
  assert.equal(before_, '', 'PHP printed something besides out()');
  return outs.length === 1 ? JSON.parse(outs[0]) : outs.map((o) => JSON.parse(o));
}

/** The opening tag's attributes, in order, as [name, value] (value undefined for a bare one). */
function attributesOf(html) {
  const open = /^<div((?:\s[a-z-]+(?:="[^"<>]*")?)*)>/.exec(html);
  assert.ok(open, `a div with only well-formed attributes: ${html}`);
  return [...open[1].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2]]);
}

const kinds = ['course-list', 'course-detail', 'application-form', 'fee-calculator'];
const shortcode = (kind) => `metropolis_${kind.replace(/-/g, '_')}`;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The elements the plugin places: those of the all-in-one bundle it loads. The activity proposal
 * form has a bundle of its own, which the plugin does not load yet: no shortcode or block for it.
 * The admissions console is the Secretariat's tool, served at the reference server's /admin, never
 * a thing for a city site's editors to place.
 */
const notPlaced = new Set(['metropolis-activity-proposal', 'metropolis-admissions']);

/** The manifest's declared attributes per element: name → type text. */

function manifestAttributes() {
  const path = join(root, 'packages/elements/custom-elements.json');
  assert.ok(existsSync(path), 'packages/elements/custom-elements.json is missing: run npm run build');
  const declared = {};
  for (const module of JSON.parse(readFileSync(path, 'utf8')).modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName?.startsWith('metropolis-') || notPlaced.has(declaration.tagName)) continue;
      declared[declaration.tagName.slice('metropolis-'.length)] = Object.fromEntries((declaration.attributes ?? []).map((a) => [a.name, a.type?.text]));
    }
  }
  return declared;
}

const hostile = '"><script>alert(1)</script>';
const phpString = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const missing = findWordPress();
if (missing) {
  it('WordPress plugin', (t) => t.skip(missing));
} else {
  describe('WordPress plugin (php-cli, Debian WordPress, no database)', {concurrency: true}, () => {
    it('loads with no warning, notice or deprecation, registers four shortcodes, four blocks and the settings with their sanitizer', () => {
      const [shortcodes, blocks, editorScript, registered] = runPhp(`
metropolis_test_load_admin();
do_action( 'admin_init' );
global $shortcode_tags, $wp_registered_settings;
out( array_values( array_filter( array_keys( $shortcode_tags ), fn ( $t ) => str_starts_with( $t, 'metropolis_' ) ) ) );
out( array_keys( array_filter( WP_Block_Type_Registry::get_instance()->get_all_registered(), fn ( $b ) => str_starts_with( $b->name, 'metropolis-training/' ) ) ) );
out( wp_scripts()->query( 'metropolis-training-blocks' )->deps );
out( $wp_registered_settings['metropolis_training_settings']['sanitize_callback'] );
ob_start(); do_settings_sections( 'metropolis-training' ); $page = ob_get_clean();
if ( ! str_contains( $page, 'name="metropolis_training_settings[api]"' ) || ! str_contains( $page, '<option value="ar"' ) ) { out( 'settings fields missing' ); }
`);
      assert.deepEqual(shortcodes.sort(), kinds.map(shortcode).sort());
      assert.deepEqual(blocks.sort(), kinds.map((k) => `metropolis-training/${k}`).sort());
      assert.deepEqual(editorScript, ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n']);
      assert.equal(registered, 'metropolis_training_sanitize_settings');
    });

    it("the PHP allow-list is custom-elements.json's attributes, element by element, flags as flags and URLs as URLs", () => {
      const php = runPhp('out( metropolis_training_elements() );');
      const manifest = manifestAttributes();
      assert.deepEqual(Object.keys(php).sort(), Object.keys(manifest).sort());
      for (const kind of kinds) {
        assert.deepEqual(Object.keys(php[kind]).sort(), Object.keys(manifest[kind]).sort(), kind);
        for (const [name, type] of Object.entries(manifest[kind])) {
          assert.equal(php[kind][name] === 'bool', type === 'boolean', `${kind} ${name}: a flag exactly when the manifest says boolean`);
          if (/^(?:api|catalog)$|-href$/.test(name)) assert.equal(php[kind][name], 'url', `${kind} ${name} is a URL`);
        }
      }
    });

    it('block.json: valid JSON, apiVersion 2 or 3, the right name, every declared attribute (camelCase) with lang, typed, and the editor script', () => {
      const manifest = manifestAttributes();
      for (const kind of kinds) {
        const block = JSON.parse(readFileSync(join(plugin, 'blocks', kind, 'block.json'), 'utf8'));
        assert.equal(block.name, `metropolis-training/${kind}`);
        assert.ok([2, 3].includes(block.apiVersion), `${kind} apiVersion`);
        assert.equal(block.textdomain, 'metropolis-training');
        assert.equal(block.editorScript, 'metropolis-training-blocks');
        assert.deepEqual(Object.keys(block.attributes).sort(), [...Object.keys(manifest[kind]).map(camel), 'lang'].sort(), kind);
        for (const [name, type] of Object.entries(manifest[kind])) {
          assert.equal(block.attributes[camel(name)].type, type === 'boolean' ? 'boolean' : 'string', `${kind} ${name}`);
        }
      }
    });

    it("the editor script registers the four blocks, server-rendered (save prints nothing), its sidebar fields naming only block.json's attributes", () => {
      const registered = {};
      const h = (type, props, ...children) => ({type, props: props ?? {}, children: children.flat()});
      const wp = {
        element: {createElement: h},
        i18n: {__: (text, domain) => (assert.equal(domain, 'metropolis-training'), text)},
        blockEditor: {InspectorControls: 'InspectorControls', useBlockProps: () => ({className: 'wp-block'})},
        components: {PanelBody: 'PanelBody', TextControl: 'TextControl', SelectControl: 'SelectControl', ToggleControl: 'ToggleControl', Placeholder: 'Placeholder'},
        blocks: {registerBlockType: (name, settings) => (registered[name] = settings), getBlockType: (name) => ({title: name, icon: {src: 'list-view'}})},
      };
      runInNewContext(readFileSync(join(plugin, 'blocks/editor.js'), 'utf8'), {window: {wp}});
      assert.deepEqual(Object.keys(registered).sort(), kinds.map((k) => `metropolis-training/${k}`).sort());
      for (const kind of kinds) {
        const block = JSON.parse(readFileSync(join(plugin, 'blocks', kind, 'block.json'), 'utf8'));
        const settings = registered[`metropolis-training/${kind}`];
        assert.equal(settings.save(), null);
        const attributes = Object.fromEntries(Object.entries(block.attributes).map(([n, a]) => [n, a.default]));
        const changes = [];
        const tree = settings.edit({attributes: {...attributes, themes: 'water'}, setAttributes: (change) => changes.push(change)});
        const controls = [];
        (function walk(node) {
          if (!node || typeof node !== 'object') return;
          if (['TextControl', 'SelectControl', 'ToggleControl'].includes(node.type)) controls.push(node);
          node.children?.forEach(walk);
        })(tree);
        const names = controls.map((c) => c.props.key);
        assert.ok(names.length >= 5, kind);
        for (const name of names) assert.ok(name in block.attributes, `${kind}: the sidebar field ${name} is a block attribute`);
        for (const name of ['api', 'catalog', 'lang']) assert.ok(names.includes(name), `${kind}: ${name} in the sidebar`);
        controls.find((c) => c.props.key === 'catalog').props.onChange('https://cdn.example.org/catalog.{lang}.json');
        // (The object comes from the script's own realm: compared as JSON.)
        assert.equal(JSON.stringify(changes), JSON.stringify([{catalog: 'https://cdn.example.org/catalog.{lang}.json'}]));
      }
    });

    it('each shortcode prints the div mount; hostile values escaped, javascript: and data: URLs dropped, undeclared attributes dropped', () => {
      const manifest = manifestAttributes();
      for (const kind of kinds) {
        const declared = Object.keys(manifest[kind]);
        const flags = declared.filter((n) => manifest[kind][n] === 'boolean');
        const urls = declared.filter((n) => /^(?:api|catalog)$|-href$/.test(n));
        const texts = declared.filter((n) => !flags.includes(n) && !urls.includes(n));
        // Single-quoted values: the shortcode parser keeps a double quote inside them.
        const all = (value) => `[${shortcode(kind)} ${[...texts, ...urls].map((n) => `${n}='${value}'`).join(' ')} ${flags.join(' ')} onclick='alert(1)' style='color:red' data-x='1' metropolis='script' lang='${value}' dir='${value}' id='${value}' class='${value}']`;
        const [hostileHtml, javascriptHtml, dataHtml] = runPhp(`
out( do_shortcode( ${phpString(all(hostile))} ) );
out( do_shortcode( ${phpString(all('javascript:alert(1)'))} ) );
out( do_shortcode( ${phpString(all('data:text/html,<b>x</b>'))} ) );
`);
        for (const html of [hostileHtml, javascriptHtml, dataHtml]) {
          // (javascript: in a text attribute such as themes is only text: the element never follows it.)
          assert.doesNotMatch(html, /<script|onclick|style=|data-x=|<b>/i, kind);
          const names = attributesOf(html).map(([n]) => n);
          assert.equal(names[0], 'data-metropolis');
          for (const name of names.slice(1)) assert.ok(declared.includes(name.slice(5)) || ['class', 'id'].includes(name), `${kind}: ${name} is declared`);
        }
        const attributes = new Map(attributesOf(hostileHtml));
        assert.equal(attributes.get('data-metropolis'), kind);
        for (const name of texts) assert.equal(attributes.get(`data-${name}`), '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;', `${kind} ${name}`);
        for (const name of flags) assert.ok(attributes.has(`data-${name}`) && attributes.get(`data-${name}`) === undefined, `${kind} ${name} is a bare flag`);
        for (const name of urls) assert.ok(!attributes.has(`data-${name}`) || !/[<>"]/.test(attributes.get(`data-${name}`)), `${kind} ${name}`);
        // A lang or dir that is not one never reaches the page.
        assert.ok(!attributes.has('lang') && !attributes.has('dir'), kind);
        for (const html of [javascriptHtml, dataHtml]) {
          const names = new Map(attributesOf(html));
          for (const name of urls) assert.ok(!names.has(`data-${name}`), `${kind}: ${name} dropped`);
        }
      }
    });

    it('keeps http(s) and root-relative URLs and a {lang} catalog intact; flags off when written false; lang and dir when they are ones', () => {
      const [list, off, detail] = runPhp(`
out( do_shortcode( '[metropolis_course_list catalog="https://cdn.example.org/catalog.{lang}.json" apply-href="/apply?from=list&x=1" privacy_href="https://example.org/privacy" show-past="yes" page-size="12" lang="fr-CA" dir="rtl" class="wide two"]' ) );
out( do_shortcode( '[metropolis_course_list api="https://training.example.org" show-past="false" sync-url="0" hide-filters="no"]' ) );
out( do_shortcode( '[metropolis_course_detail edition="diploma-internationalization-2025" api="http://localhost:3000"]' ) );
`);
      assert.deepEqual(attributesOf(list), [
        ['data-metropolis', 'course-list'], ['data-catalog', 'https://cdn.example.org/catalog.{lang}.json'], ['data-show-past', undefined],
        ['data-apply-href', '/apply?from=list&#038;x=1'], ['data-privacy-href', 'https://example.org/privacy'], ['data-page-size', '12'],
        ['lang', 'fr-CA'], ['dir', 'rtl'], ['class', 'wide two'],
      ]);
      assert.deepEqual(attributesOf(off), [['data-metropolis', 'course-list'], ['data-api', 'https://training.example.org']]);
      assert.deepEqual(attributesOf(detail), [['data-metropolis', 'course-detail'], ['data-edition', 'diploma-internationalization-2025'], ['data-api', 'http://localhost:3000']]);
    });

    it('wp_kses_post (what an Author or Contributor saves) keeps every shortcode and block as written', () => {
      const content = [
        '<p>Our courses:</p>',
        '[metropolis_course_list themes="water climate" catalog="https://cdn.example.org/catalog.{lang}.json" apply-href="/apply" show-past]',
        '[metropolis_course_detail edition="diploma-internationalization-2025" api="https://training.example.org" heading-level="3"]',
        '[metropolis_application_form edition="diploma-internationalization-2025" privacy-href="https://example.org/privacy" save-draft]',
        "[metropolis_fee_calculator edition='diploma-internationalization-2025' variant='compact' membership='member' country='FR' participants='2']",
        // A block as the editor saves it: its options in the comment.
        '<!-- wp:metropolis-training/course-list {"themes":"water","catalog":"https://cdn.example.org/catalog.{lang}.json","showPast":true} /-->',
      ].join('\n');
      assert.equal(runPhp(`out( wp_kses_post( ${phpString(content)} ) );`), content);
    });

    it("each block renders the shortcode's mount (and its class from the editor's Advanced panel)", () => {
      const manifest = manifestAttributes();
      for (const kind of kinds) {
        const values = Object.fromEntries(Object.entries(manifest[kind]).map(([name, type]) => [name, type === 'boolean' ? true : /^(?:api|catalog)$|-href$/.test(name) ? `https://example.org/${name}/{lang}` : `${name} "value" <x>`]));
        const blockAttributes = {...Object.fromEntries(Object.entries(values).map(([n, v]) => [camel(n), v])), lang: 'es', className: 'wide'};
        const shortcodeText = `[${shortcode(kind)} ${Object.entries(values).map(([n, v]) => (v === true ? n : `${n}='${v.replace(/"/g, '&quot;')}'`)).join(' ')} lang="es" class="wide"]`;
        const block = `<!-- wp:metropolis-training/${kind} ${JSON.stringify(blockAttributes).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/"value"/g, '\\u0022value\\u0022')} /-->`;
        const [fromBlock, fromShortcode, defaultsOnly] = runPhp(`
out( do_blocks( ${phpString(block)} ) );
out( do_shortcode( html_entity_decode( ${phpString(shortcodeText)} ) ) );
out( do_blocks( '<!-- wp:metropolis-training/${kind} /-->' ) );
`);
        assert.equal(fromBlock, fromShortcode, kind);
        assert.equal(new Map(attributesOf(fromBlock)).get('class'), 'wide');
        assert.equal(new Map(attributesOf(fromBlock)).get('data-catalog'), 'https://example.org/catalog/{lang}');
        assert.equal(defaultsOnly, `<div data-metropolis="${kind}"></div>`, `${kind}: a block left at its defaults prints no empty attribute`);
      }
    });

    it("settings: sanitized on save (http(s) URLs only, {lang} kept, a language among en fr es ar); elements without a source read the site's; the fallback link", () => {
      const [clean, rendered, withLink] = runPhp(`
metropolis_test_load_admin();
do_action( 'admin_init' );
out( sanitize_option( 'metropolis_training_settings', array(
	'api' => 'javascript:alert(1)', 'catalog' => 'https://cdn.example.org/catalog.{lang}.json', 'bundle_url' => 'data:text/javascript,alert(1)',
	'fallback_url' => '/relative', 'lang' => 'de', 'loader' => 'anything', 'extra' => 'x',
) ) );
metropolis_test_set_option( 'metropolis_training_settings', sanitize_option( 'metropolis_training_settings', array( 'api' => 'https://training.example.org/', 'lang' => 'ar', 'fallback_url' => 'https://example.org/training?a=1&b="2"' ) ) );
out( do_shortcode( '[metropolis_course_list]' ) );
out( do_shortcode( '[metropolis_course_list catalog="https://cdn.example.org/c.json" lang="fr"]' ) );
`);
      assert.deepEqual(clean, {bundle_url: '', api: '', catalog: 'https://cdn.example.org/catalog.{lang}.json', lang: '', loader: 'module', fallback_url: ''});
      assert.equal(rendered, '<div data-metropolis="course-list" data-api="https://training.example.org/" lang="ar"><p class="metropolis-training-fallback"><a href="https://example.org/training?a=1&#038;b=2">See the training offer</a></p></div>');
      // The element's own source and language win over the site's.
      assert.match(withLink, /^<div data-metropolis="course-list" data-catalog="https:\/\/cdn\.example\.org\/c\.json" lang="fr"><p /);
    });

    it('the bundle is enqueued only once an element renders: the classic script on WordPress 6.1, the ES module where wp_enqueue_script_module exists', () => {
      const settings = `metropolis_test_set_option( 'metropolis_training_settings', array( 'api' => 'https://training.example.org' ) );`;
      const [before, after, src] = runPhp(`
out( wp_script_is( 'metropolis-training', 'enqueued' ) );
do_shortcode( '[metropolis_fee_calculator]' );
out( wp_script_is( 'metropolis-training', 'enqueued' ) );
out( wp_scripts()->query( 'metropolis-training' )->src );
`, {before: settings});
      assert.deepEqual([before, after, src], [false, true, 'https://training.example.org/elements/metropolis-training.iife.js']);
      const [modules, classic] = runPhp(`
do_blocks( '<!-- wp:metropolis-training/course-list /-->' );
out( $GLOBALS['metropolis_test_modules'] );
out( wp_script_is( 'metropolis-training', 'enqueued' ) );
`, {before: `${settings}
// WordPress 6.5's function, as a recorder.
function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) { $GLOBALS['metropolis_test_modules'][] = array( $id, $src, $version ); }`});
      assert.deepEqual([modules, classic], [[['metropolis-training', 'https://training.example.org/elements/metropolis-training.js', null]], false]);
      // No API, catalog or bundle URL: nothing to load, and the mount is still printed.
      assert.deepEqual(runPhp(`out( do_shortcode( '[metropolis_course_list]' ) ); out( wp_script_is( 'metropolis-training', 'enqueued' ) );`), ['<div data-metropolis="course-list"></div>', false]);
    });

    it('prints the classic script with crossorigin="anonymous": its import() of the form and the calculator needs CORS from another site', () => {
      const [tag, other] = runPhp(`
metropolis_test_set_option( 'metropolis_training_settings', array( 'api' => 'https://training.example.org', 'loader' => 'classic' ) );
do_shortcode( '[metropolis_course_list]' );
out( apply_filters( 'script_loader_tag', "<script src='https://training.example.org/elements/metropolis-training.iife.js' id='metropolis-training-js'></script>\n", 'metropolis-training', 'https://training.example.org/elements/metropolis-training.iife.js' ) );
out( apply_filters( 'script_loader_tag', "<script src='https://example.org/other.js' id='other-js'></script>\n", 'other', 'https://example.org/other.js' ) );
`);
      assert.equal(tag, "<script crossorigin=\"anonymous\" src='https://training.example.org/elements/metropolis-training.iife.js' id='metropolis-training-js'></script>\n");
      assert.doesNotMatch(other, /crossorigin/);
    });

    it('a singular post with a shortcode or a block gets the bundle from wp_enqueue_scripts (so in the head); one without does not', () => {
      const check = (content) => runPhp(`
function get_queried_object() { return new WP_Post( (object) array( 'ID' => 1, 'post_content' => ${phpString(content)} ) ); }
function get_post( $post = null ) { return $post instanceof WP_Post ? $post : get_queried_object(); }
metropolis_test_set_option( 'metropolis_training_settings', array( 'catalog' => 'https://cdn.example.org:8443/catalog.{lang}.json', 'loader' => 'classic' ) );
do_action( 'wp_enqueue_scripts' );
out( wp_script_is( 'metropolis-training', 'enqueued' ) ? wp_scripts()->query( 'metropolis-training' )->src : false );
`);
      assert.equal(check('<p>x</p>[metropolis_course_detail edition="e"]'), 'https://cdn.example.org:8443/elements/metropolis-training.iife.js');
      assert.equal(check('<!-- wp:metropolis-training/application-form /-->'), 'https://cdn.example.org:8443/elements/metropolis-training.iife.js');
      assert.equal(check('<p>No element here.</p>'), false);
    });

    it('uninstall.php deletes the settings', () => {
      const deleted = runPhp(`
// A stand-in for the database: delete_option() finds the row and deletes it.
$GLOBALS['wpdb'] = new class() {
	public $options = 'wp_options';
	public function prepare( $query, ...$args ) { return vsprintf( str_replace( '%s', "'%s'", $query ), $args ); }
	public function get_row( $query ) { return (object) array( 'autoload' => 'yes' ); }
	public function delete( $table, $where ) { $GLOBALS['metropolis_test_deleted'][] = $where['option_name']; return 1; }
};
define( 'WP_UNINSTALL_PLUGIN', 'metropolis-training/metropolis-training.php' );
require WP_PLUGIN_DIR . '/metropolis-training/uninstall.php';
out( $GLOBALS['metropolis_test_deleted'] );
`, {load: false});
      assert.deepEqual(deleted, ['metropolis_training_settings']);
    });

    it('every PHP file starts by refusing to run outside WordPress, and lints', () => {
      const phpFiles = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? phpFiles(join(dir, e.name)) : e.name.endsWith('.php') ? [join(dir, e.name)] : []));
      for (const file of phpFiles(plugin)) {
        assert.match(readFileSync(file, 'utf8'), /^<\?php\n(?:\/\*\*[\s\S]*?\*\/\n)?\ndefined\( 'ABSPATH' \) \|\| exit;/, file);
        execFileSync(php, ['-l', file], {stdio: 'pipe'});
        const direct = spawnSync(php, [file], {encoding: 'utf8'});
        assert.equal(direct.stdout + direct.stderr, '', `${file} run directly prints nothing`);
      }
    });

    it('the zip (scripts/wordpress-zip.mjs) unzips to metropolis-training/ with every file of the plugin and the licence', async () => {
      const {pluginEntries, zip} = await import(new URL('../../../scripts/wordpress-zip.mjs', import.meta.url));
      const file = join(work, 'metropolis-training.zip');
      writeFileSync(file, zip(pluginEntries()));
      const expected = ['metropolis-training.php', 'uninstall.php', 'readme.txt', 'includes/elements.php', 'blocks/editor.js', ...kinds.map((k) => `blocks/${k}/block.json`), 'LICENSE'];
      const unzipped = readZip(readFileSync(file));
      for (const name of expected) assert.ok(unzipped.has(`metropolis-training/${name}`), name);
      for (const [name, bytes] of unzipped) {
        assert.match(name, /^metropolis-training\//);
        if (name.endsWith('/') || name === 'metropolis-training/LICENSE') continue;
        assert.deepEqual(bytes, readFileSync(join(plugin, name.slice('metropolis-training/'.length))), name);
      }
      if (has('unzip')) {
        const listed = execFileSync('unzip', ['-Z1', file], {encoding: 'utf8'}).trim().split('\n');
        assert.deepEqual(listed, [...unzipped.keys()]);
        execFileSync('unzip', ['-tq', file]);
        const out = join(work, 'unzipped');
        execFileSync('unzip', ['-q', file, '-d', out]);
        assert.deepEqual(readdirSync(out), ['metropolis-training']);
        assert.equal(readFileSync(join(out, 'metropolis-training/includes/blocks.php'), 'utf8'), readFileSync(join(plugin, 'includes/blocks.php'), 'utf8'));
      }
    });
  });
}

/** The entries of a zip, read from its central directory (no zip library needed). */

process.on('exit', () => rmSync(work, {recursive: true, force: true}));
