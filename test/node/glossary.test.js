// One name per option, wherever editors meet it. docs/glossary.json holds the German and English
// name of each thing an editor chooses, and the names it replaced. This test reads the places an
// editor sees them (the editors' guides, the kit's configurator, the WordPress plugin, the TYPO3
// extension) and checks that each place uses the glossary's names, pairs them the same way in
// German and English, and uses no retired name; that the label of each option, where the kit, the
// block and the content element define it, is exactly the glossary's name (a label of its own would
// pass the checks above while the name still appears in a hint); and that the CMS pages in docs/
// use no retired name either.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  blockEditorLabels,
  poCatalogue,
  scriptTables,
  typo3ElementLabels,
  wordpressSourceStrings,
  xliffFile,
} from './catalogues.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');

/** The glossary's entries, by key: `{ de, en, retired?: { de: [], en: [] } }`. */
const GLOSSARY = Object.fromEntries(
  Object.entries(JSON.parse(read('docs/glossary.json'))).filter(([key]) => !key.startsWith('$')),
);
const LANGS = ['de', 'en'];

/** Which names each place must show: every option it offers, by its glossary key. */
const OPTIONS = [
  'lang',
  'langPage',
  'variant',
  'variantCard',
  'variantCompact',
  'theme',
  'themeLight',
  'themeDark',
  'themeAuto',
  'headingLevel',
];
const NEEDED = {
  guides: Object.keys(GLOSSARY),
  kit: ['element', 'builtin', 'ownCard', ...OPTIONS, 'configJson', 'configFile', 'prerendered'],
  wordpress: ['element', ...OPTIONS, 'configUrl', 'configJson'],
  typo3: ['element', ...OPTIONS, 'configUrl', 'configJson'],
};

/** The glossary key of each option value's label, the same in the kit, the block and the content element. */
const OPTION_VALUES = {
  '': 'langPage',
  card: 'variantCard',
  compact: 'variantCompact',
  light: 'themeLight',
  dark: 'themeDark',
  auto: 'themeAuto',
};

/** The kit's label and legend keys (kit/messages.ts) and the glossary key each one names. */
const KIT_LABELS = {
  brand: 'element',
  sourceBuiltin: 'builtin',
  sourceOwn: 'ownCard',
  editorHeading: 'ownCard',
  langLabel: 'lang',
  langPage: 'langPage',
  variantLegend: 'variant',
  variantCard: 'variantCard',
  variantCompact: 'variantCompact',
  themeLegend: 'theme',
  themeLight: 'themeLight',
  themeDark: 'themeDark',
  themeAuto: 'themeAuto',
  headingLabel: 'headingLevel',
};

/** The block's sidebar controls, by the attribute each sets, and the glossary key of its label. */
const BLOCK_CONTROLS = {
  lang: 'lang',
  variant: 'variant',
  theme: 'theme',
  headingLevel: 'headingLevel',
  src: 'configUrl',
  config: 'configJson',
};

/** The options the content element has a field for, by glossary key. */
const TYPO3_FIELDS = ['lang', 'variant', 'theme', 'headingLevel', 'configUrl', 'configJson'];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A typographic apostrophe (’) is the same apostrophe as the typewriter's ('). */
const plain = (text) => text.replaceAll('\u2019', "'");

/**
 * Whether a text uses a name: the name as written, at the start of a word, its first letter in
 * either case (a name opens a sentence or a label). Endings may follow ("DEFUS-Karten").
 */
function usesName(text, name) {
  const [first, rest] = [name[0], name.slice(1)];
  const start = `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${start}${escapeRegExp(plain(rest))}`, 'u').test(plain(text));
}

/** Where a text uses a retired name: as written, at the start of a word (not after a hyphen: "DEFUS-Infokarte" is its own entry). */
const retiredAt = (text, name) => plain(text).search(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(plain(name))}`, 'u'));

/** A label as its name: without the colon a form puts after it. */
const asLabel = (text) => plain(text).trim().replace(/\s*:$/u, '');

/** Names the texts of one language do not use, as "key (name)". */
function missingNames(texts, lang, keys) {
  return keys
    .filter((key) => !texts.some((text) => usesName(text, GLOSSARY[key][lang])))
    .map((key) => `${key} (${GLOSSARY[key][lang]})`);
}

/** Retired names the texts of one language use, each with the words around it. */
function retiredNames(texts, lang) {
  const found = [];
  for (const [key, entry] of Object.entries(GLOSSARY))
    for (const name of entry.retired?.[lang] ?? [])
      for (const text of texts) {
        const at = retiredAt(text, name);
        if (at >= 0) found.push(`${name} (for ${key}: ${entry[lang]}), in: …${text.slice(Math.max(0, at - 40), at + 60)}…`);
      }
  return found;
}

/**
 * Pairs of one text in German and English (a kit key, a catalogue entry, an XLIFF unit) where one
 * side is a glossary name and the other is not that name's partner.
 */
function unpairedNames(pairs) {
  const problems = [];
  for (const { de, en, where } of pairs) {
    for (const [key, entry] of Object.entries(GLOSSARY)) {
      const deIsName = asLabel(de) === plain(entry.de);
      const enIsName = asLabel(en) === plain(entry.en);
      if (deIsName !== enIsName)
        problems.push(`${where}: ${JSON.stringify(en)} / ${JSON.stringify(de)}, but ${key} is "${entry.en}" / "${entry.de}"`);
    }
  }
  return problems;
}

/** What a place says in German and in English, and its German–English pairs. */
function place(texts, pairs = []) {
  return { texts, pairs };
}

const PLACES = {
  guides: () => place({ de: [read('docs/editors-guide.de.md')], en: [read('docs/editors-guide.en.md')] }),

  kit: () => {
    const { de = {}, en = {} } = scriptTables('kit/messages.ts', read('kit/messages.ts'), LANGS);
    const pairs = Object.keys(en)
      .filter((key) => key in de)
      .map((key) => ({ de: de[key], en: en[key], where: `kit/messages.ts ${key}` }));
    return place({ de: Object.values(de), en: Object.values(en) }, pairs);
  },

  wordpress: () => {
    const plugin = 'integrations/wordpress/defus-info/';
    const files = readdirSync(new URL(plugin, ROOT), { recursive: true }).map((file) => `${plugin}${file}`);
    const english = [];
    for (const file of files.filter((file) => /\.(?:php|js)$/.test(file))) english.push(...wordpressSourceStrings(read(file)));
    for (const file of files.filter((file) => file.endsWith('block.json'))) {
      const block = JSON.parse(read(file));
      english.push(block.title, block.description, ...(block.keywords ?? []));
    }
    for (const file of files.filter((file) => file.endsWith('readme.txt'))) english.push(read(file));
    const catalogue = files.find((file) => file.endsWith('-de_DE.po'));
    assert.ok(catalogue, `${plugin}: a German catalogue (languages/*-de_DE.po)`);
    const { entries } = poCatalogue(read(catalogue));
    const pairs = entries.map(({ msgid, msgstr }) => ({ de: msgstr, en: msgid, where: catalogue }));
    return place({ de: entries.map((entry) => entry.msgstr), en: english }, pairs);
  },

  typo3: () => {
    const folder = 'integrations/typo3/defus_info/Resources/Private/Language/';
    assert.ok(existsSync(new URL(folder, ROOT)), `${folder}: the TYPO3 extension's labels`);
    const files = readdirSync(new URL(folder, ROOT)).filter((file) => file.endsWith('.xlf'));
    const texts = { de: [], en: [] };
    const pairs = [];
    for (const file of files) {
      const { sourceLanguage, targetLanguage, units } = xliffFile(read(`${folder}${file}`));
      assert.equal(sourceLanguage, 'en', `${folder}${file}: written in English`);
      texts.en.push(...units.map((unit) => unit.source));
      if (targetLanguage === 'de') {
        texts.de.push(...units.map((unit) => unit.target ?? ''));
        pairs.push(...units.map((unit) => ({ de: unit.target ?? '', en: unit.source, where: `${folder}${file} ${unit.id}` })));
      }
    }
    assert.ok(texts.de.length, `${folder}: a German file (de.*.xlf)`);
    return place(texts, pairs);
  },
};

describe('the glossary (docs/glossary.json)', () => {
  test('gives each entry one German and one English name, each name to one entry, and retires none of them', () => {
    for (const lang of LANGS) {
      const names = Object.values(GLOSSARY).map((entry) => entry[lang]);
      for (const name of names) assert.ok(typeof name === 'string' && name.trim() === name && name, `${lang}: ${name}`);
      assert.equal(new Set(names).size, names.length, `${lang}: a name used twice`);
      const retired = Object.values(GLOSSARY).flatMap((entry) => entry.retired?.[lang] ?? []);
      assert.deepEqual(
        retired.filter((name) => names.includes(name)),
        [],
        `${lang}: a name both current and retired`,
      );
    }
  });

  test('the checks can fail: a missing name, a retired one, a wrong pair', () => {
    assert.deepEqual(missingNames(['Wählen Sie den Umfang.'], 'de', ['variant', 'theme']), ['theme (Farbschema)']);
    assert.ok(usesName('Überschriftenebene', 'Überschriftenebene') && usesName('Vorgerenderte Karte', 'vorgerenderte Karte'));
    assert.ok(!usesName('Hauptsprache', 'Sprache'));
    assert.equal(retiredNames(['Wählen Sie die Variante und die Überschriften-Ebene.'], 'de').length, 2);
    assert.deepEqual(retiredNames(['Die DEFUS-Karte'], 'de'), []);
    assert.equal(unpairedNames([{ de: 'Variante', en: 'Length', where: 'x' }]).length, 1);
    assert.deepEqual(unpairedNames([{ de: 'Umfang:', en: 'Length', where: 'x' }]), []);
    assert.deepEqual(unpairedNames([{ de: 'Sprache der Seite', en: 'The page’s language', where: 'x' }]), []);
    assert.equal(wrongLabels([{ key: 'variant', text: 'Größe', where: 'x' }], 'de').length, 1);
    assert.deepEqual(wrongLabels([{ key: 'langPage', text: 'The page’s language', where: 'x' }], 'en'), []);
    const block =
      "el(C, { label: __('Size', 'd'), value: attributes.variant, options: [{ value: 'card', label: __('Full card', 'd') }] })";
    assert.deepEqual(blockEditorLabels('x.js', block), {
      controls: { variant: 'Size' },
      options: { card: 'Full card' },
      panels: [],
    });
    const tca = "'tx_a' => [ 'label' => $ll . 'variant', 'items' => [['label' => $ll . 'variantCard', 'value' => 'card']] ]";
    assert.deepEqual(typo3ElementLabels(tca).columns, { tx_a: 'variant' });
    assert.deepEqual(typo3ElementLabels(tca).items, { card: 'variantCard' });
  });
});

/** "where: label" for each label that is not exactly the glossary name of its key in that language. */
function wrongLabels(labels, lang) {
  return labels
    .filter(({ key, text }) => text === undefined || plain(text) !== plain(GLOSSARY[key][lang]))
    .map(({ key, text, where }) => `${where}: ${JSON.stringify(text)}, not "${GLOSSARY[key][lang]}" (${key})`);
}

describe('one name per option where editors meet it', () => {
  for (const [name, load] of Object.entries(PLACES)) {
    describe(name, () => {
      test('uses the glossary’s name of every option it offers, in German and in English', () => {
        const { texts } = load();
        for (const lang of LANGS)
          assert.deepEqual(missingNames(texts[lang], lang, NEEDED[name]), [], `${name}, ${lang}: names not used`);
      });

      test('pairs each German name with its English one', () => {
        assert.deepEqual(unpairedNames(load().pairs), []);
      });

      test('uses no retired name', () => {
        const { texts } = load();
        for (const lang of LANGS) assert.deepEqual(retiredNames(texts[lang], lang), [], `${name}, ${lang}`);
      });
    });
  }
});

describe('each option’s label where it is defined is the glossary’s name', () => {
  test('the kit: the label and legend texts of kit/messages.ts, each shown on the page', () => {
    const tables = scriptTables('kit/messages.ts', read('kit/messages.ts'), LANGS);
    for (const lang of LANGS) {
      const labels = Object.entries(KIT_LABELS).map(([name, key]) => ({
        key,
        text: tables[lang]?.[name],
        where: `${lang}.${name}`,
      }));
      assert.deepEqual(wrongLabels(labels, lang), [], `kit/messages.ts, ${lang}`);
    }
    const page = [
      read('kit/index.html'),
      ...readdirSync(new URL('kit/', ROOT))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => read(`kit/${file}`)),
    ].join('\n');
    const unshown = Object.keys(KIT_LABELS).filter(
      (name) => !page.includes(`data-t="${name}"`) && !page.includes(`t('${name}')`),
    );
    assert.deepEqual(unshown, [], 'keys neither in a data-t attribute of kit/index.html nor in a t() call');
  });

  test('the WordPress block: its sidebar’s control and option labels, its title, and their German translations', () => {
    const plugin = 'integrations/wordpress/defus-info/';
    const { controls, options, panels } = blockEditorLabels('editor.js', read(`${plugin}block/editor.js`));
    assert.deepEqual(
      Object.keys(controls).sort(),
      Object.keys(BLOCK_CONTROLS).sort(),
      `${plugin}block/editor.js: the sidebar's controls`,
    );
    const labels = [
      ...Object.entries(BLOCK_CONTROLS).map(([attribute, key]) => ({
        key,
        text: controls[attribute],
        where: `control for ${attribute}`,
      })),
      ...Object.entries(OPTION_VALUES).map(([value, key]) => ({ key, text: options[value], where: `option "${value}"` })),
      { key: 'element', text: JSON.parse(read(`${plugin}block/block.json`)).title, where: 'block.json title' },
      { key: 'ownCard', text: panels.find((title) => plain(title) === plain(GLOSSARY.ownCard.en)), where: 'a panel title' },
    ];
    assert.deepEqual(wrongLabels(labels, 'en'), [], `${plugin}: English labels`);

    const catalogues = readdirSync(new URL(`${plugin}languages/`, ROOT)).filter((file) => /-de(?:_[A-Za-z]+)*\.po$/.test(file));
    assert.ok(catalogues.length, `${plugin}languages/: a German catalogue`);
    for (const file of catalogues) {
      const { entries } = poCatalogue(read(`${plugin}languages/${file}`));
      const translations = labels.flatMap(({ key, text }) => {
        const found = entries.filter((entry) => entry.msgid === text);
        return found.length
          ? found.map((entry) => ({ key, text: entry.msgstr, where: `msgstr of "${text}"` }))
          : [{ key, text: undefined, where: `no msgid "${text}"` }];
      });
      assert.deepEqual(wrongLabels(translations, 'de'), [], `${plugin}languages/${file}`);
    }
  });

  test('the TYPO3 content element: the labels its TCA gives its fields and choices, through its XLIFF files', () => {
    const extension = 'integrations/typo3/defus_info/';
    const tca = `${extension}Configuration/TCA/Overrides/tt_content.php`;
    const { columns, items, recordType, tabs, showitemLabels } = typo3ElementLabels(read(tca));
    assert.equal(tabs.length, 1, `${tca}: one tab of the element's own`);
    const language = `${extension}Resources/Private/Language/`;
    const units = (file) => xliffFile(read(`${language}${file}`)).units;
    const english = units('locallang.xlf');
    const german = units('de.locallang.xlf');

    // Its fields, whether columns of its own or existing ones it labels in showitem, each named by
    // its English label: exactly one per option, and nothing else.
    const fields = Object.entries({ ...columns, ...showitemLabels }).map(([field, id]) => {
      const label = english.find((unit) => unit.id === id)?.source;
      const key = TYPO3_FIELDS.find((candidate) => plain(GLOSSARY[candidate].en) === plain(label ?? ''));
      return { field, id, key, label };
    });
    assert.deepEqual(
      fields.map(({ field, key, label }) => key ?? `${field}: ${JSON.stringify(label)}`).sort(),
      [...TYPO3_FIELDS].sort(),
      `${tca}: one field per option, labelled with the glossary's name`,
    );

    const ids = [
      ...fields.map(({ field, id, key }) => ({ key, id, where: field })),
      ...Object.entries(OPTION_VALUES).map(([value, key]) => ({ key, id: items[value], where: `item "${value}"` })),
      { key: 'element', id: recordType, where: 'record type' },
      ...tabs.map((id) => ({ key: 'ownCard', id, where: 'tab' })),
    ];
    for (const [lang, file, unitsOf, side] of [
      ['en', 'locallang.xlf', english, 'source'],
      ['de', 'de.locallang.xlf', german, 'target'],
    ]) {
      const labels = ids.map(({ key, id, where }) => ({
        key,
        text: unitsOf.find((unit) => unit.id === id)?.[side],
        where: `${where} → ${file} ${id}`,
      }));
      assert.deepEqual(wrongLabels(labels, lang), [], `${tca} through ${file}`);
    }
  });
});

describe('the CMS pages in docs/', () => {
  test('docs/wordpress.md (German part, English part) and docs/typo3.md use no retired name', () => {
    const wordpress = read('docs/wordpress.md');
    const [german, english] = ['\n## Deutsch', '\n## English'].map((heading) => wordpress.indexOf(heading));
    assert.ok(german > 0 && english > german, 'docs/wordpress.md: a part under "## Deutsch", then one under "## English"');
    const texts = {
      de: [wordpress.slice(german, english)],
      en: [wordpress.slice(0, german), wordpress.slice(english), read('docs/typo3.md')],
    };
    for (const lang of LANGS) assert.deepEqual(retiredNames(texts[lang], lang), [], lang);
  });
});
