// Every story composed as Storybook would render it, and a wait for it to settle. Free of test
// libraries, so a page served under the strict Content-Security-Policy can import it too.
import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import allStories from 'virtual:selca/all-stories';
import { completeSnippet } from '../../stories/support/embed-snippet.js';
import { setPreferences } from '../../src/core/preferences.js';
import { preferencesOf } from '../../.storybook/visitor-settings.js';

type Args = Record<string, unknown>;
type StoryFn = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;

interface StoryContext {
  args: Args;
  id: string;
  name: string;
  title: string;
}

interface DocsParameters {
  docs?: { canvas?: { sourceState?: 'hidden' | 'shown' | 'none' }; source?: { code?: string } };
}

interface StoryAnnotations {
  name?: string;
  parameters?: DocsParameters;
  title?: string;
  component?: string;
  args?: Args;
  /** Storybook toolbar settings the story fixes for itself (a theme), as the preview puts them in force. */
  globals?: Record<string, unknown>;
  argTypes?: Record<string, unknown>;
  render?: StoryFn;
  decorators?: Decorator[];
  excludeStories?: string[];
  play?: (context: { canvasElement: HTMLElement; args: Args }) => unknown;
}

/** A story as Storybook would render it, ready to put in a fixture. */
export interface ComposedStory {
  /** The name its stories file exports it under. */
  exportName: string;
  file: string;
  title: string;
  name: string;
  /** The widget tag of its meta's `component`. */
  component: string | undefined;
  args: Args;
  /** The Storybook toolbar settings it fixes for itself (its meta's and its own `globals`). */
  globals: Record<string, unknown>;
  /** The argTypes its meta and its own annotations set (before Storybook's extraction adds the widget's). */
  argTypes: Record<string, unknown>;
  /** Renders it with its args, or with these args in their place (as from a shared address). */
  render(args?: Args): unknown;
  /**
   * The markup Storybook's docs page shows under "Show code": the story's own `docs.source.code`, or
   * else what its render puts in the page, as the web components renderer takes it, made complete by
   * the preview's `docs.source.transform` (completeSnippet); `undefined` when the story offers none
   * (`docs.canvas.sourceState: 'none'`).
   */
  shownSource(): string | undefined;
  /** Storybook's play step: brings the story to the state it shows. */
  play(canvasElement: HTMLElement): Promise<void>;
}

const startCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');

/** Storybook's default for web components: the `component` tag with args set as properties. */
const renderComponent = (tag: string | undefined) => (args: Args) => {
  if (!tag) throw new Error('A story needs a render function or a component tag');
  const element = document.createElement(tag);
  Object.assign(element, args);
  return element;
};

/** Every exported story of every stories file, composed from its meta and its own annotations. */
export function collectStories(): ComposedStory[] {
  const stories: ComposedStory[] = [];
  for (const [file, module] of allStories) {
    const meta = (module.default ?? {}) as StoryAnnotations;
    const title = meta.title ?? file;
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || exportName === '__namedExportsOrder' || meta.excludeStories?.includes(exportName)) continue;
      const story = (typeof value === 'function' ? { render: value } : value) as StoryAnnotations;
      const name = story.name ?? startCase(exportName);
      const args = { ...meta.args, ...story.args };
      const contextFor = (storyArgs: Args): StoryContext => ({ args: storyArgs, id: `${title}--${exportName}`, name, title });
      const renderFn = story.render ?? meta.render ?? renderComponent(meta.component);
      const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
      const play = story.play ?? meta.play;
      const docs = { ...meta.parameters?.docs, ...story.parameters?.docs };
      const globals = { ...meta.globals, ...story.globals };
      const ownGlobals = preferencesOf(globals);
      const withOwnGlobals: Decorator = (inner) => {
        if (Object.keys(ownGlobals).length) setPreferences(ownGlobals);
        return inner();
      };
      const renderStory = (storyArgs = args) =>
        [...decorators, withOwnGlobals].reduce<() => unknown>(
          (inner, decorate) => () => decorate(inner, contextFor(storyArgs)),
          () => renderFn(storyArgs, contextFor(storyArgs)),
        )();
      stories.push({
        exportName,
        file,
        title,
        name,
        component: meta.component,
        args,
        globals,
        argTypes: { ...meta.argTypes, ...story.argTypes },
        play: async (canvasElement) => {
          await play?.({ canvasElement, args });
        },
        render: (storyArgs) => renderStory(storyArgs),
        shownSource: () => {
          if (docs.canvas?.sourceState === 'none') return undefined;
          if (docs.source?.code !== undefined) return completeSnippet(docs.source.code, args);
          const container = document.createElement('div');
          render(renderStory(), container);
          // Lit's markers, which the renderer leaves out too.
          const comments = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
          const markers: Node[] = [];
          while (comments.nextNode()) markers.push(comments.currentNode);
          markers.forEach((marker) => marker.parentNode!.removeChild(marker));
          return completeSnippet(container.innerHTML, args);
        },
      });
    }
  }
  return stories;
}

/** Every custom element below a node, through shadow roots; the node may be in another window. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  if ('shadowRoot' in root && root.shadowRoot) yield* deepElements(root.shadowRoot);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Waits until every Lit element below `root` has rendered and no widget is still loading data. */
export async function settle(root: Element, timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const elements = [root, ...deepElements(root)];
    await Promise.all(elements.flatMap((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? []));
    const loading = elements.some((element) => element.shadowRoot?.querySelector('.selca-notice[data-kind="loading"]'));
    if (!loading) return;
    if (performance.now() - started > timeoutMs) throw new Error('A story was still loading its data after 3 s');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The landmark a story sits in, as it would on a trust's page. */
export const storyFrame = (story: ComposedStory): TemplateResult =>
  html`<main aria-label=${`${story.title}: ${story.name}`}>${story.render() ?? nothing}</main>`;
