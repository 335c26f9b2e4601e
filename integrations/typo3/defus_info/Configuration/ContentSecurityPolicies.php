<?php

declare(strict_types=1);

use DefusInfo\Typo3\Card\Build;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Directive;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\HashValue;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Mutation;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationCollection;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationMode;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Scope;
use TYPO3\CMS\Core\Type\Map;

// The pre-rendered card's <style> (inside its declarative shadow root) is the same text in every
// card: its hash, computed at release time, allows exactly that style sheet and nothing else.
return Map::fromEntries([
    Scope::frontend(),
    new MutationCollection(
        new Mutation(MutationMode::Extend, Directive::StyleSrc, HashValue::create((string)Build::get('styleHash'))),
    ),
]);
