// How this project starts Chromium everywhere (tests, benchmarks): as root on a machine whose
// network reaches only package registries, so no sandbox and no background connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
