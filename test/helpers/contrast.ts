import { expect } from './testing.js';

/** Colour contrast from computed styles, as WCAG 2 defines it, for focus indicators. */

type Rgba = [red: number, green: number, blue: number, alpha: number];

/** The colours in a computed style value (`rgb(…)`, `rgba(…)`, `color(srgb …)`), in order. */
export function colours(value: string): Rgba[] {
  const found: Rgba[] = [];
  for (const match of value.matchAll(/rgba?\(([^)]*)\)/g)) {
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    found.push([r, g, b, a]);
  }
  for (const match of value.matchAll(/color\(srgb ([^)]*)\)/g)) {
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    found.push([r * 255, g * 255, b * 255, a]);
  }
  return found;
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** The WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour an element's background is seen as: its own, or the first opaque one behind it. */
export function backgroundBehind(element: Element | null): Rgba {
  for (let node = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const [colour] = colours(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0.5) return colour;
  }
  return [255, 255, 255, 1];
}

/**
 * What marks an element as focused, read from its computed style now that it has focus: a visible
 * outline, a box shadow, or a background unlike its surroundings; each with its contrast against
 * the surroundings (the background behind its parent). The best of them is the indicator's.
 */
export function focusIndicatorContrast(element: Element): { best: number; parts: string[] } {
  const style = getComputedStyle(element);
  const surroundings = backgroundBehind(element.parentElement ?? (element.getRootNode() as ShadowRoot).host);
  const parts: [string, Rgba][] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    for (const colour of colours(style.outlineColor)) parts.push(['outline', colour]);
  }
  if (style.boxShadow !== 'none') for (const colour of colours(style.boxShadow)) parts.push(['box-shadow', colour]);
  for (const colour of colours(style.backgroundColor)) parts.push(['background', colour]);
  const seen = parts.filter(([, colour]) => colour[3] > 0.5).map(([part, colour]) => [part, contrast(colour, surroundings)] as const);
  return {
    best: Math.max(0, ...seen.map(([, ratio]) => ratio)),
    parts: seen.map(([part, ratio]) => `${part} ${ratio.toFixed(2)}:1`),
  };
}

/** `colour` seen over an opaque `below`. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

const parentOf = (node: Element) => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;

/** What is painted behind an element's box: every background from it up to the first opaque one, see-through ones composited. */
function painted(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = parentOf(node)) {
    const [colour] = colours(getComputedStyle(node).backgroundColor);
    if (!colour || colour[3] === 0) continue;
    layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** A system colour (`Canvas`, `Highlight`…) as the browser resolves it now. */
export function systemColour(name: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const [colour] = colours(getComputedStyle(probe).color);
  probe.remove();
  return colour!;
}

/**
 * The contrast of an element's own text with what is painted behind it. Under forced colours
 * Chromium paints a backplate in Canvas behind each line of a block's text, over the block's own
 * background; an inline element's background is painted over the backplate.
 */
export function textContrast(element: Element): number {
  const style = getComputedStyle(element);
  const backplate = matchMedia('(forced-colors: active)').matches && style.forcedColorAdjust === 'auto';
  const behind = backplate ? systemColour('Canvas') : painted(parentOf(element));
  const [own = [0, 0, 0, 0] as Rgba] = colours(style.backgroundColor);
  const background = backplate && style.display !== 'inline' ? behind : over(own, behind);
  return contrast(over(colours(style.color)[0]!, background), background);
}

/** A focus outline drawn now: its width in px and its contrast with what is painted around the element. */
export function outlineSeen(element: Element): { style: string; width: number; contrast: number } {
  const style = getComputedStyle(element);
  const around = painted(parentOf(element));
  const [colour = [0, 0, 0, 0] as Rgba] = colours(style.outlineColor);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: contrast(over(colour, around), around) };
}

/** Asserts that a focused element shows it as forced colours need: focus-visible, its text at 4.5:1 or more, and an outline at least 2px wide at 3:1. */
export function expectReadableFocus(element: Element): void {
  expect(element.matches(':focus-visible')).to.equal(true);
  expect(textContrast(element)).to.be.at.least(4.5);
  const outline = outlineSeen(element);
  expect(outline.style).not.to.equal('none');
  expect(outline.width).to.be.at.least(2);
  expect(outline.contrast).to.be.at.least(3);
}
