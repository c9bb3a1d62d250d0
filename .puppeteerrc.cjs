// Browsers come from Debian packages (chromium, firefox-esr); puppeteer must never download one.
module.exports = { skipDownload: true };
