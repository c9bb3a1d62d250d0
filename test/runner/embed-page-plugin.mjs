// Serves /__selca__/embed.html: a trust-like page that loads the built dist/cdn/ exactly as the
// README's embed snippet says (integrity on the script, an import map with every module's
// integrity), under the strict policy the snippet prints. `?tamper=FILE` gives FILE a wrong hash,
// as if the copy on the server had been altered.
// Serves /__selca__/readme-page.html too: the README's page template, followed literally onto a page
// styled by nhsuk-frontend, with the printed snippet in its head and the README's spacing rule as the
// site's stylesheet.
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { DEFAULT_BASE, builtEmbedSnippet, embedSnippet } from '../../scripts/embed-snippet.mjs';

export const EMBED_PAGE = '/__selca__/embed.html';
/** dist/cdn/, byte for byte: the dev server's own transforms would break every integrity hash. */
export const RAW_CDN = '/__selca__/cdn/';
export const VIOLATION_RECORDER = '/__selca__/violations.js';
export const README_PAGE = '/__selca__/readme-page.html';
const README_SITE_CSS = '/__selca__/readme-site.css';
const TEMPLATE_MARK = '<!-- readme:page-template';
// The stories' complete snippets (stories/support/embed-snippet.ts) import their loading markup from here.
const EMBED_SNIPPET_SPECIFIER = 'virtual:selca/embed-snippet';
const EMBED_SNIPPET_MODULE = '/__selca__/embed-snippet.js';
/** Pages a test pasted a snippet into (command `selca-paste-page`), each in a folder of its own with its files. */
export const PASTED = '/__selca__/pasted/';

/** The README's page template (the html block after its mark) and the css block that follows it. */
function readmePage(rootDir) {
  const readme = readFileSync(join(rootDir, 'README.md'), 'utf8');
  const start = readme.indexOf(TEMPLATE_MARK);
  if (start < 0) throw new Error(`README.md has no "${TEMPLATE_MARK}" mark`);
  const after = readme.slice(start);
  const body = /```html\n([\s\S]*?)\n```/.exec(after)?.[1];
  const css = /```css\n([\s\S]*?)\n\s*```/.exec(after)?.[1];
  if (!body || !css) throw new Error('README.md: the page template needs an html block and then a css block');
  return { body, css };
}

/** The printed snippet for this build, with the strict policy it needs set on the response. */
function snippetUnderPolicy(context, rootDir, tamper) {
  const manifest = JSON.parse(readFileSync(join(rootDir, 'dist', 'cdn-manifest.json'), 'utf8'));
  if (tamper) manifest.files[tamper].integrity = manifest.files['selca-early.js'].integrity;
  const { html, csp } = embedSnippet(manifest, RAW_CDN);
  context.set('Content-Security-Policy', `default-src 'self'; ${csp}; style-src 'self'; img-src 'self' data:`);
  return html;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function embedPagePlugin({ rootDir = process.cwd() } = {}) {
  const pasted = new Map();
  return {
    name: 'selca-embed-page',
    resolveImport({ source }) {
      return source === EMBED_SNIPPET_SPECIFIER ? EMBED_SNIPPET_MODULE : undefined;
    },
    // A blank page holding only `body` (what a web team pasted), with `files` beside it; returns its address.
    executeCommand({ command, payload }) {
      if (command !== 'selca-paste-page') return undefined;
      const folder = `${PASTED}${pasted.size + 1}/`;
      pasted.set(`${folder}index.html`, {
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A pasted snippet</title></head><body>\n${payload.body}\n</body></html>`,
        type: 'html',
      });
      for (const [name, body] of Object.entries(payload.files ?? {})) pasted.set(folder + name, { body, type: 'json' });
      return `${folder}index.html`;
    },
    serve(context) {
      if (context.path.startsWith(PASTED)) return pasted.get(context.path);
      if (context.path === EMBED_SNIPPET_MODULE) {
        const { html, csp } = builtEmbedSnippet(DEFAULT_BASE, rootDir);
        return { body: `export const html = ${JSON.stringify(html)};\nexport const csp = ${JSON.stringify(csp)};`, type: 'js' };
      }
      if (context.path === VIOLATION_RECORDER) {
        return {
          body: "window.selcaViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.selcaViolations.push(`${e.violatedDirective} ${e.blockedURI}`));",
          type: 'js',
        };
      }
      if (context.path === README_SITE_CSS) return { body: readmePage(rootDir).css, type: 'css' };
      if (context.path === README_PAGE) {
        const html = snippetUnderPolicy(context, rootDir);
        const nhsuk = '/node_modules/nhsuk-frontend/dist/nhsuk/';
        const nhsukCss = readdirSync(join(rootDir, nhsuk)).find((name) => /^nhsuk-frontend-[\d.]+\.min\.css$/.test(name));
        return {
          body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A page from the README</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="${VIOLATION_RECORDER}"></script>
<link rel="stylesheet" href="${nhsuk}${nhsukCss}">
<link rel="stylesheet" href="${README_SITE_CSS}">
${html}
</head>
${readmePage(rootDir).body}
</html>`,
          type: 'html',
        };
      }
      if (context.path !== EMBED_PAGE) return undefined;
      const html = snippetUnderPolicy(context, rootDir, context.URL.searchParams.get('tamper'));
      return {
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Embed snippet</title>
<script src="${VIOLATION_RECORDER}"></script>
${html}
</head><body><main>
<selca-a11y-toolbar></selca-a11y-toolbar>
<selca-coverage-map><p>The alliance covers six boroughs.</p></selca-coverage-map>
<selca-partner-list></selca-partner-list>
<selca-goals-panel></selca-goals-panel>
<selca-focus-areas></selca-focus-areas>
</main></body></html>`,
        type: 'html',
      };
    },
  };
}

/**
 * Dev-server middleware (Koa) serving dist/cdn/ untouched under RAW_CDN, and under the snippet's
 * default folder, as a pasted complete snippet expects it.
 */
export function rawCdnMiddleware({ rootDir = process.cwd() } = {}) {
  const cdn = join(rootDir, 'dist', 'cdn');
  return async (context, next) => {
    const prefix = [RAW_CDN, DEFAULT_BASE].find((folder) => context.path.startsWith(folder));
    if (!prefix) return next();
    const file = normalize(join(cdn, context.path.slice(prefix.length)));
    if (!file.startsWith(cdn + sep)) return next();
    try {
      context.body = await readFile(file);
      context.type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    } catch {
      context.status = 404;
    }
    return undefined;
  };
}
