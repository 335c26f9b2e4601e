<?php
/**
 * Plugin Name:       DEFUS info card
 * Description:       The summary card of DEFUS (or of another Efus national forum, from your own config) as a block and as the [defus_info] shortcode, drawn on the server so that every role that writes posts can insert it.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            defus-info contributors
 * License:           EUPL-1.2
 * License URI:       https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       defus-info
 * Domain Path:       /languages
 *
 * @package DefusInfo
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** What `npm run release:wordpress` wrote beside this file: the module's version, hash and the card's languages. */
function defus_info_build(): array {
	static $build = null;
	if ( null === $build ) {
		$build = require __DIR__ . '/build.php';
	}
	return $build;
}

/** The plugin's text domain, the module, the block and the shortcode. */
function defus_info_init(): void {
	load_plugin_textdomain( 'defus-info', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	$build = defus_info_build();
	wp_register_script( 'defus-info', plugins_url( 'assets/defus-info.js', __FILE__ ), array(), $build['version'], true );

	register_block_type_from_metadata(
		__DIR__ . '/block',
		array( 'render_callback' => 'defus_info_render_block' )
	);
	$editor_handle = generate_block_asset_handle( 'defus-info/card', 'editorScript' );
	wp_set_script_translations( $editor_handle, 'defus-info', __DIR__ . '/languages' );
	wp_add_inline_script(
		$editor_handle,
		'window.defusInfoBlock = ' . wp_json_encode(
			array(
				'langs'       => $build['langs'],
				'defaultLang' => $build['defaultLang'],
			),
			JSON_HEX_TAG | JSON_HEX_AMP
		) . ';',
		'before'
	);

	add_shortcode( 'defus_info', 'defus_info_shortcode' );
}
add_action( 'init', 'defus_info_init' );

/** The module as a module script, with its Subresource Integrity hash. */
function defus_info_script_tag( string $tag, string $handle, string $src ): string {
	if ( 'defus-info' !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n",
		esc_url( $src ),
		esc_attr( defus_info_build()['integrity'] )
	);
}
add_filter( 'script_loader_tag', 'defus_info_script_tag', 10, 3 );

/** The block editor draws the real card as the block's preview, so it needs the module too. */
function defus_info_editor_assets(): void {
	wp_enqueue_script( 'defus-info' );
}
add_action( 'enqueue_block_editor_assets', 'defus_info_editor_assets' );

/** Keeps wptexturize off a shortcode's JSON config (no curly quotes in JSON). */
function defus_info_no_texturize( array $shortcodes ): array {
	$shortcodes[] = 'defus_info';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'defus_info_no_texturize' );

/**
 * The options as the card accepts them. Anything else becomes the default, so nothing an author
 * typed reaches the page unless it is one of these values.
 *
 * @param array $options lang, variant, theme, headingLevel, src, config (JSON text), as saved.
 */
function defus_info_clean_options( array $options ): array {
	$lang = is_string( $options['lang'] ?? null ) ? trim( $options['lang'] ) : '';
	if ( ! preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/', $lang ) ) {
		$lang = '';
	}
	$variant = in_array( $options['variant'] ?? null, array( 'card', 'compact' ), true ) ? $options['variant'] : 'card';
	$theme   = in_array( $options['theme'] ?? null, array( 'light', 'dark', 'auto' ), true ) ? $options['theme'] : 'light';
	$level   = filter_var( $options['headingLevel'] ?? 2, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1, 'max_range' => 6 ) ) );
	$level   = false === $level ? 2 : $level;

	$src = is_string( $options['src'] ?? null ) ? trim( $options['src'] ) : '';
	if ( '' !== $src ) {
		$src = esc_url_raw( $src, array( 'https', 'http' ) );
		$parts = wp_parse_url( $src );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) || ! in_array( $parts['scheme'] ?? '', array( 'https', 'http' ), true ) ) {
			$src = '';
		}
	}

	$config = null;
	if ( is_string( $options['config'] ?? null ) && '' !== trim( $options['config'] ) ) {
		$decoded = json_decode( $options['config'], true, 64 );
		if ( is_array( $decoded ) && ! array_is_list( $decoded ) ) {
			$config = $decoded;
		}
	}

	return array(
		'lang'         => $lang,
		'variant'      => $variant,
		'theme'        => $theme,
		'headingLevel' => $level,
		'src'          => $src,
		'config'       => $config,
	);
}

/** The page's language as `<html lang>` says it (`de-DE`). */
function defus_info_page_lang(): string {
	return (string) get_bloginfo( 'language' );
}

/**
 * The card pre-rendered at release time (declarative shadow DOM), for the built-in card in one of
 * its languages; '' when there is none (an own config, or a language the card does not have).
 */
function defus_info_prerendered( array $options ): string {
	if ( null !== $options['config'] || '' !== $options['src'] ) {
		return '';
	}
	$build = defus_info_build();
	$lang  = '' === $options['lang'] ? defus_info_page_lang() : $options['lang'];
	$base  = strtolower( explode( '-', $lang )[0] );
	if ( ! in_array( $base, $build['langs'], true ) ) {
		return '';
	}
	// Every part of the name is one of a fixed set of values, checked above.
	$file = sprintf( '%s/prerendered/%s-%s-%s-h%d.html', __DIR__, $base, $options['variant'], $options['theme'], $options['headingLevel'] );
	$html = is_readable( $file ) ? file_get_contents( $file ) : false;
	return false === $html ? '' : $html;
}

/** A text in a config: a string, or strings by language. */
function defus_info_config_text( $text, string $lang, string $default_lang ): string {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( ! is_array( $text ) ) {
		return '';
	}
	$base = strtolower( explode( '-', $lang )[0] );
	foreach ( array( $base, $default_lang ) as $key ) {
		if ( isset( $text[ $key ] ) && is_string( $text[ $key ] ) ) {
			return $text[ $key ];
		}
	}
	foreach ( $text as $value ) {
		if ( is_string( $value ) ) {
			return $value;
		}
	}
	return '';
}

/** The link readers see before the module runs or without JavaScript, for an own JSON config. */
function defus_info_fallback_link( array $config, string $lang ): string {
	$default_lang = is_string( $config['defaultLang'] ?? null ) ? $config['defaultLang'] : '';
	$name         = defus_info_config_text( $config['name'] ?? '', $lang, $default_lang );
	$href         = '';
	foreach ( is_array( $config['links'] ?? null ) ? $config['links'] : array() as $link ) {
		$candidate = is_array( $link ) && is_string( $link['href'] ?? null ) ? $link['href'] : '';
		if ( preg_match( '#^https?://#', $candidate ) ) {
			$href = $candidate;
			break;
		}
	}
	if ( '' === $name || '' === $href ) {
		return '';
	}
	return sprintf( '<a href="%s">%s</a>', esc_url( $href, array( 'https', 'http' ) ), esc_html( $name ) );
}

/**
 * The card's markup: `<defus-info>` with escaped attributes and either the pre-rendered card or the
 * config as inline JSON with a fallback link; the module is enqueued (once per page).
 *
 * @param array  $options  As saved by an author; cleaned here.
 * @param string $wrapper  The wrapper's attributes, already escaped.
 */
function defus_info_markup( array $options, string $wrapper ): string {
	$options = defus_info_clean_options( $options );
	wp_enqueue_script( 'defus-info' );

	$attributes = '';
	if ( '' !== $options['lang'] ) {
		$attributes .= sprintf( ' lang="%s"', esc_attr( $options['lang'] ) );
	}
	$attributes .= sprintf(
		' variant="%s" theme="%s" heading-level="%d"',
		esc_attr( $options['variant'] ),
		esc_attr( $options['theme'] ),
		$options['headingLevel']
	);
	if ( '' !== $options['src'] ) {
		$attributes .= sprintf( ' src="%s"', esc_url( $options['src'], array( 'https', 'http' ) ) );
	}

	$inner = defus_info_prerendered( $options );
	if ( '' === $inner && null !== $options['config'] ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: no "</script>" or "<!--" can appear.
		$json  = wp_json_encode( $options['config'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
		$lang  = '' === $options['lang'] ? defus_info_page_lang() : $options['lang'];
		$inner = false === $json ? '' : '<script type="application/json">' . $json . '</script>';
		$inner .= defus_info_fallback_link( $options['config'], $lang );
	}

	return sprintf( '<div %s><defus-info%s>%s</defus-info></div>', $wrapper, $attributes, $inner );
}

/** The block's render callback (a dynamic block: the post stores only its attributes). */
function defus_info_render_block( array $attributes ): string {
	return defus_info_markup( $attributes, get_block_wrapper_attributes() );
}

/**
 * [defus_info lang="en" variant="compact" theme="dark" heading_level="3" src="https://…"],
 * or with a JSON config as its content: [defus_info]{ … }[/defus_info].
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Its content, a JSON config.
 */
function defus_info_shortcode( $atts, $content = null ): string {
	$atts = shortcode_atts(
		array(
			'lang'          => '',
			'variant'       => 'card',
			'theme'         => 'light',
			'heading_level' => '2',
			'src'           => '',
		),
		is_array( $atts ) ? $atts : array(),
		'defus_info'
	);
	$config = '';
	if ( is_string( $content ) && '' !== trim( $content ) ) {
		// The classic editor's wpautop runs before shortcodes: undo its <p> and <br />, then entities.
		$config = preg_replace( '#</?p>|<br\s*/?>#i', '', $content );
		$config = html_entity_decode( $config, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return defus_info_markup(
		array(
			'lang'         => $atts['lang'],
			'variant'      => $atts['variant'],
			'theme'        => $atts['theme'],
			'headingLevel' => $atts['heading_level'],
			'src'          => $atts['src'],
			'config'       => $config,
		),
		'class="wp-block-defus-info-card"'
	);
}
