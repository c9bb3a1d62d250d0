// The first script of every page test/runner/csp-plugin.mjs serves: a classic script, so it runs
// before anything else on the page and misses no violation of the policy.
window.selcaViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.selcaViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});

// And what the library tells the web team, so a test can count its notices from the page's first script on.
window.selcaWarnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.selcaWarnings.push(args.map(String).join(' '));
  warn(...args);
};
