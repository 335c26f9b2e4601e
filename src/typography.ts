/**
 * A hyphen that opens a word after a space, as in the German suspended compound "Mitgliedsstädte
 * und -organisationen", stays with its word: a word joiner (U+2060, invisible, no width) after it
 * forbids the line break there, so no line ends in a lone hyphen. A break before the hyphen, at
 * the space, stays allowed; so does hyphenation inside the word.
 */
export const keepHyphenWithWord = (text: string): string => text.replace(/(^|\s)-(?=\p{L})/gu, '$1-\u2060');
