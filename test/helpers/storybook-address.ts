// Storybook's own reading of a shared address's `args=`, as its preview does on reload. Served
// bundled (test/runner/bundled-helper-plugin.mjs): Storybook's preview API is not plain ES modules.
import { StoryStore, UrlStore } from 'storybook/preview-api';

type Args = Record<string, unknown>;

export interface ArgsStory {
  id: string;
  initialArgs: Args;
  argTypes: Record<string, unknown>;
}

/** The story's args after a reload of an address with `args=<argsParam>`: what Storybook keeps of them. */
export function argsFromAddress(argsParam: string, story: ArgsStory): Args {
  const original = location.href;
  history.replaceState(history.state, '', `${location.pathname}?id=${story.id}&args=${argsParam}`);
  let persisted: Args;
  try {
    persisted = new UrlStore().selectionSpecifier?.args ?? {};
  } finally {
    history.replaceState(history.state, '', original);
  }
  const { args } = new StoryStore({ v: 5, entries: {} }, () => Promise.resolve({}), {});
  const prepared = story as unknown as Parameters<typeof args.setInitial>[0];
  args.setInitial(prepared);
  args.updateFromPersisted(prepared, persisted);
  return args.get(story.id);
}

/** The globals Storybook's preview reads from an address with `globals=<globalsParam>`, as on loading a shared link. */
export function globalsFromAddress(globalsParam: string, storyId: string): Args {
  const original = location.href;
  history.replaceState(history.state, '', `${location.pathname}?id=${storyId}&globals=${globalsParam}`);
  try {
    return new UrlStore().selectionSpecifier?.globals ?? {};
  } finally {
    history.replaceState(history.state, '', original);
  }
}
