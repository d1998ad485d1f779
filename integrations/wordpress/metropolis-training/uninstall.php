<?php
/**
 * Deleting the plugin deletes its settings, on every site of a network.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $metropolis_training_site ) {
		switch_to_blog( $metropolis_training_site );
		delete_option( 'metropolis_training_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'metropolis_training_settings' );
}
