/**
 * The parts of the docs pages written for this project (not Storybook's own blocks), read from the
 * manifest, the tokens and the build: the introduction, getting-started pages and each widget's page use them.
 */
import { createElement as h, Fragment } from 'react';
import { html as loadingMarkup } from 'virtual:selca/embed-snippet';
import manifestJson from '../custom-elements.json';
import { FONT_STACKS } from '../src/core/tokens.js';
import { GUIDANCE } from './guidance.js';
import { editorAttributes, widgets } from './widget-docs.js';
import type { Manifest } from './widget-docs.js';

const manifest = manifestJson as Manifest;

const FONT_NAMES: Record<keyof typeof FONT_STACKS, string> = {
  sans: 'Plain font',
  dyslexic: 'OpenDyslexic',
  hyperlegible: 'Atkinson Hyperlegible',
};

/** Markdown's `code` spans as code elements, the rest as text (the manifest's summaries are Markdown). */
const withCode = (markdown: string) => markdown.split('`').map((part, index) => (index % 2 ? h('code', { key: index }, part) : part));

/** Each widget's tag and what it is for (its summary). */
export function WidgetSummaries() {
  return h(
    'ul',
    null,
    widgets(manifest).map((widget) =>
      h('li', { key: widget.tagName }, h('code', null, `<${widget.tagName}>`), ': ', ...withCode(widget.summary ?? '')),
    ),
  );
}

/** The NHS colours and fonts every widget starts from, and the custom property a site sets to change each. */
export function NhsColours() {
  const properties = new Map((widgets(manifest)[0]?.cssProperties ?? []).map((property) => [property.name, property]));
  return h(
    'table',
    null,
    h('caption', null, 'The colours and font every widget starts from'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Used for'),
        h('th', { scope: 'col' }, 'NHS value'),
        h('th', { scope: 'col' }, 'Custom property'),
      ),
    ),
    h(
      'tbody',
      null,
      [...properties.values()].map((property) =>
        h(
          'tr',
          { key: property.name },
          h('td', null, property.description),
          h(
            'td',
            null,
            property.default?.startsWith('#') &&
              h('span', {
                'aria-hidden': true,
                style: {
                  display: 'inline-block',
                  inlineSize: '1em',
                  blockSize: '1em',
                  marginInlineEnd: '0.5em',
                  background: property.default,
                  border: '1px solid #4c6272',
                  verticalAlign: 'middle',
                },
              }),
            h('code', null, property.default),
          ),
          h('td', null, h('code', null, property.name)),
        ),
      ),
    ),
  );
}

/** The reading fonts a visitor may choose in the toolbar, with their font stacks. */
export function ReadingFonts() {
  return h(
    'ul',
    null,
    (Object.keys(FONT_STACKS) as (keyof typeof FONT_STACKS)[]).map((font) =>
      h('li', { key: font }, `${FONT_NAMES[font]}: `, h('code', null, FONT_STACKS[font])),
    ),
  );
}

/** The lines that load the widgets, for this build, with every file's integrity. */
export function LoadingMarkup() {
  return h('pre', { tabIndex: 0, 'aria-label': 'The loading lines for the head of every page' }, h('code', null, loadingMarkup));
}

/** When to use a widget and when not to. */
export function WidgetGuidance({ tagName }: { tagName: string }) {
  const guidance = GUIDANCE[tagName];
  if (!guidance) return null;
  return h(
    Fragment,
    null,
    h('h2', null, 'When to use it'),
    h(
      'ul',
      null,
      guidance.use.map((line) => h('li', { key: line }, line)),
    ),
    h('h2', null, 'When not to use it'),
    h(
      'ul',
      null,
      guidance.avoid.map((line) => h('li', { key: line }, line)),
    ),
  );
}

/** The attributes a CMS editor may write on the widget's tag. */
export function EditorAttributes({ tagName }: { tagName: string }) {
  const rows = editorAttributes(manifest, tagName);
  return h(
    Fragment,
    null,
    h('h2', null, 'What a CMS editor can set'),
    h(
      'table',
      null,
      h('caption', null, `Attributes of <${tagName}>`),
      h(
        'thead',
        null,
        h('tr', null, ...['Attribute', 'What it does', 'Values', 'Default'].map((name) => h('th', { scope: 'col', key: name }, name))),
      ),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h(
            'tr',
            { key: row.attribute },
            h('td', null, h('code', null, row.attribute)),
            h('td', null, row.description),
            h('td', null, row.values),
            h('td', null, row.default === undefined ? 'none' : h('code', null, row.default)),
          ),
        ),
      ),
    ),
  );
}
