import type { CardOptions } from './card-template.js';
import { describeValue } from './config/validate.js';

/** The values the card's attributes accept. */
export const VARIANTS = ['card', 'compact'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

export type DefusInfoVariant = (typeof VARIANTS)[number];
export type DefusInfoTheme = (typeof THEMES)[number];

/** What the element and the server renderer use where an attribute is absent or invalid. */
export const DEFAULT_VARIANT: DefusInfoVariant = 'card';
export const DEFAULT_THEME: DefusInfoTheme = 'light';
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The warning for an attribute value the card does not accept, the same in the browser console
 * and on a server renderer's output; `undefined` when the value is fine. `null` means the
 * attribute was removed, which asks for the default.
 */
export function attributeWarning(attribute: string, value: unknown, valid: readonly unknown[]): string | undefined {
  if (value === null || valid.includes(value)) return undefined;
  return `<defus-info> attribute ${attribute}: expected one of ${valid.join(', ')}, found ${describeValue(value)}; using the default.`;
}

/** How each attribute is checked: the element warns by it, the server renderer writes by it. */
export interface AttributeRule {
  property: 'variant' | 'theme' | 'headingLevel';
  attribute: string;
  valid: readonly unknown[];
  fallback: unknown;
}
export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  { property: 'variant', attribute: 'variant', valid: VARIANTS, fallback: DEFAULT_VARIANT },
  { property: 'theme', attribute: 'theme', valid: THEMES, fallback: DEFAULT_THEME },
  { property: 'headingLevel', attribute: 'heading-level', valid: HEADING_LEVELS, fallback: DEFAULT_HEADING_LEVEL },
];

const accepted = <T>(valid: readonly T[], value: unknown, fallback: T): T =>
  valid.includes(value as T) ? (value as T) : fallback;

/** The drawing options for attribute values as given, with defaults for what is invalid. */
export function toCardOptions(variant: unknown, theme: unknown, headingLevel: unknown): CardOptions {
  return {
    compact: variant === 'compact',
    theme: accepted(THEMES, theme, DEFAULT_THEME),
    headingLevel: accepted(HEADING_LEVELS, headingLevel, DEFAULT_HEADING_LEVEL),
  };
}
