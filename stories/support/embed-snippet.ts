import { html as loadingMarkup } from 'virtual:selca/embed-snippet';

/** The name the complete snippet gives a profile object a story passes, saved as a file beside the page. */
export const PROFILE_FILE = 'alliance-profile.json';

/** A profile object the story passes (its `profile` arg), as the JSON file the snippet refers to. */
export const profileFile = (args: Record<string, unknown>): string | undefined =>
  args['profile'] && typeof args['profile'] === 'object' ? JSON.stringify(args['profile'], null, 2) : undefined;

/**
 * What a web team pastes to reproduce a story: the loading markup with its integrity hashes (as
 * README's snippet), then the story's markup, each widget given a profile object reading it from
 * {@link PROFILE_FILE} instead.
 */
export function completeSnippet(markup: string, args: Record<string, unknown>): string {
  // Storybook's Source block may transform code the preview already made complete.
  if (markup.trim().startsWith(loadingMarkup)) return markup.trim();
  const page = profileFile(args)
    ? markup.trim().replace(/<(selca-[a-z0-9-]+)(?![^>]*\ssrc=)/g, `<$1 src="${PROFILE_FILE}"`)
    : markup.trim();
  const profileNote = profileFile(args) ? `\n<!-- ${PROFILE_FILE}: download it from this page and save it beside the page. -->` : '';
  return `${loadingMarkup}\n\n<!-- In the page, where the widget goes: -->${profileNote}\n${page}`;
}
