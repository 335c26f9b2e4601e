<?php

declare(strict_types=1);

use DefusInfo\Typo3\Card\Build;
use DefusInfo\Typo3\Preview\CardPreviewRenderer;
use TYPO3\CMS\Core\Utility\ExtensionManagementUtility;

defined('TYPO3') or die();

(static function (): void {
    $ll = 'LLL:EXT:defus_info/Resources/Private/Language/locallang.xlf:';

    $languages = [['label' => $ll . 'langPage', 'value' => '']];
    foreach (Build::languages() as $code => $name) {
        $languages[] = ['label' => $name, 'value' => $code];
    }
    $headingLevels = [];
    foreach ([1, 2, 3, 4, 5, 6] as $level) {
        $headingLevels[] = ['label' => 'H' . $level, 'value' => $level];
    }

    ExtensionManagementUtility::addTCAcolumns('tt_content', [
        'tx_defusinfo_lang' => [
            'label' => $ll . 'lang',
            'description' => $ll . 'lang.description',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => $languages,
                'default' => '',
            ],
        ],
        'tx_defusinfo_variant' => [
            'label' => $ll . 'variant',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => [
                    ['label' => $ll . 'variantCard', 'value' => 'card'],
                    ['label' => $ll . 'variantCompact', 'value' => 'compact'],
                ],
                'default' => 'card',
            ],
        ],
        'tx_defusinfo_theme' => [
            'label' => $ll . 'theme',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => [
                    ['label' => $ll . 'themeLight', 'value' => 'light'],
                    ['label' => $ll . 'themeDark', 'value' => 'dark'],
                    ['label' => $ll . 'themeAuto', 'value' => 'auto'],
                ],
                'default' => 'light',
            ],
        ],
        'tx_defusinfo_heading_level' => [
            'label' => $ll . 'headingLevel',
            'description' => $ll . 'headingLevel.description',
            'config' => [
                'type' => 'select',
                'renderType' => 'selectSingle',
                'items' => $headingLevels,
                'default' => 2,
            ],
        ],
        'tx_defusinfo_src' => [
            'label' => $ll . 'configUrl',
            'description' => $ll . 'configUrl.description',
            'config' => [
                'type' => 'input',
                'size' => 50,
                'max' => 2048,
                'eval' => 'trim',
                'placeholder' => 'https://',
                'default' => '',
            ],
        ],
        // A column of its own, not bodytext: core prefixes bodytext with "[Translate to …:]" when an
        // element is translated, which would break the JSON.
        'tx_defusinfo_config' => [
            'label' => $ll . 'configJson',
            'description' => $ll . 'configJson.description',
            'config' => [
                'type' => 'text',
                'renderType' => 'codeEditor',
                'format' => 'json',
                'rows' => 12,
                'default' => '',
            ],
        ],
    ]);

    ExtensionManagementUtility::addRecordType(
        [
            'label' => $ll . 'element',
            'description' => $ll . 'element.description',
            'value' => 'defusinfo_card',
            'icon' => 'defusinfo-card',
            'group' => 'special',
        ],
        '
            --palette--;;general,
            tx_defusinfo_lang,
            --palette--;' . $ll . 'palette.display;defusinfo_display,
            --div--;' . $ll . 'tab.ownCard,
                tx_defusinfo_src,
                tx_defusinfo_config,
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:appearance,
                --palette--;;frames,
                --palette--;;appearanceLinks,
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:language,
                --palette--;;language,
            --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:access,
                --palette--;;hidden,
                --palette--;;access,
        ',
        [
            'previewRenderer' => CardPreviewRenderer::class,
        ]
    );

    $GLOBALS['TCA']['tt_content']['palettes']['defusinfo_display'] = [
        'showitem' => 'tx_defusinfo_variant, tx_defusinfo_theme, tx_defusinfo_heading_level',
    ];
})();
