<?php

declare(strict_types=1);

use DefusInfo\Typo3\DataHandling\ConfigValidation;

defined('TYPO3') or die();

// Checks a card's config file address and JSON config when the backend saves it.
$GLOBALS['TYPO3_CONF_VARS']['SC_OPTIONS']['t3lib/class.t3lib_tcemain.php']['processDatamapClass']['defus_info']
    = ConfigValidation::class;
