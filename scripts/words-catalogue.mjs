#!/usr/bin/env node
/**
 * The words of every widget, for translators, from the catalogues themselves:
 *   - dist/words/en.json: every key with its English text, in the shape `setWords` and a profile's
 *     `words` take, a value written `{name}` where it goes; a translation starts as a copy of it;
 *   - docs/words.md: the same as a table per widget, with each key's note and values (shown in
 *     Storybook as "Words/For translators").
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

/** Every registered catalogue: `[{ tag, words: [{ key, text, values, note }] }]`, in tag order. */
export async function catalogues(root) {
  const byTag = new Map();
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
    }
  }
  return [...byTag].sort(([a], [b]) => a.localeCompare(b)).map(([tag, words]) => ({ tag, words }));
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
    '(`{ "one": "…", "other": "…" }`), chosen by the language\'s own rules.',
    '',
  ];
  for (const { tag, words } of list) {
    lines.push(`## \`<${tag}>\``, '', '| Key | English | Values | Note |', '| --- | --- | --- | --- |');
    for (const { key, text, values, note } of words) {
      lines.push(`| \`${key}\` | ${code(text)} | ${values.map((value) => `\`${value}\``).join(', ')} | ${cell(note)} |`);
    }
    lines.push('');
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
