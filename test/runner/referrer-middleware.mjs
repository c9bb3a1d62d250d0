// Records the Referer header each image request under /__selca__/referrer/ arrives with, and answers
// an empty SVG, so a test can see what a visitor's browser told another site about the page.
// GET /__selca__/referrers lists them as { path: referer or null }.
const seen = {};

export function referrerMiddleware() {
  return async (context, next) => {
    if (context.path === '/__selca__/referrers') {
      context.body = JSON.stringify(seen);
      context.type = 'json';
      return undefined;
    }
    if (!context.path.startsWith('/__selca__/referrer/')) return next();
    seen[context.path] = context.get('referer') || null;
    context.type = 'image/svg+xml';
    context.body = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
    return undefined;
  };
}
