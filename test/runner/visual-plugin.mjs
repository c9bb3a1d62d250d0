// Screenshot baselines of every story (test/visual/*.chromium.test.ts): where baselines and diffs go,
// how different a screenshot may be, and a server command naming the fonts Chromium painted with.
import { join } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { sanitize, storyNameFromExport, toId } from 'storybook/internal/csf';

export const VISUAL_DIR = 'test/visual';
/** Set to 1 to write the screenshots of this run as the new baselines instead of comparing. */
export const UPDATE_ENV = 'SELCA_VISUAL_UPDATE';

/**
 * A screenshot's file, from the name the test gives it (JSON of story title, export name and
 * mode): `<Storybook story id>/<mode>`, e.g. `widgets-goals-panel--cards/dark-theme`.
 */
export function screenshotFile(name) {
  const [title, exportName, mode] = JSON.parse(name);
  return join(toId(title, storyNameFromExport(exportName)), sanitize(mode));
}

const baselineName = ({ name }) => join('baseline', `${screenshotFile(name)}.png`);
const failedName = ({ name }) => join('failed', `${screenshotFile(name)}.png`);
const diffName = ({ name }) => join('failed', `${screenshotFile(name)}.diff.png`);
const diffFile = (name) => join(VISUAL_DIR, diffName({ name }));

/**
 * Compares a screenshot with its baseline. Chromium encodes the same pixels to the same bytes, so
 * an identical file needs no pixel comparison; that keeps a run of every story short.
 */
function compareImages({ name, baselineImage, image, options }) {
  if (image.equals(baselineImage)) return { error: '', diffImage: Buffer.alloc(0), diffPercentage: 0, diffPixels: 0 };
  const baseline = PNG.sync.read(baselineImage);
  const actual = PNG.sync.read(image);
  const width = Math.max(baseline.width, actual.width);
  const height = Math.max(baseline.height, actual.height);
  const sameSize = baseline.width === actual.width && baseline.height === actual.height;
  // Images of different sizes are compared on a canvas the size of both, filled with transparent.
  const onCanvas = (png) => {
    if (sameSize) return png;
    const canvas = new PNG({ width, height, fill: true });
    PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
    return canvas;
  };
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(onCanvas(baseline).data, onCanvas(actual).data, diff.data, width, height, options);
  if (diffPixels > 0 && sameSize) {
    console.log(`[visual] ${screenshotFile(name)}: ${diffPixels} pixels differ from the baseline`);
  }
  return {
    error: sameSize
      ? ''
      : `The screenshot is ${actual.width} × ${actual.height} px, its baseline ${baseline.width} × ${baseline.height} px.\n` +
        `See diff for details: ${diffFile(name)}`,
    diffImage: PNG.sync.write(diff),
    diffPercentage: (diffPixels / (width * height)) * 100,
    diffPixels,
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
function storyScreenshotsPlugin(update) {
  return visualRegressionPlugin({
    update,
    baseDir: VISUAL_DIR,
    getBaselineName: baselineName,
    getFailedName: failedName,
    getDiffName: diffName,
    getImageDiff: compareImages,
    // The same code paints the same pixels on the same Chromium, so these only absorb
    // anti-aliasing noise: a pixel counts as changed past 5% of the YIQ colour range (pixelmatch's
    // default of 10% would let one NHS blue pass for a near neighbour), and a story fails when
    // more than 0.01% of its pixels change (about 80 of a 1008 × 800 frame, far less than a
    // one-pixel border round a button).
    diffOptions: { threshold: 0.05 },
    failureThresholdType: 'percent',
    failureThreshold: 0.01,
  });
}

const TEXT_NODE = 3;

/** Every node below a DevTools DOM node that paints text: text nodes and pseudo-elements, through shadow roots. */
function* textNodes(node) {
  if ((node.nodeType === TEXT_NODE && node.nodeValue.trim()) || node.pseudoType) yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.pseudoElements ?? [])]) {
    yield* textNodes(child);
  }
}

/**
 * `selca-platform-fonts`: the installed font families Chromium used to paint the page's text,
 * with the number of glyphs each drew, so a test can say which system fonts its pixels rely on.
 */
function platformFontsPlugin() {
  return {
    name: 'selca-platform-fonts',
    async executeCommand({ command, session }) {
      if (command !== 'selca-platform-fonts') return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
        throw new Error(`selca-platform-fonts needs Chromium; this session runs ${session.browser.name}`);
      }
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const glyphs = {};
        for (const node of textNodes(root)) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
          for (const font of fonts) {
            const family = font.isCustomFont ? `${font.familyName} (web font)` : font.familyName;
            glyphs[family] = (glyphs[family] ?? 0) + font.glyphCount;
          }
        }
        return glyphs;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin[]} */
export function visualPlugins({ env = process.env } = {}) {
  return [storyScreenshotsPlugin(env[UPDATE_ENV] === '1'), platformFontsPlugin()];
}
