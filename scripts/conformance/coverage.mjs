// Which browser engines and viewing modes the tests cover, read from the test configuration:
// the engines from test/runner/engines.mjs, the story matrix modes (MODES) from
// test/helpers/stories.ts by evaluating its literal definition with the TypeScript parser, those
// that a file of test/story-matrix/ runs, and the screenshot modes the files of test/visual/ name.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { engines } from '../../test/runner/engines.mjs';

const parse = (path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** The top-level `const` initialisers of a file, by name. */
function constants(source) {
  const found = new Map();
  for (const statement of source.statements) {
    const list = ts.isVariableStatement(statement) ? statement.declarationList : undefined;
    for (const declaration of list?.declarations ?? []) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) found.set(declaration.name.text, declaration.initializer);
    }
  }
  return found;
}

/**
 * Evaluates the literal parts of a definition: strings, templates, booleans, arrays, objects
 * (functions left out), `[a, b] = …` and default parameters, `x[1]!`, `a === b ? c : d`, spreads,
 * calls of arrow functions declared in the file and `.map` over arrays. Anything else is an error,
 * so a change the report cannot follow stops the build instead of misreporting.
 */
function evaluator(source) {
  const consts = constants(source);
  const fail = (node) => {
    throw new Error(`conformance: cannot read ${node.getText(source).slice(0, 80)} in ${source.fileName}`);
  };
  const bind = (name, value, scope) => {
    if (ts.isIdentifier(name)) scope.set(name.text, value);
    else if (ts.isArrayBindingPattern(name))
      name.elements.forEach((element, index) => ts.isBindingElement(element) && bind(element.name, value[index], scope));
    else fail(name);
  };
  const call = (fn, args, scope) => {
    const inner = new Map(scope);
    fn.parameters.forEach((parameter, index) => {
      const given = args[index];
      bind(parameter.name, given === undefined && parameter.initializer ? evaluate(parameter.initializer, scope) : given, inner);
    });
    return evaluate(fn.body, inner);
  };
  const evaluate = (node, scope = new Map()) => {
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
      return evaluate(node.expression, scope);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isTemplateExpression(node))
      return node.templateSpans.reduce((text, span) => text + String(evaluate(span.expression, scope)) + span.literal.text, node.head.text);
    if (ts.isIdentifier(node)) {
      if (scope.has(node.text)) return scope.get(node.text);
      if (consts.has(node.text)) return evaluate(consts.get(node.text), scope);
      return fail(node);
    }
    if (ts.isArrayLiteralExpression(node))
      return node.elements.flatMap((element) =>
        ts.isSpreadElement(element) ? evaluate(element.expression, scope) : [evaluate(element, scope)],
      );
    if (ts.isObjectLiteralExpression(node)) {
      const object = {};
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && !ts.isArrowFunction(property.initializer))
          object[property.name.text] = evaluate(property.initializer, scope);
      }
      return object;
    }
    if (ts.isElementAccessExpression(node)) return evaluate(node.expression, scope)[evaluate(node.argumentExpression, scope)];
    if (ts.isConditionalExpression(node)) return evaluate(evaluate(node.condition, scope) ? node.whenTrue : node.whenFalse, scope);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken)
      return evaluate(node.left, scope) === evaluate(node.right, scope);
    if (ts.isArrowFunction(node)) return node;
    if (ts.isCallExpression(node)) {
      const args = node.arguments.map((argument) => evaluate(argument, scope));
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'map') {
        const fn = args[0];
        return evaluate(node.expression.expression, scope).map((item) => call(fn, [item], scope));
      }
      const fn = evaluate(node.expression, scope);
      return ts.isArrowFunction(fn) ? call(fn, args, scope) : fail(node);
    }
    return fail(node);
  };
  return { consts, evaluate };
}

/** The mode names that the files of a folder pass to `declare` (one file per mode, by the runner's timeout). */
function modesRunIn(dir, declare) {
  const names = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === declare)
      names.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.test.ts'))) visit(parse(join(dir, file)));
  return names;
}

/** The engines, story matrix modes and screenshot modes the tests run, from their definitions. */
export function testCoverage(root) {
  const stories = parse(join(root, 'test/helpers/stories.ts'));
  const storyFile = evaluator(stories);
  // Only the modes a file of test/story-matrix/ runs.
  const run = new Set(modesRunIn(join(root, 'test/story-matrix'), 'testStoriesInMode'));
  const modes = storyFile
    .evaluate(storyFile.consts.get('MODES'))
    .filter(({ name }) => run.has(name))
    .map(({ name, chromiumOnly }) => ({ name, engines: chromiumOnly ? ['chromium'] : 'all' }));
  const screenshots = modesRunIn(join(root, 'test/visual'), 'describeScreenshots').sort(
    (a, b) => modes.findIndex(({ name }) => name === a) - modes.findIndex(({ name }) => name === b),
  );
  return {
    engines: engines.map(({ name, required }) => ({ name, required: !!required })),
    enginesNote:
      'Chromium is required; Firefox and WebKit run wherever installed, and CI (CI=true) requires all three. Files named *.chromium.test.ts run in Chromium only.',
    storyMatrix: { test: 'test/helpers/stories.ts', modes },
    screenshotModes: screenshots,
  };
}
