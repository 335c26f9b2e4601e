<?php

declare(strict_types=1);

namespace DefusInfo\Typo3\Preview;

use DefusInfo\Typo3\Card\Build;
use DefusInfo\Typo3\Card\CardOptions;
use TYPO3\CMS\Backend\Preview\StandardContentPreviewRenderer;
use TYPO3\CMS\Backend\View\BackendLayout\Grid\GridColumnItem;

/**
 * The Page module's preview: which card (the built-in one, a config file or an own JSON config
 * with its forum's name) and its options, in the editor's language, as the page will use them.
 */
final class CardPreviewRenderer extends StandardContentPreviewRenderer
{
    private const LL = 'LLL:EXT:defus_info/Resources/Private/Language/locallang.xlf:';

    public function renderPageModulePreviewContent(GridColumnItem $item): string
    {
        $options = CardOptions::fromRecord($item->getRecord());
        $label = fn(string $key): string => $this->getLanguageService()->sL(self::LL . $key);

        if ($options->refused) {
            $card = $label('preview.refused');
        } elseif ($options->src !== '') {
            $card = $label('ownCard') . ' (' . $label('configFile') . ': ' . $options->src . ')';
        } elseif ($options->config !== null) {
            $name = $options->config->name ?? '';
            $name = $name instanceof \stdClass ? (string)(array_values(array_filter(get_object_vars($name), 'is_string'))[0] ?? '') : (is_string($name) ? $name : '');
            $card = $label('ownCard') . ($name !== '' ? ': ' . $name : '');
        } else {
            $card = $label('builtin');
        }
        $rows = [
            [$label('element'), $card],
            [$label('lang'), $options->lang === '' ? $label('langPage') : Build::languages()[$options->lang]],
            [$label('variant'), $label($options->variant === 'card' ? 'variantCard' : 'variantCompact')],
            [$label('theme'), $label('theme' . ucfirst($options->theme))],
            [$label('headingLevel'), 'H' . $options->headingLevel],
        ];
        $html = '<table class="table table-sm mb-0 defusinfo-preview"><tbody>';
        foreach ($rows as [$name, $value]) {
            $html .= '<tr><th scope="row">' . htmlspecialchars($name) . '</th><td>' . htmlspecialchars($value) . '</td></tr>';
        }
        $html .= '</tbody></table>';
        return $this->linkEditContent($html, $item->getRecord());
    }
}
