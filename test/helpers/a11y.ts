import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, Result } from 'axe-core';
import { chai } from '@open-wc/testing';

/** The project's one accessibility bar: WCAG 2.0, 2.1 and 2.2 A and AA, plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** Runs axe on an element (shadow roots included) and returns what it found. */
export async function runAxe(context: ElementContext): Promise<AxeResults> {
  return window.axe.run(context, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
}

/** One paragraph per violation: the rule, the impact, each node, and what would fix it. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
          return `    at ${target}\n      ${node.html}\n      fix: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`;
        })
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Chai {
    interface Assertion {
      /** Passes when axe finds no violation of the project's rule set in the element. */
      accessible(): Promise<void>;
    }
  }
}

chai.use((_chai) => {
  _chai.Assertion.addMethod('accessible', async function accessible(this: Chai.AssertionStatic) {
    const subject = this._obj as Element;
    const { violations } = await runAxe(subject);
    this.assert(
      violations.length === 0,
      `expected no accessibility violations, found ${violations.length}:\n${describeViolations(violations)}`,
      'expected accessibility violations, found none',
      [],
      violations.map((violation) => violation.id),
    );
  });
});
