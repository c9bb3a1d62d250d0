// Everything a test needs, with the project's accessibility assertion installed.
import './a11y.js';

export * from '@open-wc/testing';
export { sendKeys, a11ySnapshot, findAccessibilityNode, setViewport, executeServerCommand } from '@web/test-runner-commands';
