<?php
/**
 * Just enough of WordPress to load the plugin and render its shortcodes and blocks, with no
 * database: Debian's WordPress (WP_ROOT, default /usr/share/wordpress), options answered from
 * the object cache, every PHP warning, notice or deprecation turned into a failure (exit 3).
 * The plugin's test scripts (written by plugin.test.mjs) require this file first. WordPress's own
 * files are the real ones; only the database and the request are missing.
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );
set_error_handler(
	static function ( $severity, $message, $file, $line ) {
		fwrite( STDERR, "PHP error ($severity): $message at $file:$line\n" );
		exit( 3 );
	}
);

$wp_root = rtrim( getenv( 'WP_ROOT' ) ?: '/usr/share/wordpress', '/' );
define( 'ABSPATH', $wp_root . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_PLUGIN_DIR', dirname( __DIR__ ) );
define( 'WP_PLUGIN_URL', 'https://site.example/wp-content/plugins' );
define( 'WP_CONTENT_URL', 'https://site.example/wp-content' );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
define( 'WP_LANG_DIR', WP_CONTENT_DIR . '/languages' );
define( 'WP_DEBUG', true );

require_once ABSPATH . WPINC . '/version.php';
require_once ABSPATH . WPINC . '/load.php';
require_once ABSPATH . WPINC . '/compat.php';
require_once ABSPATH . WPINC . '/plugin.php';
require_once ABSPATH . WPINC . '/functions.php';
require_once ABSPATH . WPINC . '/class-wp-object-cache.php';
require_once ABSPATH . WPINC . '/cache.php';
require_once ABSPATH . WPINC . '/class-wp-error.php';
require_once ABSPATH . WPINC . '/pomo/mo.php';
require_once ABSPATH . WPINC . '/l10n.php';
require_once ABSPATH . WPINC . '/class-wp-textdomain-registry.php';
require_once ABSPATH . WPINC . '/formatting.php';
require_once ABSPATH . WPINC . '/kses.php';
require_once ABSPATH . WPINC . '/shortcodes.php';
require_once ABSPATH . WPINC . '/option.php';
require_once ABSPATH . WPINC . '/link-template.php';
require_once ABSPATH . WPINC . '/http.php';
require_once ABSPATH . WPINC . '/class-wp-dependency.php';
require_once ABSPATH . WPINC . '/class-wp-dependencies.php';
require_once ABSPATH . WPINC . '/class-wp-scripts.php';
require_once ABSPATH . WPINC . '/functions.wp-scripts.php';
require_once ABSPATH . WPINC . '/class-wp-block-type.php';
require_once ABSPATH . WPINC . '/class-wp-block-type-registry.php';
require_once ABSPATH . WPINC . '/class-wp-block-supports.php';
require_once ABSPATH . WPINC . '/class-wp-block-parser.php';
require_once ABSPATH . WPINC . '/class-wp-block.php';
require_once ABSPATH . WPINC . '/class-wp-block-list.php';
require_once ABSPATH . WPINC . '/blocks.php';
require_once ABSPATH . WPINC . '/rest-api.php';
require_once ABSPATH . WPINC . '/class-wp-post.php';
require_once ABSPATH . WPINC . '/theme.php';
require_once ABSPATH . WPINC . '/general-template.php';

wp_cache_init();
$GLOBALS['locale']                 = 'en_US';
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
$GLOBALS['wp_plugin_paths']        = array();

/**
 * Options live in the object cache, which get_option() reads before the database: every option
 * set here is in `alloptions`, every other name the tests read is in `notoptions`.
 */
function metropolis_test_set_option( $name, $value ) {
	$all          = wp_cache_get( 'alloptions', 'options' ) ?: array();
	$all[ $name ] = $value;
	wp_cache_set( 'alloptions', $all, 'options' );
	$not = wp_cache_get( 'notoptions', 'options' ) ?: array();
	unset( $not[ $name ] );
	wp_cache_set( 'notoptions', $not, 'options' );
}
/** Forgets an option: get_option() then returns its default. */
function metropolis_test_delete_option( $name ) {
	$all = wp_cache_get( 'alloptions', 'options' ) ?: array();
	unset( $all[ $name ] );
	wp_cache_set( 'alloptions', $all, 'options' );
	$not          = wp_cache_get( 'notoptions', 'options' ) ?: array();
	$not[ $name ] = true;
	wp_cache_set( 'notoptions', $not, 'options' );
}
metropolis_test_set_option( 'siteurl', 'https://site.example' );
metropolis_test_set_option( 'home', 'https://site.example' );
foreach ( array( 'metropolis_training_settings', 'WPLANG', 'blog_charset', 'use_smilies' ) as $metropolis_test_unset ) {
	metropolis_test_delete_option( $metropolis_test_unset );
}

/** The admin's settings API (add_settings_section, do_settings_sections), for admin_init. */
function metropolis_test_load_admin() {
	require_once ABSPATH . WPINC . '/class-wp-walker.php';
	require_once ABSPATH . 'wp-admin/includes/template.php';
}
