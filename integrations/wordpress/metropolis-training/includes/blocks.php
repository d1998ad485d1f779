<?php
/**
 * One server-rendered block per element: the editor stores its options (block.json's
 * attributes), and PHP prints the same div mount as the shortcode.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'metropolis_training_register_blocks' );

/** Registers the editor's script (plain JS, no build step), then the four blocks. */
function metropolis_training_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'metropolis-training-blocks',
		plugins_url( 'blocks/editor.js', METROPOLIS_TRAINING_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		METROPOLIS_TRAINING_VERSION,
		true
	);
	wp_set_script_translations( 'metropolis-training-blocks', 'metropolis-training', METROPOLIS_TRAINING_DIR . '/languages' );
	foreach ( array_keys( metropolis_training_elements() ) as $kind ) {
		register_block_type(
			METROPOLIS_TRAINING_DIR . '/blocks/' . $kind,
			array(
				'render_callback' => static function ( $attributes ) use ( $kind ) {
					return metropolis_training_render_block( $kind, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * A block's markup: its attributes (camelCase, defaults '' or false) become the shortcode's,
 * and the class the editor adds under Advanced goes on the div.
 *
 * @param string               $kind       The element.
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string HTML.
 */
function metropolis_training_render_block( $kind, $attributes ) {
	if ( isset( $attributes['className'] ) ) {
		$attributes['class'] = $attributes['className'];
		unset( $attributes['className'] );
	}
	return metropolis_training_render( $kind, array_filter( $attributes, static fn ( $value ) => '' !== $value && false !== $value && null !== $value ) );
}
