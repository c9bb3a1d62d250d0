import { expect } from '../helpers/testing.js';
import { captureConsole } from '../helpers/console.js';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

let counter = 0;
const uniqueTag = () => `test-define-${Date.now()}-${(counter += 1)}`;

describe('defineElement', () => {
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console = captureConsole();
  });
  afterEach(() => console.restore());

  it('registers a new tag', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    expect(defineElement(tag, Element)).to.equal(true);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('does nothing, silently, when the same class or the same version is registered again', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    defineElement(tag, First);
    expect(defineElement(tag, First)).to.equal(false);
    expect(defineElement(tag, SecondCopy)).to.equal(false);
    expect(console.warn).to.deep.equal([]);
    expect(console.error).to.deep.equal([]);
  });

  it('warns once for a whole other version, never throws, however many tags it holds', () => {
    const tags = [uniqueTag(), uniqueTag(), uniqueTag()];
    for (const tag of tags) {
      class Older extends HTMLElement {}
      Object.defineProperty(Older, Symbol.for('@selca/widgets.version'), { value: '0.0.1' });
      customElements.define(tag, Older);
    }
    for (const tag of tags) {
      class Newer extends HTMLElement {}
      expect(defineElement(tag, Newer)).to.equal(false);
      expect(defineElement(tag, Newer)).to.equal(false);
    }
    expect(console.warn).to.deep.equal([
      `[@selca/widgets] @selca/widgets 0.0.1 registered its widgets on this page first; version ${VERSION}, also loaded here, is not used for them. Load the library once per page.`,
    ]);
  });

  it('warns when a script that is not this library holds the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    expect(defineElement(tag, class extends HTMLElement {})).to.equal(false);
    expect(console.warn[0]).to.contain('is already registered by another script');
  });

  it('logs instead of throwing when the browser refuses the definition', () => {
    expect(defineElement('not a valid tag', class extends HTMLElement {})).to.equal(false);
    expect(console.error[0]).to.contain('<not a valid tag> could not be registered.');
  });

  it('logs instead of throwing when the browser has no custom elements', () => {
    expect(defineElement(uniqueTag(), class extends HTMLElement {}, null)).to.equal(false);
    expect(console.error[0]).to.contain('this browser has no custom elements support');
  });
});

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
