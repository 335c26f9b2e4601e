<?php

declare(strict_types=1);

namespace DefusInfo\Typo3\Card;

/**
 * What `npm run release:typo3` wrote into the extension: the module's version and integrity hash,
 * the built-in card's languages and the CSP hash of its pre-rendered style sheet.
 */
final class Build
{
    private static ?array $values = null;

    public static function get(string $key): mixed
    {
        self::$values ??= require dirname(__DIR__, 2) . '/Resources/Private/Build/build.php';
        return self::$values[$key];
    }

    /** @return array<string, string> the built-in card's languages: code => the language's own name */
    public static function languages(): array
    {
        return self::get('languages');
    }
}
