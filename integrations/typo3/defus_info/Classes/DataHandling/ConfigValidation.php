<?php

declare(strict_types=1);

namespace DefusInfo\Typo3\DataHandling;

use DefusInfo\Typo3\Card\CardOptions;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Localization\LanguageServiceFactory;
use TYPO3\CMS\Core\SysLog\Action\Database as SystemLogDatabaseAction;
use TYPO3\CMS\Core\SysLog\Error as SystemLogErrorClassification;

/**
 * Checks a DEFUS card's config file address and JSON config when the backend saves them, and tells
 * the editor what is wrong, in their own language, in the form. The value is saved as entered: the
 * page shows no card for it (CardOptions refuses it too), whereas dropping it would leave a card
 * without its own config, which shows DEFUS in place of the editor's forum.
 */
final class ConfigValidation
{
    private const LL = 'LLL:EXT:defus_info/Resources/Private/Language/locallang.xlf:';

    public function __construct(private readonly LanguageServiceFactory $languageServiceFactory) {}

    /** @param array<string, mixed> $fieldArray */
    public function processDatamap_preProcessFieldArray(array &$fieldArray, string $table, int|string $id, DataHandler $dataHandler): void
    {
        if ($table !== 'tt_content' || !$this->isCard($fieldArray, $id, $dataHandler)) {
            return;
        }
        if (isset($fieldArray['tx_defusinfo_src'])) {
            $src = trim((string)$fieldArray['tx_defusinfo_src']);
            if ($src !== '' && !CardOptions::isConfigAddress($src)) {
                $this->refuse($dataHandler, $id, 'error.configUrl');
            }
        }
        if (isset($fieldArray['tx_defusinfo_config'])) {
            $json = trim((string)$fieldArray['tx_defusinfo_config']);
            foreach ($json === '' ? [] : CardOptions::configProblems($json) as [$key, $argument]) {
                $this->refuse($dataHandler, $id, $key, $argument);
            }
        }
    }

    /** @param array<string, mixed> $fieldArray */
    private function isCard(array $fieldArray, int|string $id, DataHandler $dataHandler): bool
    {
        if (isset($fieldArray['CType'])) {
            return $fieldArray['CType'] === 'defusinfo_card';
        }
        if (!is_numeric($id)) {
            return false;
        }
        $record = $dataHandler->recordInfo('tt_content', (int)$id);
        return is_array($record) && $record['CType'] === 'defusinfo_card';
    }

    private function refuse(DataHandler $dataHandler, int|string $id, string $key, string $argument = ''): void
    {
        $message = sprintf(
            $this->languageServiceFactory->createFromUserPreferences($dataHandler->BE_USER)->sL(self::LL . $key),
            $argument
        );
        $dataHandler->log(
            'tt_content',
            is_numeric($id) ? (int)$id : 0,
            is_numeric($id) ? SystemLogDatabaseAction::UPDATE : SystemLogDatabaseAction::INSERT,
            null,
            SystemLogErrorClassification::USER_ERROR,
            $message
        );
    }
}
