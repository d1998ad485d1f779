<?php
/**
 * The settings page (Settings → Metropolis Training): where the bundle and the catalog come
 * from, the default language, and the link for visitors without JavaScript.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;

const METROPOLIS_TRAINING_OPTION = 'metropolis_training_settings';

add_action( 'admin_init', 'metropolis_training_register_settings' );
add_action( 'admin_menu', 'metropolis_training_add_settings_page' );

/** What an unset option reads as. */
function metropolis_training_default_settings() {
	return array(
		'bundle_url'   => '',
		'api'          => '',
		'catalog'      => '',
		'lang'         => '',
		'loader'       => 'module',
		'fallback_url' => '',
	);
}

/**
 * The saved settings, each key present.
 *
 * @return array<string, string>
 */
function metropolis_training_settings() {
	$saved = get_option( METROPOLIS_TRAINING_OPTION, array() );
	return array_merge( metropolis_training_default_settings(), is_array( $saved ) ? array_intersect_key( $saved, metropolis_training_default_settings() ) : array() );
}

/**
 * The folder of the bundles, ending in `/`: the setting, else the reference server's
 * `/elements/` beside the API (or beside the catalog file), else ''.
 */
function metropolis_training_bundle_base() {
	$settings = metropolis_training_settings();
	$base     = $settings['bundle_url'];
	if ( '' === $base && '' !== $settings['api'] ) {
		$base = untrailingslashit( $settings['api'] ) . '/elements/';
	}
	if ( '' === $base && '' !== $settings['catalog'] ) {
		$parts = wp_parse_url( $settings['catalog'] );
		if ( ! empty( $parts['scheme'] ) && ! empty( $parts['host'] ) ) {
			$base = $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) . '/elements/';
		}
	}
	return '' === $base ? '' : trailingslashit( $base );
}

/**
 * Cleans what the settings form sends: URLs http(s) only (else empty), a language among the
 * elements' own (else the site's), the loader `module` or `classic`.
 *
 * @param mixed $input The submitted array.
 * @return array<string, string>
 */
function metropolis_training_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = metropolis_training_default_settings();
	foreach ( array( 'bundle_url', 'api', 'catalog', 'fallback_url' ) as $key ) {
		$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		// Absolute URLs only: the bundle, the API and the catalog are on another server.
		if ( '' !== $value && preg_match( '#^https?://#i', $value ) ) {
			$encoded       = str_replace( '{lang}', '%7Blang%7D', $value );
			$clean[ $key ] = str_replace( '%7Blang%7D', '{lang}', esc_url_raw( $encoded, array( 'http', 'https' ) ) );
		}
	}
	$lang          = isset( $input['lang'] ) && is_string( $input['lang'] ) ? $input['lang'] : '';
	$clean['lang'] = array_key_exists( $lang, metropolis_training_languages() ) ? $lang : '';
	$clean['loader'] = isset( $input['loader'] ) && 'classic' === $input['loader'] ? 'classic' : 'module';
	return $clean;
}

/** Registers the option, its sanitizer and the page's fields. */
function metropolis_training_register_settings() {
	register_setting(
		'metropolis_training',
		METROPOLIS_TRAINING_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'metropolis_training_sanitize_settings',
			'default'           => metropolis_training_default_settings(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'metropolis_training_source', __( 'Where the elements come from', 'metropolis-training' ), '__return_null', 'metropolis-training' );
	$fields = array(
		'api'          => array( __( 'API URL', 'metropolis-training' ), __( 'A Metropolis Training server, e.g. https://training.example.org. Elements without their own api or catalog attribute read it.', 'metropolis-training' ) ),
		'catalog'      => array( __( 'Catalog URL', 'metropolis-training' ), __( 'Instead of the API: a catalog file, e.g. https://cdn.example.org/catalog.{lang}.json ({lang} becomes the page language).', 'metropolis-training' ) ),
		'bundle_url'   => array( __( 'Bundle URL', 'metropolis-training' ), __( 'The folder holding metropolis-training.js and metropolis-training.iife.js. Empty: the /elements/ folder of the API server (or of the catalog\'s server).', 'metropolis-training' ) ),
		'fallback_url' => array( __( 'Training offer page', 'metropolis-training' ), __( 'Visitors without JavaScript see a link to this page in place of each element. Empty: no link.', 'metropolis-training' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'metropolis_training_' . $key,
			$field[0],
			'metropolis_training_url_field',
			'metropolis-training',
			'metropolis_training_source',
			array(
				'key'         => $key,
				'description' => $field[1],
				'label_for'   => 'metropolis_training_' . $key,
			)
		);
	}
	add_settings_field( 'metropolis_training_lang', __( 'Default language', 'metropolis-training' ), 'metropolis_training_lang_field', 'metropolis-training', 'metropolis_training_source', array( 'label_for' => 'metropolis_training_lang' ) );
	add_settings_field( 'metropolis_training_loader', __( 'Script', 'metropolis-training' ), 'metropolis_training_loader_field', 'metropolis-training', 'metropolis_training_source', array( 'label_for' => 'metropolis_training_loader' ) );
}

/**
 * One URL input.
 *
 * @param array{key: string, description: string} $args Which setting.
 */
function metropolis_training_url_field( $args ) {
	$value = metropolis_training_settings()[ $args['key'] ];
	printf(
		'<input type="url" class="regular-text code" id="metropolis_training_%1$s" name="%2$s[%1$s]" value="%3$s"><p class="description">%4$s</p>',
		esc_attr( $args['key'] ),
		esc_attr( METROPOLIS_TRAINING_OPTION ),
		esc_attr( $value ),
		esc_html( $args['description'] )
	);
}

/** The default language: the site's, or one of the elements' four. */
function metropolis_training_lang_field() {
	$current = metropolis_training_settings()['lang'];
	echo '<select id="metropolis_training_lang" name="' . esc_attr( METROPOLIS_TRAINING_OPTION ) . '[lang]">';
	echo '<option value="">' . esc_html__( 'The page\'s language', 'metropolis-training' ) . '</option>';
	foreach ( metropolis_training_languages() as $code => $name ) {
		echo '<option value="' . esc_attr( $code ) . '"' . selected( $current, $code, false ) . ' lang="' . esc_attr( $code ) . '">' . esc_html( $name ) . '</option>';
	}
	echo '</select><p class="description">' . esc_html__( 'Elements follow the page\'s language unless a language is chosen here or given to the element (lang="fr").', 'metropolis-training' ) . '</p>';
}

/** ES module (WordPress 6.5+) or the classic script. */
function metropolis_training_loader_field() {
	$current = metropolis_training_settings()['loader'];
	echo '<select id="metropolis_training_loader" name="' . esc_attr( METROPOLIS_TRAINING_OPTION ) . '[loader]">';
	echo '<option value="module"' . selected( $current, 'module', false ) . '>' . esc_html__( 'ES module (metropolis-training.js), on WordPress 6.5 and later', 'metropolis-training' ) . '</option>';
	echo '<option value="classic"' . selected( $current, 'classic', false ) . '>' . esc_html__( 'Classic script (metropolis-training.iife.js)', 'metropolis-training' ) . '</option>';
	echo '</select><p class="description">' . esc_html__( 'Before WordPress 6.5, or when a caching or optimization plugin mishandles modules, the classic script is used.', 'metropolis-training' ) . '</p>';
}

/** Settings → Metropolis Training. */
function metropolis_training_add_settings_page() {
	add_options_page( __( 'Metropolis Training', 'metropolis-training' ), __( 'Metropolis Training', 'metropolis-training' ), 'manage_options', 'metropolis-training', 'metropolis_training_render_settings_page' );
}

/** The page itself, through the Settings API (nonce and capability checks included). */
function metropolis_training_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Any author can then place an element with a shortcode, such as [metropolis_course_list themes="water"], or with the Metropolis Training blocks.', 'metropolis-training' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'metropolis_training' );
	do_settings_sections( 'metropolis-training' );
	submit_button();
	echo '</form></div>';
}
