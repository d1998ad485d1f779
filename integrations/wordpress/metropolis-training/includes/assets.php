<?php
/**
 * The elements' bundle, on the pages that use an element only.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_enqueue_scripts', 'metropolis_training_enqueue_for_queried_post' );
add_filter( 'script_loader_tag', 'metropolis_training_script_crossorigin', 10, 2 );

/**
 * Loads the classic script with CORS (`crossorigin="anonymous"`): it loads the form and the
 * calculator beside it with import(), which browsers refuse to a script from another site fetched
 * without CORS ("import() is called from a CORS-cross-origin script" in Chromium). The server's
 * /elements/ answers CORS requests from any site, and a same-site bundle needs nothing more.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle Its handle.
 * @return string
 */
function metropolis_training_script_crossorigin( $tag, $handle ) {
	if ( 'metropolis-training' !== $handle || false !== strpos( $tag, ' crossorigin' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?=[^>]*\bsrc=)/', '<script crossorigin="anonymous"', $tag, 1 );
}

/**
 * Enqueues the bundle once: the ES module `metropolis-training.js` where WordPress has script
 * modules (6.5+) and the setting allows it, else the classic script `metropolis-training.iife.js`
 * (in the footer). Both mount every `div[data-metropolis]`. Called while a shortcode or block
 * renders, which is early enough: the footer prints both kinds (and block themes render
 * content before the head).
 *
 * @return string '' when nothing was enqueued (no bundle URL), else 'module' or 'classic'.
 */
function metropolis_training_enqueue_bundle() {
	$base = metropolis_training_bundle_base();
	if ( '' === $base ) {
		return '';
	}
	if ( 'module' === metropolis_training_settings()['loader'] && function_exists( 'wp_enqueue_script_module' ) ) {
		// A version of null: no ?ver= query; the server sends its own cache headers.
		wp_enqueue_script_module( 'metropolis-training', $base . 'metropolis-training.js', array(), null );
		return 'module';
	}
	wp_enqueue_script( 'metropolis-training', $base . 'metropolis-training.iife.js', array(), null, true );
	return 'classic';
}

/**
 * On a single post or page whose content has one of our shortcodes or blocks, enqueues the
 * bundle before the head is printed, so a module can be preloaded there; other pages get it
 * when an element renders (widgets, archives).
 */
function metropolis_training_enqueue_for_queried_post() {
	$post = get_queried_object();
	if ( ! ( $post instanceof WP_Post ) ) {
		return;
	}
	foreach ( array_keys( metropolis_training_elements() ) as $kind ) {
		if ( has_shortcode( $post->post_content, 'metropolis_' . str_replace( '-', '_', $kind ) ) || has_block( 'metropolis-training/' . $kind, $post ) ) {
			metropolis_training_enqueue_bundle();
			return;
		}
	}
}
