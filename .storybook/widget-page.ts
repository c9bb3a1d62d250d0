/**
 * Every widget's docs page: what it is, when to use it and when not, an embed builder (the primary
 * story with its controls and the complete snippet for the options chosen), the attributes a CMS
 * editor may set, then the other examples, each with its code and a link to it on a page of its own.
 * Other pages made from stories files get Storybook's blocks alone.
 */
import { createElement as h, Fragment, useContext, useMemo } from 'react';
import { render } from 'lit';
import { Controls, Description, DocsContext, Primary, Source, Stories, Title } from '@storybook/addon-docs/blocks';
import type { PreparedStory } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import { PROFILE_FILE, completeSnippet, profileFile } from '../stories/support/embed-snippet.js';
import { EditorAttributes, WidgetGuidance } from './docs-content.js';
import { GUIDANCE } from './guidance.js';

type Args = Record<string, unknown>;
type Story = PreparedStory<WebComponentsRenderer>;

/**
 * The complete snippet of a story not drawn on the page: its markup made as Storybook makes a drawn
 * story's (the story without decorators, rendered into a detached element, Lit's markers removed).
 */
function snippetOf(story: Story, args: Args): string {
  const container = document.createElement('div');
  render(story.originalStoryFn(args, { ...story, args } as never), container);
  return completeSnippet(container.innerHTML.replace(/<!--\??(lit\$\d+\$)?-->/g, ''), args);
}

/**
 * The examples other than the embed builder's, as code and a link, not live: a widget's regions and
 * search are named for one of it on a page (as on a site), so several live on one page would repeat
 * those names (axe landmark-unique), and an iframe would not help, as axe and screen readers list a
 * frame's landmarks with the page's. Each example is checked live in every visitor mode by the story matrix.
 */
function Examples({ stories }: { stories: Story[] }) {
  const ids = stories.map((story) => story.id).join(' ');
  // Made once, not again each time a visitor setting redraws the page.
  const snippets = useMemo(() => new Map(stories.map((story) => [story.id, snippetOf(story, story.initialArgs)])), [ids]);
  if (!stories.length) return null;
  return h(
    Fragment,
    null,
    h('h2', null, 'Examples'),
    h('p', null, 'Each example opens on a page of its own, with the visitor settings chosen in the toolbar. Its code is below it.'),
    stories.map((story) =>
      h(
        Fragment,
        { key: story.id },
        h('h3', null, story.name),
        h(Description, { of: story.moduleExport }),
        h('p', null, h('a', { href: `./?path=/story/${story.id}`, target: '_top' }, `Open the example “${story.name}”`)),
        h(Source, { code: snippets.get(story.id), language: 'html', format: true }),
      ),
    ),
  );
}

/** A download of the profile file each example's snippet refers to. */
function ProfileDownloads({ stories }: { stories: Story[] }) {
  const files = stories.flatMap((story) => {
    const json = profileFile(story.initialArgs);
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
  const docs = useContext(DocsContext);
  // In the order of the stories file, as the sidebar and the Primary block have them.
  const stories = docs.componentStories() as Story[];
  const tagName = typeof stories[0]?.component === 'string' ? stories[0].component : undefined;
  const primary: unknown = stories[0]?.moduleExport;
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
    h(Examples, { stories: stories.slice(1) }),
    h(ProfileDownloads, { stories }),
  );
}
