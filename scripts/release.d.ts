// Types of scripts/release.js for build/kit-page.ts, which the type check covers (allowJs is off).

/** kit/index.html with its style sheet, fonts, configurator code and the module's text written in. */
export function configuratorPage(parts: { version: string; module: string; integrity: string; code: string }): string;
