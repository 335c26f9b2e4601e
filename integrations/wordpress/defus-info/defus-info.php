<?php
/**
 * Plugin Name:       DEFUS card
 * Description:       The summary card of DEFUS (or of another Efus national forum, from your own config) as a block and as the [defus_info] shortcode, drawn on the server so that every role that writes posts can insert it.
 * Version:           0.1.0
 * Requires at least: 7.1
 * Requires PHP:      8.2
 * Author:            defus-info contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       defus-info
 * Domain Path:       /languages
 *
 * @package DefusInfo
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What `npm run release:wordpress` wrote beside this file: the module's version, hash and the card's
 * languages; null when it is missing (the plugin copied from the source folder instead of the zip).
 */
function defus_info_build(): ?array {
	static $build = false;
	if ( false === $build ) {
		$file  = __DIR__ . '/build.php';
		$build = is_readable( $file ) ? require $file : null;
		$build = is_array( $build ) ? $build : null;
	}
	return $build;
}

/** The module, the block and the shortcode; without the release's build, only a notice for administrators. */
function defus_info_init(): void {
	$build = defus_info_build();
	if ( null === $build ) {
		add_action( 'admin_notices', 'defus_info_missing_build_notice' );
		// The shortcode's text must not show on pages while the plugin cannot draw the card.
		add_shortcode( 'defus_info', '__return_empty_string' );
		return;
	}

	$module = plugins_url( 'assets/defus-info.js', __FILE__ );
	wp_register_script_module( 'defus-info', $module, array(), $build['version'] );
	// WordPress 7.1 prints no script module into the editor's canvas (an iframe that receives only the
	// classic scripts of enqueue_block_assets, core ticket #64360), so the canvas gets the same file as a
	// classic handle that defus_info_script_attributes() turns into a module.
	wp_register_script( 'defus-info-canvas', $module, array(), $build['version'], array( 'in_footer' => false ) );

	register_block_type_from_metadata(
		__DIR__ . '/block',
		array( 'render_callback' => 'defus_info_render_block' )
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'defus-info/card', 'editorScript' ),
		'window.defusInfoBlock = ' . wp_json_encode(
			array(
				'langs'       => $build['langs'],
				'defaultLang' => $build['defaultLang'],
				// The preview in the canvas must speak the page's language, which the canvas's <html> lacks.
				'pageLang'    => defus_info_site_lang(),
			),
			JSON_HEX_TAG | JSON_HEX_AMP
		) . ';',
		'before'
	);

	add_shortcode( 'defus_info', 'defus_info_shortcode' );
}
add_action( 'init', 'defus_info_init' );

/** Tells administrators why the block and the shortcode are missing, instead of a fatal error. */
function defus_info_missing_build_notice(): void {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	wp_admin_notice(
		esc_html__( 'The DEFUS card plugin is incomplete: its file build.php is missing, so the block and the shortcode show nothing. Please install the plugin from its release zip file.', 'defus-info' ),
		array( 'type' => 'error' )
	);
}

/**
 * The plugin's own translations (German for de_DE, de_DE_formal, de_AT and de_CH), found by WordPress's
 * just-in-time loading when no language pack from translate.wordpress.org is installed.
 *
 * @param string|false $path   The languages folder WordPress found, or false.
 * @param string       $domain The text domain.
 * @param string       $locale The locale.
 * @return string|false
 */
function defus_info_languages_folder( $path, $domain, $locale ) {
	if ( 'defus-info' !== $domain || false !== $path || ! is_readable( __DIR__ . "/languages/defus-info-{$locale}.mo" ) ) {
		return $path;
	}
	return __DIR__ . '/languages/';
}
add_filter( 'lang_dir_for_domain', 'defus_info_languages_folder', 10, 3 );

/**
 * The module's tag, as core builds it for the page (the script module) and for the editor's canvas:
 * a module, with its Subresource Integrity hash.
 *
 * @param array $attributes The `<script>` tag's attributes.
 */
function defus_info_script_attributes( $attributes ): array {
	$ours  = array( 'defus-info-js-module', 'defus-info-canvas-js' );
	$build = defus_info_build();
	if ( ! is_array( $attributes ) || null === $build || ! in_array( $attributes['id'] ?? null, $ours, true ) ) {
		return (array) $attributes;
	}
	$attributes['type']        = 'module';
	$attributes['integrity']   = $build['integrity'];
	$attributes['crossorigin'] = 'anonymous';
	return $attributes;
}
add_filter( 'wp_script_attributes', 'defus_info_script_attributes' );

/** The block's preview in the editor's canvas draws the real card, so the canvas needs the module. */
function defus_info_canvas_assets(): void {
	// enqueue_block_assets runs for the page around the canvas too, where the module is not needed:
	// only while WordPress collects the canvas's assets are the editor's own scripts switched off.
	if ( is_admin() && ! wp_should_load_block_editor_scripts_and_styles() ) {
		wp_enqueue_script( 'defus-info-canvas' );
	}
}
add_action( 'enqueue_block_assets', 'defus_info_canvas_assets' );

/**
 * Keeps wptexturize off a shortcode's JSON config (no curly quotes in JSON).
 *
 * @param array $shortcodes The shortcodes wptexturize leaves alone.
 */
function defus_info_no_texturize( array $shortcodes ): array {
	$shortcodes[] = 'defus_info';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'defus_info_no_texturize' );

/**
 * An absolute https URL with nothing a URL may not hold (the sidebar checks the same).
 *
 * @param string $url The address as an author typed it.
 */
function defus_info_is_https_url( string $url ): bool {
	$parts = wp_parse_url( $url );
	return 1 === preg_match( '#^https://[^\s"\'<>\\^`{|}]+$#i', $url ) && is_array( $parts ) && ! empty( $parts['host'] );
}

/**
 * Whether a decoded JSON config has what the published schema asks of every config at its top level
 * (the sidebar checks the same and names what is missing; the card checks the rest): an object with
 * defaultLang, name, summary and links, version 1 if any, and at least one link with href and label.
 *
 * @param mixed $config The decoded JSON, objects as stdClass.
 */
function defus_info_config_usable( $config ): bool {
	if ( ! $config instanceof stdClass || ( isset( $config->version ) && 1 !== $config->version ) ) {
		return false;
	}
	foreach ( array( 'defaultLang', 'name', 'summary', 'links' ) as $key ) {
		if ( ! property_exists( $config, $key ) ) {
			return false;
		}
	}
	if ( ! is_array( $config->links ) || array() === $config->links ) {
		return false;
	}
	foreach ( $config->links as $link ) {
		if ( ! $link instanceof stdClass || ! isset( $link->href, $link->label ) ) {
			return false;
		}
	}
	return true;
}

/**
 * The options as the card accepts them. An unknown lang, variant, theme or heading level becomes the
 * default; a src that is not an absolute https URL, or config text that is not a usable JSON config, is
 * refused: such a card is not drawn at all, as a card meant to show another forum must never show
 * DEFUS in its place.
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
	$level   = filter_var(
		$options['headingLevel'] ?? 2,
		FILTER_VALIDATE_INT,
		array(
			'options' => array(
				'min_range' => 1,
				'max_range' => 6,
			),
		)
	);
	$level   = false === $level ? 2 : $level;
	$refused = false;

	$src = is_string( $options['src'] ?? null ) ? trim( $options['src'] ) : '';
	if ( '' !== $src && ! defus_info_is_https_url( $src ) ) {
		$src     = '';
		$refused = true;
	}

	$config = null;
	if ( is_string( $options['config'] ?? null ) && '' !== trim( $options['config'] ) ) {
		// Decoded as objects, so that an empty object {} in it stays one when encoded again.
		$decoded = json_decode( $options['config'], false, 64 );
		if ( defus_info_config_usable( $decoded ) ) {
			$config = $decoded;
		} elseif ( '' === $src ) {
			$refused = true;
		}
	}

	return array(
		'lang'         => $lang,
		'variant'      => $variant,
		'theme'        => $theme,
		'headingLevel' => $level,
		'src'          => $src,
		'config'       => $config,
		'refused'      => $refused,
	);
}

/**
 * The language of the site's pages as their `<html lang>` says it (`de-DE`); in the admin, where
 * get_bloginfo() gives the user's language, from the site's locale.
 */
function defus_info_site_lang(): string {
	return is_admin() ? str_replace( '_', '-', get_locale() ) : (string) get_bloginfo( 'language' );
}

/**
 * The card pre-rendered at release time (declarative shadow DOM), for the built-in card in one of
 * its languages; '' when there is none (an own config, or a language the card does not have).
 *
 * @param array $options The cleaned options.
 */
function defus_info_prerendered( array $options ): string {
	if ( null !== $options['config'] || '' !== $options['src'] ) {
		return '';
	}
	$build = defus_info_build();
	$lang  = '' === $options['lang'] ? defus_info_site_lang() : $options['lang'];
	$base  = strtolower( explode( '-', $lang )[0] );
	if ( ! in_array( $base, $build['langs'], true ) ) {
		return '';
	}
	// Every part of the name is one of a fixed set of values, checked above. Each file returns its card's HTML.
	$file = sprintf( '%s/prerendered/%s-%s-%s-h%d.php', __DIR__, $base, $options['variant'], $options['theme'], $options['headingLevel'] );
	$html = is_readable( $file ) ? include $file : '';
	return is_string( $html ) ? $html : '';
}

/**
 * A text in a config: a string, or strings by language.
 *
 * @param mixed  $text         The config's value.
 * @param string $lang         The card's language.
 * @param string $default_lang The config's default language.
 */
function defus_info_config_text( $text, string $lang, string $default_lang ): string {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( ! $text instanceof stdClass ) {
		return '';
	}
	$text = get_object_vars( $text );
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

/**
 * The link readers see before the module runs or without JavaScript, for an own JSON config.
 *
 * @param stdClass $config The decoded config.
 * @param string   $lang   The card's language.
 */
function defus_info_fallback_link( stdClass $config, string $lang ): string {
	$default_lang = is_string( $config->defaultLang ?? null ) ? $config->defaultLang : '';
	$name         = defus_info_config_text( $config->name ?? '', $lang, $default_lang );
	$href         = '';
	foreach ( is_array( $config->links ?? null ) ? $config->links : array() as $link ) {
		$candidate = $link instanceof stdClass && is_string( $link->href ?? null ) ? $link->href : '';
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
 * config as inline JSON with a fallback link; the module is enqueued (once per page). Nothing for a
 * refused src or config.
 *
 * @param array  $options  As saved by an author; cleaned here.
 * @param string $wrapper  The wrapper's attributes, already escaped.
 */
function defus_info_markup( array $options, string $wrapper ): string {
	$options = defus_info_clean_options( $options );
	if ( $options['refused'] ) {
		return '';
	}
	wp_enqueue_script_module( 'defus-info' );

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
		$attributes .= sprintf( ' src="%s"', esc_url( $options['src'], array( 'https' ) ) );
	}

	$inner = defus_info_prerendered( $options );
	// A config file address takes the place of the JSON config (the card reads the address): the page
	// carries only what the card uses, as the editor's preview does.
	if ( '' === $options['src'] && null !== $options['config'] ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: no "</script>" or "<!--" can appear.
		$json   = wp_json_encode( $options['config'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
		$lang   = '' === $options['lang'] ? defus_info_site_lang() : $options['lang'];
		$inner  = false === $json ? '' : wp_get_inline_script_tag( $json, array( 'type' => 'application/json' ) );
		$inner .= defus_info_fallback_link( $options['config'], $lang );
	}

	return sprintf( '<div %s><defus-info%s>%s</defus-info></div>', $wrapper, $attributes, $inner );
}

/**
 * The block's render callback (a dynamic block: the post stores only its attributes).
 *
 * @param array $attributes The block's attributes, as saved.
 */
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
	$atts   = shortcode_atts(
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
