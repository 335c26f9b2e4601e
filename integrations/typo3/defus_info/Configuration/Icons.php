<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Imaging\IconProvider\SvgIconProvider;

return [
    'defusinfo-card' => [
        'provider' => SvgIconProvider::class,
        'source' => 'EXT:defus_info/Resources/Public/Icons/defus-card.svg',
    ],
];
