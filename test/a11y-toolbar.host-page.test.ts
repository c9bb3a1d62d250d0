import { expect, sendKeys } from './helpers/testing.js';
import { nhsukMarkup, nhsukPage } from './helpers/host-pages.js';
import type { HostPage } from './helpers/host-pages.js';
import { backgroundBehind, colours, contrast, focusIndicatorContrast } from './helpers/contrast.js';
import { preferenceStore } from '../src/components/a11y-toolbar/preference-store.js';
import { THEMES } from '../src/core/preferences.js';

const THEMES_ON = THEMES.filter((theme) => theme !== 'default');

/** The NHS.UK page, with an NHS button and coloured status tags in its main content. */
async function nhsukPageWithControls(): Promise<HostPage> {
  const page = await nhsukPage();
  const button = await nhsukMarkup('button', 'default');
  const tag = '<strong class="nhsuk-tag nhsuk-tag--red">Urgent</strong>';
  const main = page.root.querySelector('main')!;
  main.insertAdjacentHTML('afterbegin', `${button}<p class="kept">Referral: ${tag}</p><p class="flattened">Referral: ${tag}</p>`);
  main.querySelector('.kept')!.setAttribute('data-selca-keep-colours', '');
  return page;
}

/** The NHS.UK page with one group of NHS radios and one of NHS checkboxes, each with its own ids. */
async function nhsukPageWithChoices(): Promise<HostPage> {
  const page = await nhsukPage();
  const main = page.root.querySelector('main')!;
  for (const component of ['radios', 'checkboxes']) {
    const markup = (await nhsukMarkup(component, 'default')).replace(/(id|for|name|aria-describedby)="example/g, `$1="${component}`);
    main.insertAdjacentHTML('afterbegin', markup);
  }
  return page;
}

/** The first opaque colour of a computed style value, laid over what is behind it. */
function opaque(value: string, behind: ReturnType<typeof backgroundBehind>): ReturnType<typeof backgroundBehind> {
  const [colour] = colours(value);
  return colour && colour[3] > 0.5 ? colour : behind;
}

/** Gives an element keyboard focus, as Tab does: focus from a key press shows the focus indicator. */
async function keyboardFocus(element: HTMLElement): Promise<void> {
  element.focus();
  // A key press marks focus as keyboard focus where the browser had it from the pointer before.
  if (!element.matches(':focus-visible')) {
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
  }
  expect(document.activeElement, 'focused').to.equal(element);
  expect(element.matches(':focus-visible'), 'keyboard focus').to.equal(true);
}

describe('<selca-a11y-toolbar> colour themes on an NHS.UK page', () => {
  let page: HostPage | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  describe("keep the page's focus indicators visible", () => {
    for (const [theme, strongFocus] of THEMES_ON.flatMap((theme) => [[theme, false] as const, [theme, true] as const])) {
      it(`in the ${theme} theme${strongFocus ? ', with the stronger focus outline' : ''}: focused links, buttons and inputs stand out at 3:1 or more`, async () => {
        page = await nhsukPageWithControls();
        const toolbar = page.widget('selca-a11y-toolbar');
        preferenceStore().choose({ theme, strongFocus });
        await toolbar.updateComplete;
        expect(document.documentElement.dataset.selcaTheme).to.equal(theme);
        const targets: [string, HTMLElement][] = [
          ['NHS button', page.root.querySelector('main .nhsuk-button')!],
          ['header search input', page.root.querySelector('.nhsuk-header__search .nhsuk-input')!],
          ['header search button', page.root.querySelector('.nhsuk-header__search .nhsuk-button')!],
          ['header navigation link', page.root.querySelector('a.nhsuk-header__navigation-link')!],
          ['header logo link', page.root.querySelector('.nhsuk-header__service a')!],
          ['footer link', page.root.querySelector('.nhsuk-footer a')!],
          ['skip link', page.root.querySelector('.nhsuk-skip-link')!],
        ];
        const weak: string[] = [];
        for (const [name, element] of targets) {
          await keyboardFocus(element);
          const { best, parts } = focusIndicatorContrast(element);
          if (best < 3) weak.push(`${name}: ${parts.join(', ') || 'no indicator'}`);
        }
        expect(weak).to.deep.equal([]);
      });
    }
  });

  describe("keep the page's own radios and checkboxes readable", () => {
    for (const theme of THEMES_ON) {
      it(`in the ${theme} theme: a chosen NHS radio and a ticked NHS checkbox show their box, circle and mark at 3:1 or more`, async () => {
        page = await nhsukPageWithChoices();
        for (const input of page.root.querySelectorAll<HTMLInputElement>('#radios, #checkboxes')) {
          input.focus();
          await sendKeys({ press: ' ' });
          expect(input.checked, `${input.type} chosen by the space bar`).to.equal(true);
        }
        preferenceStore().choose({ theme });
        await page.widget('selca-a11y-toolbar').updateComplete;
        const weak: string[] = [];
        for (const label of page.root.querySelectorAll<HTMLLabelElement>('label[for="radios"], label[for="checkboxes"]')) {
          const name = label.htmlFor === 'radios' ? 'radio' : 'checkbox';
          const around = backgroundBehind(label);
          const box = getComputedStyle(label, '::before');
          const inside = opaque(box.backgroundColor, around);
          const edge = colours(box.borderTopColor)[0]!;
          // The control's edge stands out from the page around it or the fill inside it, as WCAG 1.4.11 asks of a control's boundary.
          const boundary = Math.max(contrast(edge, around), contrast(inside, around));
          if (boundary < 3) weak.push(`${name} boundary ${boundary.toFixed(2)}:1`);
          const mark = getComputedStyle(label, '::after');
          // NHS.UK draws the dot and the tick with borders, as forced colours would keep them.
          const markColour = colours(name === 'radio' ? mark.borderTopColor : mark.borderLeftColor)[0]!;
          const markContrast = contrast(markColour, inside);
          if (mark.opacity !== '1' || markContrast < 3) weak.push(`${name} mark ${markContrast.toFixed(2)}:1, opacity ${mark.opacity}`);
        }
        expect(weak).to.deep.equal([]);
      });
    }
  });

  describe('keep colours the page marks as meaning something', () => {
    for (const theme of THEMES_ON) {
      it(`in the ${theme} theme: a status tag inside data-selca-keep-colours keeps its colours`, async () => {
        page = await nhsukPageWithControls();
        const kept = page.root.querySelector<HTMLElement>('.kept .nhsuk-tag')!;
        const flattened = page.root.querySelector<HTMLElement>('.flattened .nhsuk-tag')!;
        const siteColours = [getComputedStyle(kept).color, getComputedStyle(kept).backgroundColor];
        preferenceStore().choose({ theme });
        await page.widget('selca-a11y-toolbar').updateComplete;
        expect([getComputedStyle(kept).color, getComputedStyle(kept).backgroundColor]).to.deep.equal(siteColours);
        expect(colours(getComputedStyle(flattened).backgroundColor)).not.to.deep.equal(colours(siteColours[1]!));
      });
    }
  });
});
