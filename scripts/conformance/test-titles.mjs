// The describe/it titles of the test files, read with the TypeScript compiler's parser (no regular
// expressions), so the conformance report can name only tests that exist.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const BLOCKS = new Set(['describe', 'it']);

/** A title as written: the literal's text, or a template's source between its backticks. */
function titleOf(node, source) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText(source).slice(1, -1);
  return `\${${node.getText(source)}}`;
}

/** Every describe/it in one file, each as its path of titles from the outermost describe. */
export function titlesInSource(text, fileName = 'test.ts') {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node, path) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && BLOCKS.has(node.expression.text) && node.arguments.length) {
      const here = [...path, titleOf(node.arguments[0], source)];
      found.push({ kind: node.expression.text, path: here });
      node.arguments.slice(1).forEach((argument) => visit(argument, here));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, path));
  };
  visit(source, []);
  return found;
}

/** The titles of every .ts file under test/ (the framework type checks in test/types/ aside), by path from root. */
export function testTitles(root) {
  const testDir = join(root, 'test');
  const files = readdirSync(testDir, { recursive: true })
    .map((name) => join(testDir, String(name)))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !relative(testDir, path).startsWith('types'))
    .sort();
  return new Map(files.map((path) => [relative(root, path).split('\\').join('/'), titlesInSource(readFileSync(path, 'utf8'), path)]));
}
