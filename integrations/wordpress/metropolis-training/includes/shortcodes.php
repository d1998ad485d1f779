<?php
/**
 * Shortcodes: [metropolis_course_list], [metropolis_course_detail], [metropolis_application_form]
 * and [metropolis_fee_calculator]. Plain text in the post, so they survive kses: any Author or
 * Contributor can place an element.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'metropolis_training_register_shortcodes' );

/** One shortcode per element: metropolis_ and the element's name with underscores. */
function metropolis_training_register_shortcodes() {
	foreach ( array_keys( metropolis_training_elements() ) as $kind ) {
		add_shortcode(
			'metropolis_' . str_replace( '-', '_', $kind ),
			static function ( $attributes ) use ( $kind ) {
				return metropolis_training_render( $kind, is_array( $attributes ) ? $attributes : array() );
			}
		);
	}
}
