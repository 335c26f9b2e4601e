/* The block in the editor: its options in the sidebar, the real <defus-info> element as its preview.
 * Plain script against WordPress's globals (no build step); the page itself is drawn by PHP. */
(function (blocks, blockEditor, components, data, element, i18n, settings) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;
  var sprintf = i18n.sprintf;

  /** The languages the card has, named in the editor's own language. */
  function langOptions() {
    var names;
    try {
      names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' });
    } catch {
      names = {
        of: function (code) {
          return code;
        },
      };
    }
    return [{ value: '', label: __("The page's language", 'defus-info') }].concat(
      settings.langs.map(function (code) {
        return { value: code, label: names.of(code) + ' (' + code + ')' };
      }),
    );
  }

  /** An absolute https URL with nothing a URL may not hold: the same rule as the plugin's PHP. */
  function isHttpsUrl(text) {
    if (!/^https:\/\/[^\s"'<>\\^`{|}]+$/i.test(text)) return false;
    try {
      return new URL(text).hostname !== '';
    } catch {
      return false;
    }
  }

  /**
   * What the published schema asks of every config at its top level, in words ('' when it has it;
   * the card checks the rest). The plugin's PHP refuses the same configs.
   */
  function configProblem(value) {
    var problems = [];
    var missing = ['defaultLang', 'name', 'summary', 'links'].filter(function (key) {
      return !Object.prototype.hasOwnProperty.call(value, key);
    });
    if (missing.length) {
      problems.push(
        sprintf(
          __(
            'These entries are missing: %s. Every config needs defaultLang, name, summary and links, as in the config file.',
            'defus-info',
          ),
          missing.join(', '),
        ),
      );
    }
    if (value.version !== undefined && value.version !== 1) {
      problems.push(__('The entry version must be 1.', 'defus-info'));
    }
    var links = value.links;
    var linksUsable =
      Array.isArray(links) &&
      links.length > 0 &&
      links.every(function (link) {
        return link !== null && typeof link === 'object' && link.href !== undefined && link.label !== undefined;
      });
    if (links !== undefined && !linksUsable) {
      problems.push(__('The entry links must be a list of at least one link, each with href and label.', 'defus-info'));
    }
    if (!problems.length) return '';
    return problems.join(' ') + ' ' + __('Until it is corrected, the page shows no card here.', 'defus-info');
  }

  /** The JSON config read from the block's text: its value, or its problem in words ('' when none). */
  function readConfig(text) {
    if (!text.trim()) return { value: undefined, problem: '' };
    var value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {
        value: undefined,
        problem: sprintf(
          __('This is not valid JSON (%s). Until it is corrected, the page shows no card here.', 'defus-info'),
          error.message,
        ),
      };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return {
        value: undefined,
        problem: __('The config must be a JSON object: { … }. Until it is one, the page shows no card here.', 'defus-info'),
      };
    }
    var problem = configProblem(value);
    return { value: problem ? undefined : value, problem: problem };
  }

  /**
   * The real card, with the block's attributes, in the editor's canvas: an iframe with its own
   * custom elements (the module defines <defus-info> there) and no lang on its <html>, so the
   * page's language is passed to the card. Clicks go to the block, not to the card's links.
   */
  function Preview(props) {
    var attributes = props.attributes;
    var ref = element.useRef(null);
    var src = isHttpsUrl(attributes.src) ? attributes.src : undefined;
    // A config file address takes the place of the JSON config, as on the page, which then carries no JSON.
    var config = src ? undefined : readConfig(attributes.config).value;
    element.useEffect(
      function () {
        var card = ref.current;
        var registry = card && card.ownerDocument.defaultView && card.ownerDocument.defaultView.customElements;
        if (!registry) return;
        registry.whenDefined('defus-info').then(function () {
          card.config = config;
        });
      },
      [attributes.config, src],
    );
    return el('defus-info', {
      ref: ref,
      lang: attributes.lang || settings.pageLang || undefined,
      variant: attributes.variant,
      theme: attributes.theme,
      'heading-level': String(attributes.headingLevel),
      src: src,
      style: { display: 'block', pointerEvents: 'none' },
    });
  }

  function Edit(props) {
    var attributes = props.attributes;
    var set = props.setAttributes;
    var configProblem = readConfig(attributes.config).problem;
    // The address as typed; the block takes it only once it is an absolute https URL (or empty).
    var draft = element.useState(attributes.src);
    var srcText = draft[0];
    var setSrcText = draft[1];
    var srcRefused = srcText.trim() !== '' && !isHttpsUrl(srcText.trim());
    // An address changed from outside the field (undo, redo) replaces the typed text.
    element.useEffect(
      function () {
        if (attributes.src !== srcText.trim()) setSrcText(attributes.src);
      },
      [attributes.src],
    );
    var lockName = 'defus-info-src-' + props.clientId;
    // While the typed address is refused, the post cannot be saved: the page never gets a card
    // other than the one the sidebar shows.
    element.useEffect(
      function () {
        var editor = data.dispatch('core/editor');
        if (!editor || !editor.lockPostSaving) return undefined;
        if (srcRefused) editor.lockPostSaving(lockName);
        else editor.unlockPostSaving(lockName);
        return function () {
          editor.unlockPostSaving(lockName);
        };
      },
      [srcRefused, lockName],
    );
    /** Sets one attribute from a control's value, converted where the attribute is not text. */
    function setter(name, convert) {
      return function (value) {
        var change = {};
        change[name] = convert ? convert(value) : value;
        set(change);
      };
    }
    function setSrc(value) {
      setSrcText(value);
      var trimmed = value.trim();
      if (trimmed === '' || isHttpsUrl(trimmed)) set({ src: trimmed });
    }
    var levels = [1, 2, 3, 4, 5, 6].map(function (level) {
      return { value: String(level), label: sprintf(__('Heading %d', 'defus-info'), level) };
    });
    var srcMessage = __(
      'Only an address that starts with https:// is accepted. Until it is corrected, the post cannot be saved.',
      'defus-info',
    );
    return el(
      'div',
      blockEditor.useBlockProps(),
      el(
        blockEditor.InspectorControls,
        null,
        el(
          components.PanelBody,
          { title: __('Card', 'defus-info') },
          el(components.SelectControl, {
            label: __('Language', 'defus-info'),
            value: attributes.lang,
            options: langOptions(),
            onChange: setter('lang'),
            __next40pxDefaultSize: true,
          }),
          el(components.SelectControl, {
            label: __('Length', 'defus-info'),
            value: attributes.variant,
            options: [
              { value: 'card', label: __('Full card', 'defus-info') },
              { value: 'compact', label: __('Short version', 'defus-info') },
            ],
            onChange: setter('variant'),
            __next40pxDefaultSize: true,
          }),
          el(components.SelectControl, {
            label: __('Colour scheme', 'defus-info'),
            help: __("Automatic follows the reader's light or dark system setting.", 'defus-info'),
            value: attributes.theme,
            options: [
              { value: 'light', label: __('Light', 'defus-info') },
              { value: 'dark', label: __('Dark', 'defus-info') },
              { value: 'auto', label: __('Automatic', 'defus-info') },
            ],
            onChange: setter('theme'),
            __next40pxDefaultSize: true,
          }),
          el(components.SelectControl, {
            label: __('Heading level', 'defus-info'),
            help: __("Pick the level that fits the page's outline.", 'defus-info'),
            value: String(attributes.headingLevel),
            options: levels,
            onChange: setter('headingLevel', Number),
            __next40pxDefaultSize: true,
          }),
        ),
        el(
          components.PanelBody,
          { title: __("Your forum's card", 'defus-info'), initialOpen: Boolean(attributes.src || attributes.config) },
          el('p', null, __("Leave both empty for the DEFUS card. Another forum's card needs its own config.", 'defus-info')),
          el(components.TextControl, {
            label: __('Config file address', 'defus-info'),
            help: __(
              "The https address of your forum's config file. The server it is on must allow other websites to read it. It takes the place of the config below.",
              'defus-info',
            ),
            type: 'url',
            value: srcText,
            onChange: setSrc,
            __next40pxDefaultSize: true,
          }),
          srcRefused ? el(components.Notice, { status: 'error', isDismissible: false }, srcMessage) : null,
          el(components.TextareaControl, {
            label: __('Config (JSON)', 'defus-info'),
            value: attributes.config,
            rows: 8,
            onChange: setter('config'),
          }),
          configProblem ? el(components.Notice, { status: 'warning', isDismissible: false }, configProblem) : null,
        ),
      ),
      // A config file address takes the place of the JSON, whatever the JSON holds.
      srcRefused || (configProblem && !attributes.src)
        ? el(components.Notice, { status: 'warning', isDismissible: false }, srcRefused ? srcMessage : configProblem)
        : el(Preview, { attributes: attributes }),
    );
  }

  blocks.registerBlockType('defus-info/card', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(
  window.wp.blocks,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.data,
  window.wp.element,
  window.wp.i18n,
  window.defusInfoBlock,
);
