<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Utility\ExtensionManagementUtility;

defined('TYPO3') or die();

// For sites whose TypoScript comes from a template record rather than from site sets.
ExtensionManagementUtility::addStaticFile('defus_info', 'Configuration/TypoScript/', 'DEFUS card');
