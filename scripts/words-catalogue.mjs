#!/usr/bin/env node
/**
 * The words of every widget, for translators, from the catalogues themselves:
 *   - dist/words/en.json: every key with its English text, in the shape `setWords` and a profile's
 *     `words` take, a value written `{name}` where it goes; a translation starts as a copy of it;
 *   - docs/words.md: the same with each key's note and values (shown in Storybook as "Words/For
 *     translators"): first one table of every widget's names and announcements, then a table per
 *     widget of its other words.
 * Each widget's names and announcements, which screen readers say in the page's voice whatever their
 * lang, come first in both; they are its catalogue folder's `SpokenWords` list, and the build fails
 * without one.
 * A catalogue is found by its module's `interface WidgetWords { 'selca-…': typeof someWords }`
 * (declaration merging), so a widget's words are listed as soon as it registers them. The text
 * comes from the built module in dist/ (`npm run build` first); the notes from the source's JSDoc.
 * Run by `npm run build`; on its own: `node scripts/words-catalogue.mjs`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const OUTPUTS = { json: 'dist/words/en.json', doc: 'docs/words.md' };

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** A JSDoc comment of a node, as one line. */
const noteOf = (node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each catalogue a source file registers: `{ tag, name }` from `interface WidgetWords { tag: typeof name & … }`. */
function registrations(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'WidgetWords') {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const tag = member.name.getText(source).replace(/^['"]|['"]$/g, '');
        const names = [];
        const collect = (type) => {
          if (ts.isTypeQueryNode(type)) names.push(type.exprName.getText(source));
          ts.forEachChild(type, collect);
        };
        collect(member.type);
        for (const name of names) found.push({ tag, name });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The names of the values a word made by a function is given: its parameter type's members, else the names it destructures. */
function valuesOf(initializer) {
  const parameter = ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer) ? initializer.parameters[0] : undefined;
  if (!parameter) return [];
  if (parameter.type && ts.isTypeLiteralNode(parameter.type)) return parameter.type.members.map((member) => member.name.getText());
  return ts.isObjectBindingPattern(parameter.name)
    ? parameter.name.elements.map((element) => (element.propertyName ?? element.name).getText())
    : [];
}

/** The note and value names of an exported catalogue's keys, by key, from the file that declares it. */
function notesIn(source, name) {
  const notes = {};
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === name && node.initializer) {
      let value = node.initializer;
      while (ts.isSatisfiesExpression(value) || ts.isAsExpression(value)) value = value.expression;
      if (ts.isObjectLiteralExpression(value)) {
        for (const property of value.properties) {
          if (!property.name) continue;
          const values = ts.isPropertyAssignment(property) ? valuesOf(property.initializer) : [];
          notes[property.name.getText(source).replace(/^['"]|['"]$/g, '')] = { note: noteOf(property), values };
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return notes;
}

/** A word as a JSON document holds it: text, with `{name}` where each value goes; and the names of those values. */
export function asText(word) {
  if (typeof word === 'string') return { text: word, values: [] };
  const values = [];
  const placeholders = new Proxy(
    {},
    {
      get: (_, name) => {
        if (typeof name !== 'string') return undefined;
        if (!values.includes(name)) values.push(name);
        return `{${name}}`;
      },
    },
  );
  return { text: word(placeholders), values };
}

/** Every registered catalogue: `[{ tag, words: [{ key, text, values, note, spoken }] }]`, in tag order, each widget's names and announcements first. */
export async function catalogues(root) {
  const byTag = new Map();
  const spokenIn = new Map();
  for (const path of walk(join(root, 'src'))
    .filter((file) => file.endsWith('.ts'))
    .sort()) {
    const code = readFileSync(path, 'utf8');
    if (!code.includes('WidgetWords')) continue;
    const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
    for (const { tag, name } of registrations(source)) {
      // The catalogue is exported by a module of the same folder.
      const folder = dirname(path);
      const home = readdirSync(folder)
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join(folder, file))
        .find((file) => new RegExp(`export const ${name}\\b`).test(readFileSync(file, 'utf8')));
      if (!home) throw new Error(`${relative(root, path)}: ${tag} names ${name}, which no module of ${relative(root, folder)} exports`);
      const built = join(root, 'dist', relative(join(root, 'src'), home)).replace(/\.ts$/, '.js');
      const catalogue = (await import(pathToFileURL(built).href))[name];
      const notes = notesIn(ts.createSourceFile(home, readFileSync(home, 'utf8'), ts.ScriptTarget.Latest, true), name);
      const words = byTag.get(tag) ?? [];
      for (const [key, word] of Object.entries(catalogue)) {
        const { text, values } = asText(word);
        // The declared values, in order, then any the text uses that the declaration does not name.
        const declared = notes[key]?.values ?? [];
        words.push({ key, text, values: [...new Set([...declared, ...values])], note: notes[key]?.note ?? '' });
      }
      byTag.set(tag, words);
      spokenIn.set(tag, folder);
    }
  }
  // Each widget's names and announcements, first: screen readers say them in the page's voice whatever their lang.
  for (const [tag, words] of byTag) {
    const spoken = await spokenList(root, spokenIn.get(tag), tag);
    const unknown = spoken.filter((key) => !words.some((word) => word.key === key));
    if (unknown.length) throw new Error(`<${tag}>'s spoken list names ${unknown.join(', ')}, which its catalogue does not have`);
    for (const word of words) word.spoken = spoken.includes(word.key);
    words.sort((a, b) => Number(b.spoken) - Number(a.spoken));
  }
  return [...byTag].sort(([a], [b]) => a.localeCompare(b)).map(([tag, words]) => ({ tag, words }));
}

/** The keys of a widget that are names or announcements: the one `export const …: SpokenWords<…>` of its catalogue's folder. */
async function spokenList(root, folder, tag) {
  const found = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(/export const (\w+): SpokenWords</g)].map((match) => [file, match[1]]),
    );
  if (found.length !== 1) {
    throw new Error(
      `${relative(root, folder)}: <${tag}> needs one list of the keys that are names or announcements (screen readers say them ` +
        `in the page's voice whatever their lang, so translators do them first), as \`export const …Spoken: SpokenWords<typeof …> = [...]\` ` +
        `in its folder (spoken-words.ts); found ${found.length ? found.map(([, name]) => name).join(', ') : 'none'}`,
    );
  }
  const [file, name] = found[0];
  const built = join(root, 'dist', relative(join(root, 'src'), join(folder, file))).replace(/\.ts$/, '.js');
  return (await import(pathToFileURL(built).href))[name];
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Text as a code span, so a leading or trailing space (a word that follows another) shows. */
const code = (text) => (text.includes('`') ? `\`\` ${cell(text)} \`\`` : `\`${cell(text)}\``);

/** The translators' page: a table of every widget's words. */
export function markdown(list) {
  const lines = [
    '# Words for translators',
    '',
    "Generated by `npm run build` from each widget's catalogue (`scripts/words-catalogue.mjs`); do not edit by hand.",
    '',
    'Every word the widgets show or announce, by widget and key, with its English text. To translate the',
    'widgets, or change a word, copy `dist/words/en.json` from the package (`@selca/widgets/words/en.json`),',
    'replace the texts you want and give the document to `setWords(words, lang)`, or put it in a',
    "profile's `words`. Keys you leave out keep their English. A `{name}` in a text is where a value goes:",
    'keep it, anywhere in the sentence. A text with `{count}` may instead be an object of plural forms',
    '(`{ "one": "…", "other": "…" }`), chosen by the language\'s own rules. What is between `<hidden>` and',
    '`</hidden>` is said by screen readers but not shown (the goal a link is about): translate it with the rest',
    'of its sentence and keep the marks around the part that is not seen.',
    '',
    '## Names and announcements',
    '',
    'Translate these first. They name a control, a region, a group or a table, describe a control, or are',
    "announced; a screen reader says them in the page's voice whatever their `lang`, so an English one on a",
    'page in another language is hard to understand. They come first in `en.json` too. A widget that shows',
    'English words on a page in another language lists them in the browser console, these first.',
    '',
    '| Widget | Key | English | Values | Note |',
    '| --- | --- | --- | --- | --- |',
  ];
  const row = ({ key, text, values, note }) =>
    `| \`${key}\` | ${code(text)} | ${values.map((value) => `\`${value}\``).join(', ')} | ${cell(note)} |`;
  for (const { tag, words } of list) lines.push(...words.filter((word) => word.spoken).map((word) => `| \`<${tag}>\` ${row(word)}`));
  lines.push('');
  for (const { tag, words } of list) {
    lines.push(`## \`<${tag}>\`: other words`, '', '| Key | English | Values | Note |', '| --- | --- | --- | --- |');
    lines.push(...words.filter((word) => !word.spoken).map(row), '');
  }
  return lines.join('\n');
}

/** Writes both outputs; returns the number of words listed. */
export async function generate(root) {
  const list = await catalogues(root);
  const json = Object.fromEntries(list.map(({ tag, words }) => [tag, Object.fromEntries(words.map(({ key, text }) => [key, text]))]));
  mkdirSync(join(root, dirname(OUTPUTS.json)), { recursive: true });
  writeFileSync(join(root, OUTPUTS.json), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(root, OUTPUTS.doc), markdown(list));
  return list.reduce((sum, { words }) => sum + words.length, 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = await generate(join(dirname(fileURLToPath(import.meta.url)), '..'));
  console.log(`words: ${count} words in ${OUTPUTS.json} and ${OUTPUTS.doc}`);
}
