// Profile servers that misbehave as real ones do, for the profile loader's tests:
// /__selca__/profile/never answers nothing until the browser gives up; /__selca__/profile/slow?ms=N
// sends a valid profile after N ms; /__selca__/profile/endless sends JSON with no end in sight (3 MB, past
// the loader's limit) as fast as it can; /__selca__/profile/trickle sends one byte every 100 ms without end.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const PREFIX = '/__selca__/profile/';

// Enough to pass the loader's 2 MB limit; more would only be read by an engine that does not drop
// an aborted response (WebKit), keeping its network process busy for the tests after.
const ENDLESS_BYTES = 3 * 1024 * 1024;

function endless(chunk, interval) {
  let sent = 0;
  return new Readable({
    read() {
      const push = () => {
        if (sent > ENDLESS_BYTES) return void this.push(null);
        this.push(sent ? `,${chunk}` : `[${chunk}`);
        sent += chunk.length + 1;
      };
      if (interval) setTimeout(push, interval);
      else push();
    },
  });
}

export function slowProfileMiddleware() {
  return async (context, next) => {
    if (!context.path.startsWith(PREFIX)) return next();
    const kind = context.path.slice(PREFIX.length);
    context.set('Cache-Control', 'no-store');
    if (kind === 'never') {
      await new Promise((done) => {
        context.req.on('close', done);
        setTimeout(done, 60000);
      });
      context.status = 504;
      return undefined;
    }
    if (kind === 'slow') {
      await new Promise((done) => setTimeout(done, Number(context.query.ms) || 1000));
      const profile = JSON.parse(readFileSync(new URL('../../dist/profiles/selca.json', import.meta.url), 'utf8'));
      context.type = 'json';
      context.body = JSON.stringify({ ...profile, id: 'slow-alliance', name: 'A slowly served alliance' });
      return undefined;
    }
    if (kind === 'endless' || kind === 'trickle') {
      context.type = 'json';
      context.body = kind === 'endless' ? endless(`{"name":"${'x'.repeat(65000)}"}`, 0) : endless('1', 100);
      return undefined;
    }
    return next();
  };
}
