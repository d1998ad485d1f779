<?php
/**
 * The four elements, the attributes each declares, and the div mount that carries them.
 *
 * @package metropolis-training
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each element's declared attributes and their kinds, copied from the elements package's
 * custom-elements.json (a test compares the two, so they cannot drift). The bundle's mount
 * copies only declared attributes anyway; printing only these keeps the page honest.
 *
 * Kinds: 'url' (http/https or relative only), 'bool' (present or absent), 'text'.
 *
 * @return array<string, array<string, string>> data-metropolis value => attribute => kind.
 */
function metropolis_training_elements() {
	return array(
		'course-list'      => array(
			'api'           => 'url',
			'catalog'       => 'url',
			'themes'        => 'text',
			'formats'       => 'text',
			'providers'     => 'text',
			'languages'     => 'text',
			'status'        => 'text',
			'query'         => 'text',
			'show-past'     => 'bool',
			'sync-url'      => 'bool',
			'now'           => 'text',
			'apply-href'    => 'url',
			'privacy-href'  => 'url',
			'save-draft'    => 'bool',
			'page-size'     => 'text',
			'heading-level' => 'text',
			'hide-filters'  => 'bool',
		),
		'course-detail'    => array(
			'edition'       => 'text',
			'api'           => 'url',
			'catalog'       => 'url',
			'now'           => 'text',
			'apply-href'    => 'url',
			'privacy-href'  => 'url',
			'save-draft'    => 'bool',
			'heading-level' => 'text',
		),
		'application-form' => array(
			'api'           => 'url',
			'catalog'       => 'url',
			'edition'       => 'text',
			'now'           => 'text',
			'privacy-href'  => 'url',
			'save-draft'    => 'bool',
			'heading-level' => 'text',
		),
		'fee-calculator'   => array(
			'api'               => 'url',
			'catalog'           => 'url',
			'edition'           => 'text',
			'start'             => 'text',
			'now'               => 'text',
			'variant'           => 'text',
			'membership'        => 'text',
			'country'           => 'text',
			'participants'      => 'text',
			'registration-date' => 'text',
			'apply-href'        => 'url',
		),
	);
}

/**
 * Attributes of the div the mount keeps as they are on the element (not data-*): the
 * language and direction, and hooks for the theme's CSS.
 */
function metropolis_training_kept_attributes() {
	return array( 'lang', 'dir', 'class', 'id' );
}

/** The languages the elements speak, for the settings page's default. */
function metropolis_training_languages() {
	return array(
		'en' => 'English',
		'fr' => 'Français',
		'es' => 'Español',
		'ar' => 'العربية',
	);
}

/**
 * A URL for an attribute, http(s) or relative only; '' when it is anything else
 * (javascript:, data:, …). esc_url() removes braces, so the `{lang}` placeholder of a
 * per-language catalog (`catalog.{lang}.json`) goes through it percent-encoded and comes back.
 *
 * @param string $url What an editor or administrator wrote.
 * @return string The escaped URL, ready for an attribute, or ''.
 */
function metropolis_training_esc_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	$encoded = str_replace( '{lang}', '%7Blang%7D', $url );
	$escaped = esc_url( $encoded, array( 'http', 'https' ) );
	if ( '' === $escaped ) {
		return '';
	}
	return str_replace( '%7Blang%7D', '{lang}', $escaped );
}

/**
 * Normalizes what a shortcode or a block gives: names lower-cased with `_` and camelCase turned
 * into `-` (`apply_href`, `applyHref` → `apply-href`), flags given bare (`[… show-past]`) made
 * true.
 *
 * @param array<int|string, mixed> $given Shortcode or block attributes.
 * @return array<string, mixed>
 */
function metropolis_training_normalize_attributes( $given ) {
	$normalized = array();
	foreach ( (array) $given as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word in a shortcode: a flag.
			$name  = (string) $value;
			$value = true;
		}
		$name                = strtolower( str_replace( '_', '-', preg_replace( '/(?<=[a-z])([A-Z])/', '-$1', (string) $name ) ) );
		$normalized[ $name ] = $value;
	}
	return $normalized;
}

/** Whether a flag's value means "on": true, 1, "true", "yes", "on", or "" (written bare). */
function metropolis_training_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * The settings' source and language, for an element whose attributes give none: a shortcode
 * without `api` or `catalog` reads the site's.
 *
 * @param array<string, mixed> $attributes Normalized attributes.
 * @return array<string, mixed>
 */
function metropolis_training_with_defaults( $attributes ) {
	$settings = metropolis_training_settings();
	if ( empty( $attributes['api'] ) && empty( $attributes['catalog'] ) ) {
		if ( '' !== $settings['api'] ) {
			$attributes['api'] = $settings['api'];
		} elseif ( '' !== $settings['catalog'] ) {
			$attributes['catalog'] = $settings['catalog'];
		}
	}
	if ( empty( $attributes['lang'] ) && '' !== $settings['lang'] ) {
		$attributes['lang'] = $settings['lang'];
	}
	return $attributes;
}

/**
 * The div mount of one element: `<div data-metropolis="course-list" data-…>` with only the
 * attributes that element declares, each escaped, and a link to the training offer inside for
 * visitors without JavaScript. The bundle turns the div into the element and moves the link
 * inside it, where the element's shadow root (which has no slot) hides it: it shows once.
 *
 * @param string               $kind  A key of metropolis_training_elements().
 * @param array<int|string, mixed> $given Shortcode or block attributes.
 * @return string HTML.
 */
function metropolis_training_render( $kind, $given ) {
	$elements = metropolis_training_elements();
	if ( ! isset( $elements[ $kind ] ) ) {
		return '';
	}
	metropolis_training_enqueue_bundle();
	$attributes = metropolis_training_with_defaults( metropolis_training_normalize_attributes( $given ) );
	$html       = '<div data-metropolis="' . esc_attr( $kind ) . '"';
	foreach ( $elements[ $kind ] as $name => $type ) {
		if ( ! array_key_exists( $name, $attributes ) || null === $attributes[ $name ] || false === $attributes[ $name ] ) {
			continue;
		}
		$value = $attributes[ $name ];
		if ( 'bool' === $type ) {
			if ( metropolis_training_is_on( $value ) ) {
				$html .= ' data-' . $name;
			}
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			continue;
		}
		$value = 'url' === $type ? metropolis_training_esc_url( $value ) : esc_attr( trim( (string) $value ) );
		if ( '' !== $value ) {
			$html .= ' data-' . $name . '="' . $value . '"';
		}
	}
	foreach ( metropolis_training_kept_attributes() as $name ) {
		$value = isset( $attributes[ $name ] ) && is_scalar( $attributes[ $name ] ) ? trim( (string) $attributes[ $name ] ) : '';
		if ( 'lang' === $name && ! preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/', $value ) ) {
			continue;
		}
		if ( 'dir' === $name && ! in_array( $value, array( 'ltr', 'rtl', 'auto' ), true ) ) {
			continue;
		}
		if ( 'class' === $name ) {
			$value = implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $value ) ) ) );
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '>' . metropolis_training_fallback_link() . '</div>';
}

/**
 * The link shown to visitors without JavaScript (and while the bundle loads): to the page the
 * administrator named as the training offer. None when no such page is set.
 */
function metropolis_training_fallback_link() {
	$url = metropolis_training_esc_url( metropolis_training_settings()['fallback_url'] );
	if ( '' === $url ) {
		return '';
	}
	return '<p class="metropolis-training-fallback"><a href="' . $url . '">' . esc_html__( 'See the training offer', 'metropolis-training' ) . '</a></p>';
}
