<?php

declare(strict_types=1);

namespace DefusInfo\Typo3\Card;

/**
 * A card's options as the page may use them. DataHandler stores whatever a request sends, so every
 * value is checked here: a choice outside its list becomes the default, a language must be one the
 * card has, a config file address must be https, a JSON config must have what the published schema
 * asks of every config at its top level.
 */
final class CardOptions
{
    public const VARIANTS = ['card', 'compact'];
    public const THEMES = ['light', 'dark', 'auto'];
    public const HEADING_LEVELS = [1, 2, 3, 4, 5, 6];
    /** The keys src/config/defus-info.schema.json requires of every config. */
    public const REQUIRED_KEYS = ['defaultLang', 'name', 'summary', 'links'];

    private function __construct(
        /** '' for the page's language */
        public readonly string $lang,
        public readonly string $variant,
        public readonly string $theme,
        public readonly int $headingLevel,
        /** '' when the card has no config file address */
        public readonly string $src,
        /** the decoded JSON config (objects as \stdClass, so {} stays {}), null when there is none */
        public readonly ?\stdClass $config,
        /**
         * An own config was given but is unusable (saved past the backend's check): the page then
         * shows no card, since a card meant for another forum must never show DEFUS.
         */
        public readonly bool $refused,
    ) {}

    /** @param array<string, mixed> $row a tt_content record */
    public static function fromRecord(array $row): self
    {
        $lang = (string)($row['tx_defusinfo_lang'] ?? '');
        $variant = (string)($row['tx_defusinfo_variant'] ?? '');
        $theme = (string)($row['tx_defusinfo_theme'] ?? '');
        $level = filter_var($row['tx_defusinfo_heading_level'] ?? null, FILTER_VALIDATE_INT);
        $src = trim((string)($row['tx_defusinfo_src'] ?? ''));
        $json = trim((string)($row['tx_defusinfo_config'] ?? ''));
        $config = $json === '' ? null : self::decodeConfig($json);
        $srcUsable = self::isConfigAddress($src);
        return new self(
            array_key_exists($lang, Build::languages()) ? $lang : '',
            in_array($variant, self::VARIANTS, true) ? $variant : 'card',
            in_array($theme, self::THEMES, true) ? $theme : 'light',
            in_array($level, self::HEADING_LEVELS, true) ? $level : 2,
            $srcUsable ? $src : '',
            $config,
            ($src !== '' && !$srcUsable) || ($json !== '' && $config === null),
        );
    }

    /** An absolute https address with a host, and nothing that would need escaping to be one. */
    public static function isConfigAddress(string $url): bool
    {
        if (!preg_match('#^https://[^\s"\'<>\\\\`]+$#i', $url)) {
            return false;
        }
        $parts = parse_url($url);
        // A plain host name or IP address: the host also goes into the page's CSP header (connect-src).
        return is_array($parts)
            && preg_match('/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i', $parts['host'] ?? '') === 1
            && !isset($parts['user'])
            && !isset($parts['pass']);
    }

    /** The config, or null when it has a problem (see configProblems()). */
    public static function decodeConfig(string $json): ?\stdClass
    {
        return self::configProblems($json) === [] ? json_decode($json, false, 64) : null;
    }

    /**
     * What keeps a JSON text from being a card's config, as far as the schema's top level tells (the
     * card checks the rest): the messages' keys in locallang.xlf, each with its sprintf() argument.
     *
     * @return list<array{0: string, 1: string}>
     */
    public static function configProblems(string $json): array
    {
        try {
            $config = json_decode($json, false, 64, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return [['error.configJson', '']];
        }
        if (!$config instanceof \stdClass) {
            return [['error.configJsonObject', '']];
        }
        $problems = [];
        $missing = array_filter(self::REQUIRED_KEYS, static fn(string $key): bool => !property_exists($config, $key));
        if ($missing !== []) {
            $problems[] = ['error.configMissing', implode(', ', $missing)];
        }
        if (isset($config->version) && $config->version !== 1) {
            $problems[] = ['error.configVersion', ''];
        }
        if (property_exists($config, 'links') && !self::linksUsable($config->links)) {
            $problems[] = ['error.configLinks', ''];
        }
        return $problems;
    }

    /** At least one link, each an object with href and label. */
    private static function linksUsable(mixed $links): bool
    {
        if (!is_array($links) || $links === []) {
            return false;
        }
        foreach ($links as $link) {
            if (!$link instanceof \stdClass || !isset($link->href, $link->label)) {
                return false;
            }
        }
        return true;
    }

    /** The card's language: its own, else the page's; a language the card has, else its default. */
    public function builtinLanguage(string $pageLanguage): string
    {
        $base = strtolower(explode('-', str_replace('_', '-', $this->lang !== '' ? $this->lang : $pageLanguage))[0]);
        return array_key_exists($base, Build::languages()) ? $base : (string)Build::get('defaultLang');
    }

    public function hasOwnConfig(): bool
    {
        return $this->src !== '' || $this->config !== null;
    }
}
