/* The block in the editor: its options in the sidebar, the real <defus-info> element as its preview.
 * Plain script against WordPress's globals (no build step); the page itself is drawn by PHP. */
(function (blocks, blockEditor, components, element, i18n, settings) {
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

  /** The JSON config read from the block's text: its value, or its problem in words ('' when none; the card checks the rest). */
  function readConfig(text) {
    if (!text.trim()) return { value: undefined, problem: '' };
    var value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {
        value: undefined,
        problem: sprintf(__('This is not valid JSON (%s). The page shows the DEFUS card instead.', 'defus-info'), error.message),
      };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { value: undefined, problem: __('The config must be a JSON object: { … }.', 'defus-info') };
    }
    return { value: value, problem: '' };
  }

  /** The real card, with the block's attributes; clicks go to the block, not to the card's links. */
  function Preview(props) {
    var attributes = props.attributes;
    var ref = element.useRef(null);
    element.useEffect(
      function () {
        var card = ref.current;
        var config = readConfig(attributes.config).value;
        customElements.whenDefined('defus-info').then(function () {
          if (card) card.config = config;
        });
      },
      [attributes.config],
    );
    return el('defus-info', {
      ref: ref,
      lang: attributes.lang || undefined,
      variant: attributes.variant,
      theme: attributes.theme,
      'heading-level': String(attributes.headingLevel),
      src: attributes.src || undefined,
      style: { display: 'block', pointerEvents: 'none' },
    });
  }

  function Edit(props) {
    var attributes = props.attributes;
    var set = props.setAttributes;
    var problem = readConfig(attributes.config).problem;
    /** Sets one attribute from a control's value, converted where the attribute is not text. */
    function setter(name, convert) {
      return function (value) {
        var change = {};
        change[name] = convert ? convert(value) : value;
        set(change);
      };
    }
    var levels = [1, 2, 3, 4, 5, 6].map(function (level) {
      return { value: String(level), label: sprintf(__('Heading %d', 'defus-info'), level) };
    });
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
          }),
          el(components.SelectControl, {
            label: __('Variant', 'defus-info'),
            value: attributes.variant,
            options: [
              { value: 'card', label: __('Full card', 'defus-info') },
              { value: 'compact', label: __('Compact: name, summary and links', 'defus-info') },
            ],
            onChange: setter('variant'),
          }),
          el(components.SelectControl, {
            label: __('Theme', 'defus-info'),
            value: attributes.theme,
            options: [
              { value: 'light', label: __('Light', 'defus-info') },
              { value: 'dark', label: __('Dark', 'defus-info') },
              { value: 'auto', label: __("Follow the reader's system setting", 'defus-info') },
            ],
            onChange: setter('theme'),
          }),
          el(components.SelectControl, {
            label: __('Heading level', 'defus-info'),
            help: __("Pick the level that fits the page's outline.", 'defus-info'),
            value: String(attributes.headingLevel),
            options: levels,
            onChange: setter('headingLevel', Number),
          }),
        ),
        el(
          components.PanelBody,
          { title: __('Own config', 'defus-info'), initialOpen: Boolean(attributes.src || attributes.config) },
          el('p', null, __("Leave both empty for the DEFUS card. Another forum's card needs its own config.", 'defus-info')),
          el(components.TextControl, {
            label: __('Config URL', 'defus-info'),
            help: __('A JSON config on a server that allows the request (CORS). It replaces the JSON below.', 'defus-info'),
            type: 'url',
            value: attributes.src,
            onChange: setter('src'),
          }),
          el(components.TextareaControl, {
            label: __('Config as JSON', 'defus-info'),
            value: attributes.config,
            rows: 8,
            onChange: setter('config'),
          }),
          problem ? el(components.Notice, { status: 'warning', isDismissible: false }, problem) : null,
        ),
      ),
      el(Preview, { attributes: attributes }),
    );
  }

  blocks.registerBlockType('defus-info/card', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n, window.defusInfoBlock);
