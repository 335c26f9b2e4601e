<?php

declare(strict_types=1);

namespace DefusInfo\Typo3\DataProcessing;

use DefusInfo\Typo3\Card\Build;
use DefusInfo\Typo3\Card\CardOptions;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Directive;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Mutation;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationCollection;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationMode;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\PolicyRegistry;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\UriValue;
use TYPO3\CMS\Core\Site\Entity\SiteLanguage;
use TYPO3\CMS\Frontend\ContentObject\ContentObjectRenderer;
use TYPO3\CMS\Frontend\ContentObject\DataProcessorInterface;

/**
 * Gives the card's template checked values only: the options from CardOptions, the pre-rendered
 * built-in card from the release (our own files, never an editor's text) and an own JSON config
 * encoded so that nothing in it can end its <script>.
 */
final class CardProcessor implements DataProcessorInterface
{
    public function __construct(private readonly PolicyRegistry $policyRegistry) {}

    public function process(
        ContentObjectRenderer $cObj,
        array $contentObjectConfiguration,
        array $processorConfiguration,
        array $processedData
    ): array {
        $options = CardOptions::fromRecord($processedData['data'] ?? []);
        $language = $cObj->getRequest()->getAttribute('language');
        $pageLanguage = $language instanceof SiteLanguage ? $language->getLocale()->getLanguageCode() : '';

        $card = [
            'refused' => $options->refused,
            'lang' => $options->lang,
            'variant' => $options->variant,
            'theme' => $options->theme,
            'headingLevel' => $options->headingLevel,
            'src' => $options->src,
            'integrity' => Build::get('integrity'),
            'prerendered' => '',
            'json' => '',
            'fallback' => null,
            // An own card's height is not known before it is drawn: its space is kept free.
            'reserveSpace' => $options->hasOwnConfig() && $options->variant === 'card',
        ];
        if ($options->src !== '') {
            // The element fetches the config itself: the page's policy allows that one origin to be
            // fetched (kept with the cached page, as TYPO3 keeps every dynamic CSP mutation).
            $parts = parse_url($options->src);
            $origin = 'https://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
            $this->policyRegistry->appendMutationCollection(
                new MutationCollection(new Mutation(MutationMode::Extend, Directive::ConnectSrc, new UriValue($origin)))
            );
        } elseif ($options->config !== null) {
            // JSON_HEX_TAG writes < and > as \u003C and \u003E: no "</script" or "<!--" can appear.
            $card['json'] = (string)json_encode(
                $options->config,
                JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PARTIAL_OUTPUT_ON_ERROR
            );
            $card['fallback'] = $this->fallbackLink($options->config, $options->lang !== '' ? $options->lang : $pageLanguage);
        } elseif (!$options->refused) {
            $card['prerendered'] = $this->prerendered($options, $pageLanguage);
        }
        $processedData[$processorConfiguration['as'] ?? 'card'] = $card;
        return $processedData;
    }

    /** The built-in card as the release drew it for these options (declarative shadow DOM). */
    private function prerendered(CardOptions $options, string $pageLanguage): string
    {
        // Every part of the name is one of a fixed set of values, checked by CardOptions.
        $file = sprintf(
            '%s/Resources/Private/Prerendered/%s-%s-%s-h%d.html',
            dirname(__DIR__, 2),
            $options->builtinLanguage($pageLanguage),
            $options->variant,
            $options->theme,
            $options->headingLevel
        );
        $html = is_readable($file) ? file_get_contents($file) : false;
        return $html === false ? '' : $html;
    }

    /** @return array{href: string, text: string}|null the link readers see before the module runs */
    private function fallbackLink(\stdClass $config, string $lang): ?array
    {
        $defaultLang = is_string($config->defaultLang ?? null) ? $config->defaultLang : '';
        $name = $this->text($config->name ?? null, $lang, $defaultLang);
        foreach (is_array($config->links ?? null) ? $config->links : [] as $link) {
            $href = $link instanceof \stdClass && is_string($link->href ?? null) ? $link->href : '';
            if ($name !== '' && preg_match('#^https?://[^\s"\'<>]+$#i', $href)) {
                return ['href' => $href, 'text' => $name];
            }
        }
        return null;
    }

    /** A config text: a string, or strings by language. */
    private function text(mixed $text, string $lang, string $defaultLang): string
    {
        if (is_string($text)) {
            return $text;
        }
        if (!$text instanceof \stdClass) {
            return '';
        }
        $text = get_object_vars($text);
        $base = strtolower(explode('-', $lang)[0]);
        foreach ([$base, $defaultLang] as $key) {
            if (is_string($text[$key] ?? null)) {
                return $text[$key];
            }
        }
        foreach ($text as $value) {
            if (is_string($value)) {
                return $value;
            }
        }
        return '';
    }
}
