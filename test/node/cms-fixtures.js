// What the TYPO3 and WordPress tests both save into their CMS: a fictional forum's config (never
// a real organisation's facts), and the hostile values every field of both integrations gets.

export const EXAMPLE_CONFIG = {
  version: 1,
  defaultLang: 'en',
  name: 'Example Forum for Urban Security',
  summary: 'A fictional national forum.',
  links: [{ href: 'https://example.org', label: 'Example Forum website: example.org' }],
};

/** Markup that runs a script wherever a field reaches the page unescaped. */
export const PAYLOAD = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** A config whose texts try to break out of the card's `<script type="application/json">`, and a `javascript:` link. */
export const HOSTILE_CONFIG = JSON.stringify({
  ...EXAMPLE_CONFIG,
  name: `Example </script><script>window.__pwned=1</script><!--${PAYLOAD}`,
  links: [{ href: 'javascript:window.__pwned=1', label: 'x' }, ...EXAMPLE_CONFIG.links],
});

/** The option fields' hostile values: language, variant, theme, heading level. */
export const HOSTILE_OPTIONS = {
  lang: PAYLOAD,
  variant: PAYLOAD,
  theme: 'dark" onmouseover="window.__pwned=1',
  headingLevel: '1><script>window.__pwned=1</script>',
};
