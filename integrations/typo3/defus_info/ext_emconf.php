<?php

$EM_CONF[$_EXTKEY] = [
    'title' => 'DEFUS card',
    'description' => 'The summary card of DEFUS, or of another Efus national forum from your own config, as a content element.',
    'category' => 'fe',
    'author' => 'defus-info contributors',
    'state' => 'beta',
    'version' => '0.1.0',
    'constraints' => [
        'depends' => [
            'php' => '8.2.0-8.4.99',
            'typo3' => '13.4.0-13.4.99',
            'fluid_styled_content' => '13.4.0-13.4.99',
        ],
        'conflicts' => [],
        'suggests' => [],
    ],
    'autoload' => [
        'psr-4' => [
            'DefusInfo\\Typo3\\' => 'Classes/',
        ],
    ],
];
