#!/usr/bin/env node
// The conformance report, its JSON and the accessibility-statement text, from
// scripts/conformance/evidence.mjs. Fails (exit 1) when a row is missing, a named test or story
// matrix mode does not exist, or an open finding of the review is not in the report.
// Run by `npm run build`; on its own: `node scripts/conformance/generate.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRITERIA, LEFT_OUT, WCAG_VERSION } from './wcag22.mjs';
import { REVIEW, ROWS, STORY_MATRIX_RUNNERS, STORY_MATRIX_TEST, WIDGETS } from './evidence.mjs';
import { testCoverage } from './coverage.mjs';
import { testTitles } from './test-titles.mjs';

export const OUTPUTS = { report: 'docs/conformance.md', statement: 'docs/accessibility-statement-text.md', json: 'dist/conformance.json' };
const SEP = ' › ';
const OPEN_HEADING = '## Findings still open';

/** The bold opening words of each finding listed as still open in the review. */
function openFindings(review) {
  const start = review.indexOf(OPEN_HEADING);
  if (start < 0) return [];
  const section = review.slice(start + OPEN_HEADING.length).split('\n## ')[0];
  return section
    .split('\n')
    .filter((line) => line.startsWith('- **'))
    .map((line) => line.slice(4, line.indexOf('**', 4)));
}

/** VPAT terms, derived from the evidence; "Not yet shown" where a criterion applies and nothing shows it. */
export function conformanceOf(row) {
  if (row.applies === false) return 'Not applicable';
  if (row.open?.length || row.limitation) return 'Partially supports';
  return row.tests?.length || row.matrix?.length || row.manual ? 'Supports' : 'Not yet shown';
}

/** Every problem with the evidence: rows missing, tests or modes that do not exist, open findings left out. */
export function check({ titles, coverage, review }) {
  const problems = [];
  const exists = (reference) => {
    const [file, ...path] = reference.split(SEP);
    const found = titles.get(`test/${file}`);
    if (!found) return `test/${file} does not exist`;
    return found.some((entry) => entry.path.join(SEP) === path.join(SEP)) ? undefined : `test/${file} has no test "${path.join(SEP)}"`;
  };
  const matrixProblem = exists(STORY_MATRIX_TEST);
  if (matrixProblem) problems.push(`the story matrix test: ${matrixProblem}`);
  const modes = new Set(coverage.storyMatrix.modes.map((mode) => mode.name));
  const open = openFindings(review);
  const referenced = new Set();
  for (const key of Object.keys(ROWS))
    if (!CRITERIA.some((criterion) => criterion.number === key)) problems.push(`${key} is not a WCAG ${WCAG_VERSION} A or AA criterion`);
  for (const { number } of CRITERIA) {
    for (const { tag } of WIDGETS) {
      const row = ROWS[number]?.[tag];
      const where = `${number} <${tag}>`;
      if (!row) {
        problems.push(`${where}: no row`);
        continue;
      }
      if (row.applies === false) {
        if (!row.why) problems.push(`${where}: not applicable without saying why`);
        continue;
      }
      if (!row.how) problems.push(`${where}: says nothing of how the widget meets it`);
      for (const reference of row.tests ?? []) {
        const problem = exists(reference);
        if (problem) problems.push(`${where}: ${problem}`);
      }
      for (const mode of row.matrix ?? []) if (!modes.has(mode)) problems.push(`${where}: the story matrix has no mode "${mode}"`);
      if (row.manual && !REVIEW.methods[row.manual.method]) problems.push(`${where}: no review method "${row.manual.method}"`);
      for (const { finding } of row.open ?? []) {
        referenced.add(finding);
        if (!open.includes(finding))
          console.warn(
            `conformance: ${where} names "${finding}", which ${REVIEW.document} no longer lists as open; remove it from the row once fixed.`,
          );
      }
    }
  }
  for (const finding of open)
    if (!referenced.has(finding)) problems.push(`${REVIEW.document} lists "${finding}" as still open, but no row of the report names it`);
  for (const words of [REVIEW.date, ...Object.values(REVIEW.methods)])
    if (!review.includes(words)) problems.push(`${REVIEW.document} does not say "${words}"`);
  return problems;
}

const testLabel = (reference) => {
  const [file, ...path] = reference.split(SEP);
  return `\`test/${file}\`: "${path.join(SEP)}"`;
};

/** The report's data: per widget, per criterion, with the term and everything that shows it. */
export function reportData({ coverage, version }) {
  const engineNames = (engines) => (engines === 'all' ? coverage.engines.map((engine) => engine.name) : engines);
  const modesByName = new Map(coverage.storyMatrix.modes.map((mode) => [mode.name, mode]));
  return {
    package: '@selca/widgets',
    version,
    standard: `WCAG ${WCAG_VERSION}`,
    levels: ['A', 'AA'],
    leftOut: LEFT_OUT,
    review: { document: REVIEW.document, name: REVIEW.name, date: REVIEW.date },
    coverage,
    widgets: WIDGETS.map(({ tag, name }) => ({
      tag,
      name,
      criteria: CRITERIA.map((criterion) => {
        const row = ROWS[criterion.number][tag];
        const base = { ...criterion, conformance: conformanceOf(row) };
        if (row.applies === false) return { ...base, applies: false, why: row.why };
        return {
          ...base,
          applies: true,
          how: row.how,
          tests: (row.tests ?? []).map((reference) => {
            const [file, ...path] = reference.split(SEP);
            return { file: `test/${file}`, path };
          }),
          storyMatrix: row.matrix?.length
            ? {
                test: STORY_MATRIX_TEST.split(SEP).slice(1),
                runBy: STORY_MATRIX_RUNNERS.map((file) => `test/${file}`),
                modes: row.matrix.map((mode) => ({ name: mode, engines: engineNames(modesByName.get(mode).engines) })),
              }
            : undefined,
          manual: row.manual
            ? {
                check: row.manual.check,
                method: REVIEW.methods[row.manual.method],
                lastReview: REVIEW.date,
                result: row.open?.length ? `open finding: ${row.open.map((item) => item.part).join('; ')}` : 'no open finding',
              }
            : undefined,
          openFindings: row.open?.map(({ finding, part, unconfirmed }) => ({
            finding,
            part,
            document: REVIEW.document,
            ...(unconfirmed && { unconfirmed }),
          })),
          limitation: row.limitation,
        };
      }),
    })),
  };
}

const sentence = (list) => (list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);
const engineName = (name) => ({ chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' })[name] ?? name;

export function renderReport(data) {
  const lines = [
    `# Accessibility conformance report: ${data.package} ${data.version}`,
    '',
    `Generated by \`npm run build\` from \`scripts/conformance/evidence.mjs\` and the tests it names; do not edit by hand. The same data is in \`${OUTPUTS.json}\`, and the statement text in \`${OUTPUTS.statement}\`.`,
    '',
    `Standard: ${data.standard}, levels A and AA (${CRITERIA.length} success criteria; ${data.leftOut.map((item) => `${item.number} ${item.title} is left out: ${item.why}`).join('; ')}).`,
    '',
    'Terms: **Supports**, **Partially supports** (an open finding or known limitation remains), **Does not support**, **Not applicable**, and **Not yet shown** where a criterion applies and no test or review shows it yet.',
    '',
    'A test is named by its file and its describe/it titles as written in the source (a template literal as between its backticks: it runs once per value). The build fails if a named test does not exist.',
    '',
    '## Browsers and modes covered',
    '',
    `Engines: ${data.coverage.engines.map((engine) => `${engineName(engine.name)}${engine.required ? ' (required)' : ''}`).join(', ')}. ${data.coverage.enginesNote}`,
    '',
    `Story matrix (\`${data.coverage.storyMatrix.test}\`, "${STORY_MATRIX_TEST.split(SEP).slice(1).join(SEP)}"): every story passes axe (WCAG 2.0, 2.1, 2.2 A and AA and best practice, no rule disabled) and cuts nothing off, in each mode:`,
    '',
    '| mode | engines |',
    '| --- | --- |',
    ...data.coverage.storyMatrix.modes.map(
      (mode) => `| ${mode.name} | ${mode.engines === 'all' ? 'all' : mode.engines.map(engineName).join(', ')} |`,
    ),
    '',
    `Screenshot baselines (Chromium): ${data.coverage.screenshotModes.join('; ')}.`,
    '',
    `Manual review: the ${data.review.name} (${data.review.date}), recorded in \`${data.review.document}\`.`,
    '',
  ];
  for (const widget of data.widgets) {
    const counts = {};
    for (const criterion of widget.criteria) counts[criterion.conformance] = (counts[criterion.conformance] ?? 0) + 1;
    lines.push(
      `## \`<${widget.tag}>\` ${widget.name}`,
      '',
      Object.entries(counts)
        .map(([term, count]) => `${term}: ${count}`)
        .join(' · '),
      '',
    );
    lines.push('| criterion | level | conformance | how |', '| --- | --- | --- | --- |');
    for (const criterion of widget.criteria) {
      lines.push(
        `| ${criterion.number} ${criterion.title} | ${criterion.level} | ${criterion.conformance} | ${(criterion.applies ? criterion.how : criterion.why).replaceAll('|', '\\|')} |`,
      );
    }
    lines.push('', `### Evidence: ${widget.name}`, '');
    for (const criterion of widget.criteria.filter((item) => item.applies)) {
      lines.push(`**${criterion.number} ${criterion.title}** (${criterion.conformance})`, '');
      for (const test of criterion.tests) lines.push(`- Test: ${testLabel([test.file.slice(5), ...test.path].join(SEP))}`);
      if (criterion.storyMatrix)
        lines.push(
          `- Story matrix, every story of the widget: ${criterion.storyMatrix.modes.map((mode) => `${mode.name} (${mode.engines.map(engineName).join(', ')})`).join('; ')}`,
        );
      if (criterion.manual)
        lines.push(
          `- Manual check (${criterion.manual.method}): ${criterion.manual.check} Last review: ${criterion.manual.lastReview}, ${criterion.manual.result}.`,
        );
      for (const open of criterion.openFindings ?? [])
        lines.push(`- Open finding ("${open.finding}" in \`${open.document}\`): ${open.part}.`);
      if (criterion.limitation) lines.push(`- Known limitation: ${criterion.limitation}`);
      if (criterion.conformance === 'Not yet shown') lines.push('- Not yet shown: no test or review covers it yet.');
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderStatement(data) {
  const engines = sentence(data.coverage.engines.map((engine) => engineName(engine.name)));
  const lines = [
    `# Accessibility statement text: ${data.package} ${data.version}`,
    '',
    `Paragraphs a site using these widgets can paste into its accessibility statement, under the headings the UK public sector accessibility regulations ask for. Generated by \`npm run build\` from the same data as \`${OUTPUTS.report}\`; do not edit by hand. They describe the widgets only: the rest of your page needs its own.`,
    '',
  ];
  for (const widget of data.widgets) {
    const gaps = widget.criteria.filter((criterion) => ['Partially supports', 'Does not support'].includes(criterion.conformance));
    const unshown = widget.criteria.filter((criterion) => criterion.conformance === 'Not yet shown');
    const status = gaps.length ? 'partially compliant' : 'fully compliant';
    lines.push(`## ${widget.name} (\`<${widget.tag}>\`)`, '', '### Compliance status', '');
    lines.push(
      `The ${widget.name.toLowerCase()} widget on this website is ${status} with the Web Content Accessibility Guidelines version 2.2 AA standard${gaps.length ? ', due to the non-compliances listed below' : ''}.${unshown.length ? ` For ${sentence(unshown.map((criterion) => `${criterion.number} ${criterion.title}`))} we have no test or review result yet.` : ''}`,
      '',
      '### Non-accessible content',
      '',
    );
    if (!gaps.length) lines.push(`We know of no content in the ${widget.name.toLowerCase()} that fails WCAG 2.2 AA.`, '');
    for (const criterion of gaps) {
      const parts = [...(criterion.openFindings ?? []).map((open) => open.part), ...(criterion.limitation ? [criterion.limitation] : [])];
      const text = parts.map((part) => part.replace(/^./, (first) => first.toUpperCase()).replace(/\.?$/, '.')).join(' ');
      const verb = criterion.openFindings?.every((open) => open.unconfirmed) ? 'may fail' : 'fails';
      const plan = criterion.openFindings?.length ? ` It is an open finding of our ${data.review.date} audit, and we plan to fix it.` : '';
      lines.push(`- ${text} This ${verb} WCAG 2.2 success criterion ${criterion.number} (${criterion.title}).${plan}`);
    }
    if (gaps.length) lines.push('');
    const modes = (all) => data.coverage.storyMatrix.modes.filter((mode) => (mode.engines === 'all') === all).map((mode) => mode.name);
    lines.push(
      '### How we tested',
      '',
      `The ${widget.name.toLowerCase()} widget is tested automatically in ${engines} on every change, with real key presses and, in Chromium, against the browser's accessibility tree. Every example of it is checked with axe (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best practice) and for content cut off, in ${engines} in these modes: ${modes(true).join('; ')}; and in Chromium in these: ${modes(false).join('; ')}. The tests for each success criterion are listed in the conformance report (\`${OUTPUTS.report}\` in the package). It was also reviewed by hand (${sentence(Object.values(REVIEW.methods))}) in the ${data.review.name}, ${data.review.date}.`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Checks the evidence and writes the three outputs; returns the problems (none: written). */
export function generate(root) {
  const coverage = testCoverage(root);
  const review = readFileSync(join(root, REVIEW.document), 'utf8');
  const problems = check({ titles: testTitles(root), coverage, review });
  if (problems.length) return problems;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const data = reportData({ coverage, version });
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(OUTPUTS.report, renderReport(data));
  write(OUTPUTS.statement, renderStatement(data));
  write(OUTPUTS.json, `${JSON.stringify(data, null, 2)}\n`);
  return [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = generate(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
  if (problems.length) {
    console.error(`conformance: the report cannot be generated:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`conformance: wrote ${Object.values(OUTPUTS).join(', ')}`);
}
