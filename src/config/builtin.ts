import builtinConfig from './defus.config.json';
import type { ForumConfig } from './types.js';
import { validateConfig } from './validate.js';

/** DEFUS's own card, shown when no other source gives a usable config. Validated like any other. */
export const BUILTIN = validateConfig(builtinConfig).config as ForumConfig;
