<?php
/**
 * Plugin Name:       Metropolis Training
 * Description:       Places the Metropolis Training course list, course page, application form and fee calculator in posts and pages, with shortcodes or blocks.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Metropolis Training contributors
 * License:           MIT
 * Text Domain:       metropolis-training
 * Domain Path:       /languages
 */

defined( 'ABSPATH' ) || exit;

define( 'METROPOLIS_TRAINING_VERSION', '0.1.0' );
define( 'METROPOLIS_TRAINING_FILE', __FILE__ );
define( 'METROPOLIS_TRAINING_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'metropolis_training_load_textdomain' );

/** Translations of the settings page and the blocks' labels, from the plugin's languages folder. */
function metropolis_training_load_textdomain() {
	load_plugin_textdomain( 'metropolis-training', false, dirname( plugin_basename( METROPOLIS_TRAINING_FILE ) ) . '/languages' );
}
