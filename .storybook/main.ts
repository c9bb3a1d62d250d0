import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { dirname } from 'node:path';
import { searchForWorkspaceRoot } from 'vite';
import { fontFiles, fontSourcesVitePlugin } from '../scripts/font-files.mjs';
import { builtEmbedSnippet } from '../scripts/embed-snippet.mjs';

type VitePlugin = {
  name: string;
  apply?: 'build' | 'serve';
  transform?: (code: string, id: string) => unknown;
  resolveId?: (id: string) => string | undefined;
  load?: (id: string) => string | undefined;
};

const STORIES_DIR = fileURLToPath(new URL('../stories/', import.meta.url));

/**
 * package.json's "sideEffects" describes the published package, so it leaves out stories/.
 * The production bundler would then drop side-effect-only imports such as
 * `import './support/theme-sample.js'` (the customElements.define call), and the built
 * Storybook would render empty elements. Story files and their helpers always keep their effects.
 */
const keepStorySideEffects: VitePlugin = {
  name: 'selca:keep-story-side-effects',
  apply: 'build',
  transform(_code, id) {
    return id.startsWith(STORIES_DIR) ? { moduleSideEffects: true } : null;
  },
};

const EMBED_SNIPPET = 'virtual:selca/embed-snippet';

/** The loading markup for the built dist/cdn/ (`npm run build`), for the complete snippets the docs pages give. */
const embedSnippetModule: VitePlugin = {
  name: 'selca:embed-snippet',
  resolveId: (id) => (id === EMBED_SNIPPET ? `\0${EMBED_SNIPPET}` : undefined),
  load(id) {
    if (id !== `\0${EMBED_SNIPPET}`) return undefined;
    const { html, csp } = builtEmbedSnippet();
    return `export const html = ${JSON.stringify(html)};\nexport const csp = ${JSON.stringify(csp)};`;
  },
};

/**
 * Storybook for the widgets. Runs fully offline: no telemetry, no crash reports, no update
 * checks. The npm scripts also pass --disable-telemetry, which is what keeps crash reports off
 * even when this file fails to load. Leave `enableCrashReports` unset: setting it to false
 * makes Storybook send (forced) error events despite `disableTelemetry`.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Story files and docs pages; stories/support/** holds helpers that are neither.
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    // project.json only carries the metadata Storybook would send as telemetry.
    disableProjectJson: true,
  },
  viteFinal(viteConfig, { configType }) {
    // The reading fonts come from their @fontsource packages: the package's copy exists only after a build.
    const plugins = [...(viteConfig.plugins ?? []), keepStorySideEffects, embedSnippetModule, fontSourcesVitePlugin()];
    if (configType !== 'PRODUCTION') {
      return {
        ...viteConfig,
        plugins,
        server: {
          ...viteConfig.server,
          fs: {
            ...viteConfig.server?.fs,
            // The @fontsource files may be outside the project (a linked node_modules, a workspace's): served all the same.
            allow: [
              ...(viteConfig.server?.fs?.allow ?? [searchForWorkspaceRoot(process.cwd())]),
              ...new Set(fontFiles().map(({ source }) => dirname(source))),
            ],
          },
        },
        optimizeDeps: {
          ...viteConfig.optimizeDeps,
          // Storybook's web-components renderer imports this from its unbundled entry; without it
          // the dev server serves a second, unoptimised lit-html ("Multiple versions of Lit loaded").
          include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
        },
      };
    }
    return {
      ...viteConfig,
      plugins,
      // Keep `npm run build-storybook` quiet: warnings and errors only, no per-chunk size table.
      logLevel: 'warn',
      build: {
        ...viteConfig.build,
        reportCompressedSize: false,
        // Storybook's own docs renderer and preview runtime are ~1 MB chunks; expected for a
        // documentation site, and not the widgets' bundle (that is scripts/build.mjs).
        chunkSizeWarningLimit: 2000,
      },
    };
  },
};

export default config;
