/**
 * The four blocks in the editor: a placeholder in the content and the element's options in the
 * sidebar. Plain JavaScript on WordPress's globals, so the plugin installs without a build step;
 * the page itself is rendered by PHP (includes/blocks.php), the same markup as the shortcodes.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var Placeholder = wp.components.Placeholder;

  var yesNo = 'toggle';
  var source = [
    ['api', __('API URL (empty: the site setting)', 'metropolis-training')],
    ['catalog', __('Catalog URL, e.g. https://…/catalog.{lang}.json', 'metropolis-training')],
  ];
  var language = ['lang', __('Language', 'metropolis-training'), [
    {value: '', label: __('The page\'s language', 'metropolis-training')},
    {value: 'en', label: 'English'}, {value: 'fr', label: 'Français'}, {value: 'es', label: 'Español'}, {value: 'ar', label: 'العربية'},
  ]];
  var headingLevel = ['headingLevel', __('Heading level (1 to 6)', 'metropolis-training')];

  /** Each block's sidebar: [attribute, label] text fields, [attribute, label, options] selects, [attribute, label, 'toggle'] switches. */
  var fields = {
    'metropolis-training/course-list': [
      ['themes', __('Themes, separated by spaces', 'metropolis-training')],
      ['formats', __('Formats, separated by spaces', 'metropolis-training')],
      ['providers', __('Providers, separated by spaces', 'metropolis-training')],
      ['languages', __('Course languages, separated by spaces', 'metropolis-training')],
      ['status', __('Statuses, e.g. open upcoming', 'metropolis-training')],
      ['query', __('Search text', 'metropolis-training')],
      ['applyHref', __('Application page URL (empty: a dialog)', 'metropolis-training')],
      ['privacyHref', __('Privacy notice URL', 'metropolis-training')],
      ['pageSize', __('Cards before "Show more"', 'metropolis-training')],
      headingLevel,
      ['showPast', __('Show past editions', 'metropolis-training'), yesNo],
      ['hideFilters', __('Hide the filters', 'metropolis-training'), yesNo],
      ['syncUrl', __('Keep the filters in the page URL', 'metropolis-training'), yesNo],
      ['saveDraft', __('Keep unsent applications in the browser', 'metropolis-training'), yesNo],
      ['now', __('Today, as YYYY-MM-DD (previews)', 'metropolis-training')],
    ],
    'metropolis-training/course-detail': [
      ['edition', __('Edition (its id, e.g. diploma-internationalization-2025)', 'metropolis-training')],
      ['applyHref', __('Application page URL (empty: a dialog)', 'metropolis-training')],
      ['privacyHref', __('Privacy notice URL', 'metropolis-training')],
      headingLevel,
      ['saveDraft', __('Keep unsent applications in the browser', 'metropolis-training'), yesNo],
      ['now', __('Today, as YYYY-MM-DD (previews)', 'metropolis-training')],
    ],
    'metropolis-training/application-form': [
      ['edition', __('Edition (empty: the ?edition= of the page URL)', 'metropolis-training')],
      ['privacyHref', __('Privacy notice URL', 'metropolis-training')],
      headingLevel,
      ['saveDraft', __('Keep what is typed in the browser until sent', 'metropolis-training'), yesNo],
      ['now', __('Today, as YYYY-MM-DD (previews)', 'metropolis-training')],
    ],
    'metropolis-training/fee-calculator': [
      ['edition', __('Edition (empty: a list of editions)', 'metropolis-training')],
      ['variant', __('Layout', 'metropolis-training'), [
        {value: '', label: __('Full', 'metropolis-training')},
        {value: 'compact', label: __('Compact', 'metropolis-training')},
      ]],
      ['membership', __('Membership', 'metropolis-training'), [
        {value: '', label: __('Not preset', 'metropolis-training')},
        {value: 'member', label: __('Member', 'metropolis-training')},
        {value: 'member-in-arrears', label: __('Member in arrears', 'metropolis-training')},
        {value: 'non-member', label: __('Non-member', 'metropolis-training')},
      ]],
      ['country', __('Country (ISO code, e.g. FR)', 'metropolis-training')],
      ['participants', __('Participants (1 to 50)', 'metropolis-training')],
      ['start', __('First day, as YYYY-MM-DD', 'metropolis-training')],
      ['registrationDate', __('Registration date, as YYYY-MM-DD', 'metropolis-training')],
      ['applyHref', __('Application page URL (empty: a dialog)', 'metropolis-training')],
      ['now', __('Today, as YYYY-MM-DD (previews)', 'metropolis-training')],
    ],
  };

  function control(field, attributes, setAttributes) {
    var name = field[0];
    var change = function (value) {
      var next = {};
      next[name] = value;
      setAttributes(next);
    };
    if (field[2] === yesNo) return el(ToggleControl, {key: name, label: field[1], checked: !!attributes[name], onChange: change});
    if (Array.isArray(field[2])) return el(SelectControl, {key: name, label: field[1], value: attributes[name] || '', options: field[2], onChange: change});
    return el(TextControl, {key: name, label: field[1], value: attributes[name] || '', onChange: change});
  }

  Object.keys(fields).forEach(function (name) {
    var all = fields[name].concat(source, [language]);
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var attributes = props.attributes;
        var type = wp.blocks.getBlockType(name);
        var summary = all
          .filter(function (field) { return attributes[field[0]]; })
          .map(function (field) { return field[0] + (attributes[field[0]] === true ? '' : ': ' + attributes[field[0]]); })
          .join(' · ');
        return el('div', useBlockProps(),
          el(InspectorControls, null,
            el(PanelBody, {title: __('Options', 'metropolis-training')}, fields[name].map(function (field) { return control(field, attributes, props.setAttributes); })),
            el(PanelBody, {title: __('Source and language', 'metropolis-training'), initialOpen: false}, source.concat([language]).map(function (field) { return control(field, attributes, props.setAttributes); }))),
          el(Placeholder, {icon: type && type.icon && type.icon.src, label: type ? type.title : name, instructions: summary || __('Set its options in the sidebar. The element shows on the published page.', 'metropolis-training')}));
      },
      // Rendered by PHP: nothing is saved but the block's comment and attributes.
      save: function () { return null; },
    });
  });
})(window.wp);
