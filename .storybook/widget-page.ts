/**
 * Every widget's docs page: what it is, when to use it and when not, an embed builder (the primary
 * story with its controls and the complete snippet for the options chosen), the attributes a CMS
 * editor may set, then the other examples. Other pages made from stories files get Storybook's blocks alone.
 */
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Source, Stories, Title, useOf } from '@storybook/addon-docs/blocks';
import { PROFILE_FILE, profileFile } from '../stories/support/embed-snippet.js';
import { EditorAttributes, WidgetGuidance } from './docs-content.js';
import { GUIDANCE } from './guidance.js';

type Args = Record<string, unknown>;

/** A download of the profile file each example's snippet refers to. */
function ProfileDownloads({ stories, metaArgs }: { stories: { name: string; args?: Args }[]; metaArgs: Args }) {
  const files = stories.flatMap((story) => {
    const json = profileFile({ ...metaArgs, ...story.args });
    return json ? [{ name: story.name, json }] : [];
  });
  if (!files.length) return null;
  return h(
    Fragment,
    null,
    h('h3', null, 'Profile files'),
    h('p', null, `Examples that show their own data refer to ${PROFILE_FILE} in their snippet: save it beside the page.`),
    h(
      'ul',
      null,
      files.map(({ name, json }) =>
        h(
          'li',
          { key: name },
          h(
            'a',
            { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: PROFILE_FILE },
            `${PROFILE_FILE} for “${name}”`,
          ),
        ),
      ),
    ),
  );
}

export function WidgetDocsPage() {
  const { csfFile, preparedMeta } = useOf('meta', ['meta']);
  const tagName = typeof preparedMeta.component === 'string' ? preparedMeta.component : undefined;
  const stories = Object.values(csfFile.stories) as { name: string; args?: Args; moduleExport: unknown }[];
  const primary = stories[0]?.moduleExport;
  if (!tagName || !GUIDANCE[tagName]) return h(Fragment, null, h(Title), h(Description), h(Primary), h(Controls), h(Stories));
  return h(
    Fragment,
    null,
    h(Title),
    h(Description),
    h(WidgetGuidance, { tagName }),
    h('h2', null, 'Embed builder'),
    h(
      'p',
      null,
      'Choose options under the example; the example and the code below follow them. Copy the code whole: the loading lines go once in the head of the site-wide template, the element where the widget goes.',
    ),
    h(Primary),
    h(Controls),
    primary !== undefined && h(Source, { of: primary }),
    h(EditorAttributes, { tagName }),
    h(Stories, { title: 'Examples' }),
    h(ProfileDownloads, { stories, metaArgs: csfFile.meta.args ?? {} }),
  );
}
