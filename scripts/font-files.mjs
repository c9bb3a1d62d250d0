// The self-hosted reading fonts the toolbar offers (SIL Open Font License, from the @fontsource
// packages, which are build inputs): read from the `new URL('…woff2', import.meta.url)` list in
// src/components/a11y-toolbar/fonts.ts, the one place that names them, so the build can copy each
// file once (to dist/cdn/fonts/) and the dev servers and bundlers can find it.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The module that loads the fonts, from the project root (its URLs are relative to it). */
export const FONTS_MODULE = 'src/components/a11y-toolbar/fonts.ts';

/**
 * Each `new URL('<literal>', import.meta.url)` in `code`: the literal's text and where it stands
 * (start and end of the quoted string). Parsed with TypeScript, which reads the .ts source and
 * the built .js alike.
 */
export function moduleRelativeUrls(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (
      ts.isNewExpression(node) &&
      node.expression.getText(source) === 'URL' &&
      node.arguments?.length === 2 &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[1].getText(source) === 'import.meta.url'
    ) {
      found.push({ url: node.arguments[0].text, start: node.arguments[0].getStart(source), end: node.arguments[0].getEnd() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

let cached;
/**
 * Each font file: `url` as the fonts module names it (relative to the module), `file` its name,
 * `source` its absolute path in the @fontsource package (a devDependency) that provides it.
 */
export function fontFiles() {
  if (cached) return cached;
  const packages = Object.keys(pkg.devDependencies ?? {}).filter((name) => name.startsWith('@fontsource/'));
  const modulePath = join(root, FONTS_MODULE);
  cached = moduleRelativeUrls(readFileSync(modulePath, 'utf8'), modulePath)
    .filter(({ url }) => url.endsWith('.woff2'))
    .map(({ url }) => {
      const file = basename(url);
      const source = packages
        .map((name) => join(dirname(require.resolve(`${name}/package.json`)), 'files', file))
        .find((path) => existsSync(path));
      if (!source) throw new Error(`font-files: no devDependency in @fontsource/ provides ${file} (named in ${FONTS_MODULE}).`);
      return { url, file, source };
    });
  if (!cached.length) throw new Error(`font-files: ${FONTS_MODULE} names no .woff2 file.`);
  return cached;
}

/** Where the build puts each font file, below `dist`: where the built fonts module's URL points. */
export function builtFontPaths(dist) {
  const builtModuleFolder = join(dist, dirname(relative('src', FONTS_MODULE)));
  return fontFiles().map((font) => ({ ...font, path: resolve(builtModuleFolder, font.url) }));
}

/** Dev-server middleware (Koa, as @web/dev-server uses) serving the font files where the source module's URLs point. */
export function fontMiddleware() {
  const moduleFolder = `/${posix.dirname(FONTS_MODULE)}/`;
  const files = new Map(fontFiles().map(({ url, source }) => [posix.resolve(moduleFolder, url), source]));
  return async (context, next) => {
    const source = files.get(context.path);
    if (!source) return next();
    context.body = await readFile(source);
    context.type = 'font/woff2';
    return undefined;
  };
}

/**
 * Rollup plugin for the CDN and single-file builds: each font URL in the built fonts module is
 * made relative to the chunk that ends up holding that code, pointing at the build's one copy of
 * the file (dist/cdn/fonts/). Rollup leaves `new URL(…, import.meta.url)` alone otherwise, and the
 * chunk does not sit where the module did. The result is again the literal form bundlers know.
 */
export function fontUrlsRollupPlugin(dist) {
  const targets = new Set(builtFontPaths(dist).map(({ path }) => path));
  const properties = new Map();
  let outDir;
  return {
    name: 'selca:reading-font-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      const urls = moduleRelativeUrls(code, id).filter(({ url }) => targets.has(resolve(dirname(id), url)));
      if (!urls.length) return null;
      let result = code;
      for (const { url, start, end } of urls.reverse()) {
        const property = `SELCA_READING_FONT_${properties.size}`;
        properties.set(property, resolve(dirname(id), url));
        result = `${result.slice(0, start)}import.meta.${property}${result.slice(end)}`;
      }
      return { code: result, map: null };
    },
    renderStart(options) {
      outDir = options.dir ?? dirname(options.file);
    },
    resolveImportMeta(property, { chunkId }) {
      const target = properties.get(property);
      if (!target) return null;
      const path = relative(dirname(join(outDir, chunkId)), target)
        .split(sep)
        .join('/');
      return JSON.stringify(path.startsWith('.') ? path : `./${path}`);
    },
  };
}

/**
 * Vite plugin for Storybook, which bundles the source, where the package's copy of the fonts does
 * not exist: each font URL in the fonts module points at the @fontsource file instead, so Vite
 * serves it in dev and copies it into the build.
 */
export function fontSourcesVitePlugin() {
  const modulePath = resolve(root, FONTS_MODULE);
  const sources = new Map(fontFiles().map(({ url, source }) => [url, source]));
  return {
    name: 'selca:reading-font-sources',
    enforce: 'pre',
    transform(code, id) {
      if (resolve(id.split('?')[0]) !== modulePath) return null;
      let result = code;
      for (const { url, start, end } of moduleRelativeUrls(code, id).reverse()) {
        const source = sources.get(url);
        if (!source) continue;
        const path = relative(dirname(modulePath), source).split(sep).join('/');
        result = `${result.slice(0, start)}${JSON.stringify(path)}${result.slice(end)}`;
      }
      return { code: result, map: null };
    },
  };
}
