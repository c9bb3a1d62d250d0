// A story rendered in a page served under the strict policy (test/runner/csp-plugin.mjs): the story
// named by the address (?file=stories/NAME.stories.ts&story=ExportName), played, then settled.
import { render } from 'lit';
import { collectStories, settle, storyFrame } from '../helpers/story-collection.js';

const params = new URLSearchParams(location.search);
const story = collectStories().find((candidate) => candidate.file === params.get('file') && candidate.exportName === params.get('story'));

async function show(): Promise<void> {
  if (!story) throw new Error(`No story ${params.get('story')} in ${params.get('file')}`);
  render(storyFrame(story), document.body);
  const frame = document.body.querySelector('main')!;
  await settle(frame);
  await story.play(frame);
  await settle(frame);
}

/** Read by the test from outside the page: settles once the story has been played. */
window.selcaStory = show();

declare global {
  interface Window {
    selcaStory?: Promise<void>;
  }
}
