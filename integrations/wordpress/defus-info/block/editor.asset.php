<?php
/**
 * The editor script's dependencies (WordPress's own globals; the script needs no build step).
 *
 * @package DefusInfo
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
