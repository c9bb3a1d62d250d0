// What each widget does for each WCAG 2.2 A and AA success criterion, and what shows it: the one
// place the conformance report and the accessibility-statement text are generated from
// (scripts/conformance/generate.mjs, run by `npm run build`).
//
// A row is { applies: false, why } or { how, tests, matrix, manual, open, limitation }:
// - tests: 'FILE › describe › … › it', FILE under test/, titles exactly as in the source (a
//   template literal as written between its backticks). The build fails if one does not exist.
// - matrix: modes of the story matrix (MODES in test/helpers/stories.ts) in which every story of
//   the widget passes axe and cuts nothing off. The build fails on a mode that does not exist.
// - manual: what a reviewer does; the result is that of the last review (REVIEW), in which this
//   row's open findings, if any, were raised.
// - open: findings the review lists as still open, by the bold words that begin them in
//   docs/accessibility-review.md, with the part that concerns this criterion. They make the row
//   "Partially supports". When a finding is fixed, delete it here.
// - unconfirmed: true on an open finding that is still to be checked rather than a known failure.
// - limitation: a known gap no finding records; it also makes the row "Partially supports".
// The conformance term is derived, never written: see conformanceOf in generate.mjs.

export const WIDGETS = [
  { tag: 'selca-coverage-map', name: 'Borough coverage map' },
  { tag: 'selca-partner-list', name: 'Partner list' },
  { tag: 'selca-goals-panel', name: 'Goals panel' },
  { tag: 'selca-focus-areas', name: 'Focus areas' },
  { tag: 'selca-a11y-toolbar', name: 'Accessibility tools toolbar' },
];

/** The last human review, as docs/accessibility-review.md describes it (the build checks the words are there). */
export const REVIEW = {
  document: 'docs/accessibility-review.md',
  name: 'second accessibility review, an independent audit',
  date: 'December 2026',
  methods: {
    keyboard: 'keyboard only',
    screenReader: "a screen reader's reading (virtual cursor) and forms modes",
    zoom: '400% zoom at 320 px',
    forcedColours: 'Windows high contrast (forced colours)',
    themes: 'each toolbar theme on a page built with `nhsuk-frontend`',
  },
};

/** The test that runs the story matrix: every story in every mode, axe and overflow. */
export const STORY_MATRIX_TEST =
  'helpers/stories.ts › stories › ${mode.name} › ${story.title} / ${story.name} is accessible and nothing is cut off';
export const STORY_MATRIX_RUNNERS = ['story-matrix/*.test.ts (a file per mode)'];

const THEMES = ['default', 'dark theme', 'high contrast, yellow on black', 'high contrast, black on white', 'low-glare cream'];
const NARROW = [
  '320 px wide',
  '320 px, 200% text, plain font (Arial), wide spacing',
  '320 px, 200% text, OpenDyslexic, wide spacing',
  '320 px, 200% text, Atkinson Hyperlegible, wide spacing',
  '320 px, 200% text, OpenDyslexic, wide spacing, dark theme',
];

const na = (why) => ({ applies: false, why });
const each = (row) => Object.fromEntries(WIDGETS.map(({ tag }) => [tag, row]));
const only = (tag, row, why) => Object.fromEntries(WIDGETS.map((widget) => [widget.tag, widget.tag === tag ? row : na(why)]));

// Tests that hold for every widget.
const HOST_KEYBOARD = [
  'host-pages.test.ts › Widgets on pages they did not choose › an NHS.UK page built with nhsuk-frontend › leaves every widget operable by keyboard',
  'host-pages.test.ts › Widgets on pages they did not choose › a right-to-left page › leaves every widget operable by keyboard',
];
const HOSTILE_CONTRAST =
  'host-pages.test.ts › Widgets on pages they did not choose › a hostile page › keeps every widget accessible, colour contrast included, on a dark background';
const THEME_TOKENS =
  "core/theme.test.ts › theme tokens › ${theme} theme › gives text at least ${high ? '7' : '4.5'}:1 and boundaries at least 3:1";
const SHARED_FOCUS_FORCED = 'core/theme.chromium.test.ts › theme (Chromium) › forced colours › keeps a visible focus outline';
const SHARED_LINK_FOCUS_FORCED =
  'core/theme.chromium.test.ts › theme (Chromium) › forced colours › marks a focused link with an outline, not a fill, so its text stays readable, in the ${scheme} scheme';
const TOOLBAR_FOCUS_FORCED = [
  'focus under forced colours › keeps the focused panel heading readable, marked by an outline, in the ${scheme} scheme',
  'focus under forced colours › keeps the focused statement link readable, marked by an outline, in the ${scheme} scheme',
];
const PARTNER_LINK_FOCUS_FORCED =
  "focus under forced colours › keeps a focused partner's link readable, marked by an outline, in the ${scheme} scheme";
const SHARED_SPACING =
  'core/theme.test.ts › theme tokens › reading preferences › applies the WCAG 1.4.12 spacing set inside the shadow root';
const HOST_TEXT_SIZE = [
  "host-pages.test.ts › Widgets on pages they did not choose › a hostile page › keeps the widgets' text readable despite a 10px root and line-height: 1",
  'host-pages.test.ts › Widgets on pages they did not choose › a hostile page › follows the toolbar text size over the page root size',
];
const HOST_320 =
  'host-pages.chromium.test.ts › Widgets on pages they did not choose (Chromium) › at 320 px wide › on ${name}: no sideways scrolling, nothing cut off, no text over other text';
const HOST_TREE =
  "host-pages.chromium.test.ts › Widgets on pages they did not choose (Chromium) › in the accessibility tree › gives a screen reader the same widgets on the hostile page as on a page without the site's CSS";
const STATUS_NOTICE =
  'core/theme.chromium.test.ts › theme (Chromium) › the status notice › is a status region with its message in the accessibility tree';
const SLOW_PROFILE =
  'core/profile-source.test.ts › loadProfile, from a server that misbehaves › through widgets › shows a profile that arrives slowly, saying it is loading meanwhile';

const CM = (title) => `coverage-map.test.ts › <selca-coverage-map> › ${title}`;
const CMC = (title) => `coverage-map.chromium.test.ts › <selca-coverage-map> (Chromium) › ${title}`;
const PL = (title) => `partner-list.test.ts › <selca-partner-list> › ${title}`;
const PLC = (title) => `partner-list.chromium.test.ts › <selca-partner-list> (Chromium) › ${title}`;
const GP = (title) => `goals-panel.test.ts › <selca-goals-panel> › ${title}`;
const GPC = (title) => `goals-panel.chromium.test.ts › <selca-goals-panel> (Chromium) › ${title}`;
const FA = (title) => `focus-areas.test.ts › <selca-focus-areas> › ${title}`;
const FAC = (title) => `focus-areas.chromium.test.ts › <selca-focus-areas> (Chromium) › ${title}`;
const TB = (title) => `a11y-toolbar.test.ts › <selca-a11y-toolbar> › ${title}`;
const TBC = (title) => `a11y-toolbar.chromium.test.ts › <selca-a11y-toolbar> (Chromium) › ${title}`;
const RA = (title) => `a11y-toolbar.read-aloud.test.ts › read aloud › ${title}`;
const CW = (title) => `core/words.test.ts › words (core) › ${title}`;
/** English text keeps its own order in a right-to-left page, and the direction is the page's computed one (the sixth audit's fixes). */
const DIRECTION_TESTS = [
  CW(
    "the language of each word › gives lang and dir together where a word's direction differs from the widget's, and neither where the word is in its language",
  ),
  CW(
    'language and direction › takes its direction from the page\'s CSS too: direction: rtl without a dir attribute, and dir="auto" on right-to-left text, following a change',
  ),
];
/** The language of each word, not only the widget's (the sixth audit's fixes). */
const WORD_LANGUAGE_TESTS = [
  CW(
    "the language of each word › writes the numbers and lists in a word as that word's language does: English in an English word on a page in Arabic, the page's in a replacement",
  ),
  CW('the language of each word › gives no language to an English word whose only letters are in its values ("{provider}: {service}")'),
  CW("the language of each word › marks a word inside another on its own: the page's word for a button inside an English sentence"),
  CW("the language of each word › takes a profile's words to be in the profile's language: its English on a Welsh page is marked en-GB"),
  CW(
    "the language of each word › uses a profile's words held by language where the widget's language is theirs, unmarked, following a change of the page's language without a reload",
  ),
  CW(
    "a profile's words › keeps the language words say, or a list of words each in its own, and leaves out a bad one with a warning naming it, keeping the words",
  ),
  "partner-list.words.test.ts › <selca-partner-list> words and languages › language › gives an en-GB profile's Arabic words, their language said, no lang or dir on an Arabic page, with Egyptian Arabic digits, and its names their en-GB",
];
/** The same tests added to every widget's row of a criterion. */
const withTests = (tests, rows) =>
  Object.fromEntries(Object.entries(rows).map(([tag, row]) => [tag, { ...row, tests: [...(row.tests ?? []), ...tests] }]));
const LANG_FOLLOWED =
  'follows a change of language on an ancestor without a reload, marking English words only where the page is in another language';
const TBW = (title) => `a11y-toolbar.words.test.ts › <selca-a11y-toolbar> words and languages › ${title}`;
/** Names and announcements left in English: no lang changes the voice they are said in, so the web team is told to translate them first. */
const SPOKEN_HOW =
  " No lang changes the voice a screen reader says a name or an announcement in, so the English ones (each widget's spoken list) come first in the translators' list, and a widget showing English words on a page in another language lists them in the console, those first, to translate.";
const SPOKEN = (title) => `spoken-words.test.ts › names and announcements in English on a page in another language › ${title}`;
const SPOKEN_TESTS = [
  SPOKEN('the console note (WordsController) › lists the English words a widget used, once, its names and announcements first'),
  SPOKEN('the console note (WordsController) › tells nothing when every word it uses is replaced, and only the rest when some are'),
  "core/words-document.test.ts › the translators' words document (dist/words/en.json) › lists each widget's names and announcements first, then its other words, each in the catalogue's order",
];

const NO_MEDIA = na('It has no audio or video.');
const PAGE_LEVEL = (what) => na(`A requirement on the page or the set of pages, which the host site meets: ${what}`);
const NO_INPUT = na('It has no form fields: nothing the visitor enters can be in error.');

export const ROWS = {
  '1.1.1': {
    'selca-coverage-map': {
      how: 'The drawn map is one listbox whose options are named by their borough, with "outside the alliance" where it is; the same facts are in tables one control away.',
      tests: [
        CMC('shows a named listbox with one named option per borough, the selected one marked'),
        CM("tables › list every area the map offers, saying which are the alliance's, with captions and header scopes"),
      ],
      matrix: ['default'],
    },
    'selca-partner-list': {
      how: 'A partner\'s logo keeps the alt text the profile or the page gives it, or is decoration (alt="") when it only repeats the name.',
      tests: [PL('links › shows logos with their alt text, or as decoration')],
      matrix: ['default'],
    },
    'selca-goals-panel': {
      how: 'Goal icons are hidden from assistive technology; a measure is written out in words (figure, target, period, source) and its bar chart is hidden because the words say everything.',
      tests: [
        GP('goals › shows the five goals in order, each a heading with its sentence and a hidden icon'),
        GP('measures › writes out the figure, target, period and source beside a chart hidden from assistive technology'),
        GPC('says each measure once, in its words, with no image for the chart'),
      ],
      matrix: ['default'],
    },
    'selca-focus-areas': {
      how: 'Its only non-text content is the disclosure chevron, drawn in CSS, which repeats the expanded state that each summary exposes.',
      tests: [FAC('tells assistive technology which areas are expanded')],
      matrix: ['default'],
    },
    'selca-a11y-toolbar': {
      how: "The toolbar's button is named by its words and its icon is hidden from assistive technology.",
      tests: [TBC('accessibility tree › names the button, says whether it is expanded, and hides the icon')],
      matrix: ['default'],
    },
  },
  '1.2.1': each(NO_MEDIA),
  '1.2.2': each(NO_MEDIA),
  '1.2.3': each(NO_MEDIA),
  '1.2.4': each(NO_MEDIA),
  '1.2.5': each(NO_MEDIA),
  '1.3.1': {
    'selca-coverage-map': {
      how: "Boroughs are a listbox with the selection marked; every alliance borough's name or number is drawn on it, with any selection, each number named in a key that is a list; the tables have captions and header scopes, and each site row is headed by the site name alone.",
      tests: [
        CM('accessibility › is one listbox named as a map, with one option per borough'),
        CM("tables › list every area the map offers, saying which are the alliance's, with captions and header scopes"),
        CMC('says each name once › heads each site row with the site name alone'),
        CMC('says each name once › names each table once, by its caption, and names a region round it only while it scrolls sideways'),
        CM(
          'labels › in every text setting of the toolbar › name or number every alliance borough on its own area, none overlapping, with any or no selection, ${setting(width, scale, spacing, font)}',
        ),
        CMC(
          'key to the numbers on a crowded map › is read as a list named by its heading, of the numbered names, after a listbox whose options are unchanged',
        ),
      ],
      matrix: ['default'],
    },
    'selca-partner-list': {
      how: 'Partners are grouped under headings at the level the page asks for, names one level below, each group a list (role="list", so Safari keeps it); the filters are a search landmark.',
      tests: [
        PL('groups › puts headings at the requested level, names one below'),
        PL('groups › marks each group of partners as a list, which Safari would not announce drawn without bullets'),
        PLC('gives each group of partners the list role, with an item per partner'),
        PLC('shows group headings at the requested level, names one below, and the live region'),
      ],
      matrix: ['default'],
    },
    'selca-goals-panel': {
      how: 'Each goal is a heading with its sentence; goals and principles are lists; the principles are a group named once by their label.',
      tests: [
        GP('goals › shows the five goals in order, each a heading with its sentence and a hidden icon'),
        GP('goals › marks the goals and the principles as lists, which Safari would not announce drawn without bullets'),
        GPC('gives the goals and the principles the list role, with an item each'),
        GPC('names the principles once, as their group'),
      ],
      matrix: ['default'],
    },
    'selca-focus-areas': {
      how: 'The key and the cross-cutting areas are under their own headings at the requested level, each group a list of native disclosures (details and summary).',
      tests: [
        FA('groups › puts the key and the cross-cutting areas under their own headings, at the requested level'),
        FA('list semantics › marks each list of areas as a list, which Safari would not announce drawn without bullets'),
        FAC('says each group heading once: the heading is the group, not also its label'),
        FAC('gives each list of areas the list role, with an item per area'),
      ],
      matrix: ['default'],
    },
    'selca-a11y-toolbar': {
      how: 'The open panel has a heading that fits the page outline, radio groups with legends, toggle buttons that say whether they are pressed, and a named text size value.',
      tests: [
        TBC('accessibility tree › exposes the heading, grouped radios, pressed toggles and the text size in the open panel'),
        TB('configuration › fits its heading into the page outline'),
      ],
      matrix: ['default'],
    },
  },
  '1.3.2': withTests(DIRECTION_TESTS, {
    'selca-coverage-map': {
      how: 'The source order is the reading order: the map, then the details of the selected borough, then the tables.',
      tests: [
        'coverage-map.words.test.ts › <selca-coverage-map> words and languages › right to left › gives its English "Show on map" buttons and area names their own direction too, lined up from the right',
      ],
      manual: {
        method: 'screenReader',
        check: 'Read the widget from top to bottom in reading mode and compare the order with what is seen.',
      },
    },
    'selca-partner-list': {
      how: 'The filters come first, then the count, then the partners in the order shown.',
      tests: [
        PL('filters › reaches every link with Tab, in the order shown, after the filters'),
        'partner-list.words.test.ts › <selca-partner-list> words and languages › right to left › gives its English labels, headings and choices their own direction on a right-to-left page, lined up from the right',
      ],
      manual: {
        method: 'screenReader',
        check: 'Read the list in reading mode, in the list and grid layouts, and compare the order with what is seen.',
      },
    },
    'selca-goals-panel': {
      how: 'Goals are read in order, then the principles beneath them, in every layout.',
      tests: [
        GP('goals › shows the principles beneath the goals, not as a sixth goal'),
        'goals-panel.words.test.ts › <selca-goals-panel> words and languages › language › marks the words of a notice in English, left to right, on a right-to-left page, and not the notice box',
      ],
      manual: { method: 'screenReader', check: 'Read the panel in reading mode in the cards, list and rows layouts.' },
    },
    'selca-focus-areas': {
      how: "Each area's description is inside its own disclosure, after its summary.",
      tests: [FA('groups › keeps each description in its collapsed area, where find-in-page can reach it')],
      manual: { method: 'screenReader', check: 'Read the areas in reading mode, collapsed and expanded.' },
    },
    'selca-a11y-toolbar': {
      how: 'The panel is read and tabbed in the order it is drawn.',
      tests: [TB('keyboard › reaches every control with Tab, in the order they appear')],
      manual: { method: 'screenReader', check: 'Read the open panel in reading mode and compare the order with what is seen.' },
    },
  }),
  '1.3.3': each({
    how: 'Instructions name keys and controls by their words, not by shape, colour, position or sound.',
    manual: { method: 'screenReader', check: 'Read every instruction and help text, and check none depends on seeing or hearing.' },
  }),
  '1.3.4': each({
    how: 'Nothing fixes the orientation: the widget lays itself out for the width it has.',
    matrix: ['default', '320 px wide'],
  }),
  '1.3.5': {
    ...each(na('It collects no information about the visitor.')),
    'selca-partner-list': na('Its search box and filters look for partners; they collect no information about the visitor.'),
    'selca-a11y-toolbar': na('Its controls set display preferences; they collect no information about the visitor.'),
  },
  '1.4.1': {
    'selca-coverage-map': {
      how: "The alliance's area has a strong outline as a whole (3:1 or more against every area, in every theme and in forced colours), not only a fill; a selection is a fill and is also named in the details.",
      tests: [
        CM("the alliance's area › is outlined as a whole, at 3:1 or more against every area, in the ${theme} theme"),
        CMC(
          "in forced colours › outlines the alliance's area at 3:1 or more against the areas, thicker than any boundary, where fills are all alike",
        ),
        CM('focus ring › is not what shows a selection, nor a click'),
      ],
      matrix: THEMES,
    },
    'selca-partner-list': {
      how: 'Links are underlined (the shared theme draws them so, as NHS.UK does); nothing is told by colour alone.',
      matrix: THEMES,
      manual: { method: 'forcedColours', check: 'Look at the list in forced colours and in each theme for anything told by colour alone.' },
    },
    'selca-goals-panel': {
      how: "A measure's figure and target are written out in words beside the bar; bar, scale and target also differ in shape.",
      tests: [
        GP('measures › writes out the figure, target, period and source beside a chart hidden from assistive technology'),
        GPC('keeps the bar, the scale and the target apart in forced colours'),
      ],
      matrix: THEMES,
    },
    'selca-focus-areas': {
      how: 'Open and closed areas differ by the chevron\'s direction and by the words of "Expand all"/"Collapse all", not by colour.',
      tests: [FA('summaries › points the chevron to where the text goes when closed, and down when open')],
      matrix: THEMES,
    },
    'selca-a11y-toolbar': {
      how: 'Chosen options are radio buttons and pressed toggle buttons, shown by their marks, not by colour alone.',
      tests: [TBC('accessibility tree › exposes the heading, grouped radios, pressed toggles and the text size in the open panel')],
      matrix: THEMES,
      manual: { method: 'forcedColours', check: 'Look at the open panel in forced colours and check each chosen option still shows.' },
    },
  },
  '1.4.2': only(
    'selca-a11y-toolbar',
    {
      how: 'Read aloud speaks only when the visitor starts it from its own button, and can be paused, resumed and stopped; it stops when the panel closes.',
      tests: [
        RA('reading › does nothing until asked'),
        TB('read aloud › starts only from its own button'),
        TB('read aloud › reads the main content one sentence at a time, with pause, resume and stop'),
        TB('read aloud › stops when the panel closes'),
      ],
    },
    'It plays no sound.',
  ),
  '1.4.3': {
    ...each({
      how: 'Text colours come from theme tokens that give text at least 4.5:1 (7:1 in the high-contrast themes); axe checks the contrast of every story in every theme, and on a dark, hostile host page. In forced colours a focused link keeps its system colour on Canvas, at least 4.5:1, in the light and dark schemes.',
      tests: [THEME_TOKENS, HOSTILE_CONTRAST, SHARED_LINK_FOCUS_FORCED],
      matrix: THEMES,
    }),
    'selca-partner-list': {
      how: "Text colours come from theme tokens that give text at least 4.5:1 (7:1 in the high-contrast themes); axe checks the contrast of every story in every theme, and on a dark, hostile host page. In forced colours a focused partner's link keeps LinkText on Canvas, at least 4.5:1, in the light and dark schemes.",
      tests: [THEME_TOKENS, HOSTILE_CONTRAST, SHARED_LINK_FOCUS_FORCED, PLC(PARTNER_LINK_FOCUS_FORCED)],
      matrix: THEMES,
    },
    'selca-a11y-toolbar': {
      how: 'Text colours come from theme tokens that give text at least 4.5:1 (7:1 in the high-contrast themes); axe checks the contrast of every story in every theme, and on a dark, hostile host page. In forced colours the focused panel heading and the focused statement link keep their text on Canvas, at least 4.5:1, in the light and dark schemes.',
      tests: [THEME_TOKENS, HOSTILE_CONTRAST, SHARED_LINK_FOCUS_FORCED, ...TOOLBAR_FOCUS_FORCED.map(TBC)],
      matrix: THEMES,
    },
  },
  '1.4.4': {
    ...each({
      how: 'Text is sized in rem and em, so it follows the browser text size and the toolbar; every story passes axe and cuts nothing off at 200% text, and a 10px host root does not shrink it.',
      tests: HOST_TEXT_SIZE,
      matrix: ['200% text'],
    }),
    'selca-coverage-map': {
      how: "Map labels are the page's small text size (0.875em) in CSS pixels at any map size, also in a part of the page under CSS zoom, and do not overlap at 100%, 150% and 200% text. Each is placed only with its centre on its own area; an alliance area whose name does not fit there shows a number instead, named in a key of real text under the map; the selected area's name gives way too, moving or shown as its number, so every alliance area has a name or number with any selection.",
      tests: [
        CM('labels › are at least the small text size (0.875em) in CSS pixels at ${scale * 100}% text, not in map units'),
        CM('labels › do not overlap at ${scale * 100}% text with every borough labelled'),
        CM(
          'labels › in every text setting of the toolbar › name or number every alliance borough on its own area, none overlapping, with any or no selection, ${setting(width, scale, spacing, font)}',
        ),
        CM('labels › always show the selected borough, by its name or its number'),
        CM(
          'labels › placeLabels › moves the first label, or shows its number, rather than leave another area with neither name nor number',
        ),
        CM(
          'labels › in every text setting of the toolbar › show the key only while a name does not fit: it goes, with the numbers, once the map is wide and the text back to 100%',
        ),
        CMC(
          'key to the numbers on a crowded map › is read as a list named by its heading, of the numbered names, after a listbox whose options are unchanged',
        ),
        CMC('labels in CSS pixels › are at least 14px on a 1280 px page, and all six alliance names show without overlap at 200% text'),
        CMC(
          'under CSS zoom › draws the labels twice as large in a part of the page zoomed to 200%, placed as without zoom, with no overlap',
        ),
        ...HOST_TEXT_SIZE,
      ],
      matrix: ['200% text'],
    },
    'selca-a11y-toolbar': {
      how: 'The toolbar itself sets text from 100% to 200% of what the site had, and its own panel grows with it.',
      tests: [
        TB('text size › doubles the root font size as a percentage of what the site had, with no inline styles added'),
        TB('accessibility › is accessible at 200% text'),
        TB("its own panel › grows and spaces with the visitor's settings"),
        TBC("narrow screens › fits 320 px at twice the text size, open, the toggle's icon going above its word"),
        TB('its own panel › keeps every radio its full size, square, when twice the text fills a 320 px place'),
      ],
      matrix: ['200% text'],
    },
  },
  '1.4.5': {
    ...each(na('It shows no images of text: all its words are text.')),
    'selca-coverage-map': na('It shows no images of text: the borough labels are SVG text.'),
    'selca-partner-list': na('Partner logos are logotypes, which 1.4.5 exempts; every other word is text.'),
  },
  '1.4.10': {
    ...each({
      how: 'At 320 px, alone and with 200% text, a reading font and wide spacing, nothing scrolls sideways or is cut off, on the story pages and on host pages.',
      tests: [HOST_320],
      matrix: NARROW,
      manual: { method: 'zoom', check: 'Use the widget at 400% zoom on a 1280 px window, alone and with the toolbar settings combined.' },
    }),
    'selca-coverage-map': {
      how: 'A map narrower than 30em frames the alliance and its neighbours; its layout is one column no wider than the widget; its data tables scroll sideways inside a named, focusable region, which 1.4.10 allows for tables.',
      tests: [
        CMC('labels in CSS pixels › frame the alliance and its neighbours on a 320 px screen, every alliance name shown at 14px or more'),
        'helpers.test.ts › test helpers › findOverflow › lets a data table scroll sideways in a named, focusable region, and nothing else',
        CM(
          "tables › in a 320 px widget › break no word at 320 px, and scroll sideways only with the largest settings, inside a named region that is a Tab stop${combined ? ', with 200% text, OpenDyslexic and wide spacing' : ''}",
        ),
        HOST_320,
      ],
      matrix: NARROW,
      manual: {
        method: 'zoom',
        check: 'Use the map and its tables at 400% zoom on a 1280 px window, alone and with the toolbar settings combined.',
      },
    },
    'selca-a11y-toolbar': {
      how: "The toggle and the open panel fit 320 px, with twice the text, OpenDyslexic and wide spacing together; long words break and action rows wrap. With those settings the host page's own long words break too, rather than the page scrolling sideways.",
      tests: [
        TBC('narrow screens › fits 320 px without sideways scrolling and stays accessible, open with everything on'),
        TBC('narrow screens › fits ${width} px with twice the text, OpenDyslexic and wide spacing together, closed and open'),
        "host-pages.chromium.test.ts › Widgets on pages they did not choose (Chromium) › at 320 px wide › on an NHS.UK-styled page with twice the text, OpenDyslexic and wide spacing: the page's own long words wrap, in a flex row too, and its select shrinks, not the page",
      ],
      matrix: NARROW,
      manual: { method: 'zoom', check: 'Open the panel at 400% zoom on a 1280 px window and switch every setting on.' },
    },
  },
  '1.4.11': {
    'selca-coverage-map': {
      how: "The alliance's outline, and the boundaries between areas, are 3:1 or more against the areas in every theme, and 4 px CanvasText in forced colours; the focus ring is drawn in the system highlight round a dark line.",
      tests: [
        CM("the alliance's area › is outlined as a whole, at 3:1 or more against every area, in the ${theme} theme"),
        CM("the alliance's area › draws the boundaries between areas at 3:1 or more against the areas either side, in the ${theme} theme"),
        CMC(
          "in forced colours › outlines the alliance's area at 3:1 or more against the areas, thicker than any boundary, where fills are all alike",
        ),
        CMC('in forced colours › draws the focus ring in the system highlight round a dark line'),
        CMC("in forced colours › shows keyboard focus by the ring along the borough's shape alone, with no rectangle round it"),
      ],
    },
    'selca-partner-list': {
      how: 'Boundaries of the search box, the filters and the buttons come from theme tokens of at least 3:1 in every theme.',
      tests: [THEME_TOKENS],
      manual: { method: 'forcedColours', check: 'Check the boundaries of the search box, filters and buttons in forced colours.' },
    },
    'selca-goals-panel': {
      how: 'Bar, scale and target stay at least 3:1 apart in every theme and keep their shapes in forced colours.',
      tests: [
        GP('chart colours › keeps bar, scale and target 3:1 apart in the ${theme} theme (WCAG 1.4.11)'),
        GPC('keeps the bar, the scale and the target apart in forced colours'),
      ],
    },
    'selca-focus-areas': {
      how: 'The boundaries of the disclosures and of "Expand all" come from theme tokens of at least 3:1 in every theme.',
      tests: [
        THEME_TOKENS,
        'button.test.ts › one button style › in the default state › is the NHS secondary button, with a target of at least 44px',
      ],
      manual: { method: 'forcedColours', check: 'Check the disclosures and the button in forced colours.' },
    },
    'selca-a11y-toolbar': {
      how: "Focus on the panel heading is 3:1 or more in each theme; under a colour theme the host page's focus indicators and its NHS radios and checkboxes stay at 3:1 or more.",
      tests: [
        TB('keyboard › shows focus on the panel heading at 3:1 or more, the NHS way, in the ${theme} theme'),
        "a11y-toolbar.host-page.test.ts › <selca-a11y-toolbar> colour themes on an NHS.UK page › keep the page's focus indicators visible › in the ${theme} theme${strongFocus ? ', with the stronger focus outline' : ''}: focused links, buttons and inputs stand out at 3:1 or more",
        "a11y-toolbar.host-page.test.ts › <selca-a11y-toolbar> colour themes on an NHS.UK page › keep the page's own radios and checkboxes readable › in the ${theme} theme: a chosen NHS radio and a ticked NHS checkbox show their box, circle and mark at 3:1 or more",
      ],
    },
  },
  '1.4.12': {
    ...each({
      how: 'The WCAG 1.4.12 spacing reaches inside the widget, and every story passes axe and cuts nothing off with it.',
      tests: [SHARED_SPACING],
      matrix: ['WCAG 1.4.12 text spacing'],
    }),
    'selca-coverage-map': {
      how: 'The WCAG 1.4.12 spacing reaches inside the widget, and every story passes axe and cuts nothing off with it. With wide spacing, as with any text setting, every alliance borough keeps its name or a number named in the key, on its own area and overlapping no other, with any selection.',
      tests: [
        SHARED_SPACING,
        CM(
          'labels › in every text setting of the toolbar › name or number every alliance borough on its own area, none overlapping, with any or no selection, ${setting(width, scale, spacing, font)}',
        ),
      ],
      matrix: ['WCAG 1.4.12 text spacing'],
    },
    'selca-partner-list': {
      how: 'The WCAG 1.4.12 spacing reaches inside the widget, and every story passes axe and cuts nothing off with it. A link to another website, its note said to screen readers only, keeps its focus and underline round the name alone with wide spacing, in a narrow column.',
      tests: [
        SHARED_SPACING,
        'partner-list.words.test.ts › <selca-partner-list> words and languages › a link to another website › draws its focus and underline round the name alone, with text spacing, in a narrow column and with the note first',
      ],
      matrix: ['WCAG 1.4.12 text spacing'],
    },
    'selca-a11y-toolbar': {
      how: 'The toolbar applies the WCAG 1.4.12 set itself, and its own panel spaces out with it.',
      tests: [
        TB('each preference reaches the host page and other widgets › text spacing applies the WCAG 1.4.12 set'),
        TB("its own panel › grows and spaces with the visitor's settings"),
      ],
      matrix: ['WCAG 1.4.12 text spacing'],
    },
  },
  '1.4.13': only(
    'selca-coverage-map',
    {
      how: 'The tooltip naming a borough shows for the pointer and for keyboard focus, stays until the pointer leaves, can itself be hovered (the pointer may cross other boroughs on its way onto it), and is dismissed with Escape without moving the pointer or focus and without clearing the selection, which a second Escape does. It keeps clear of the selected borough and its name where there is room.',
      tests: [
        CM(
          'keyboard › closes the tooltip with the first Escape, clears the selection with the second, and lets the third through to the page, focus staying put',
        ),
        CM(
          "tooltip › keeps clear of the selected area and its name, beside its own area: Bromley's, reached from Greenwich selected, 1280 px wide",
        ),
        CM('tooltip › shows the area under a mouse, and is dismissed with Escape'),
        CM('tooltip › stays until the pointer leaves, and then goes'),
        CM('tooltip › stays dismissed while the pointer is still over that area, and comes back once it has left'),
        CM('tooltip › shows the same for an area reached by keyboard, outside the alliance too'),
        CM(
          'tooltip › stays while a real mouse moves from its area onto it across other areas, goes once it leaves, and selects its area when clicked',
        ),
      ],
    },
    'It shows no extra content on hover or focus.',
  ),
  '2.1.1': {
    'selca-coverage-map': {
      how: 'One Tab stop; arrow keys go to the neighbouring borough in that direction (bordering, or facing across the Thames), Home, End and initials jump, Enter or Space selects, Escape closes the tooltip then clears the selection; the tables\' "Show on map" buttons select too.',
      tests: [
        CM('keyboard › is one Tab stop that lands on the selected borough'),
        CM('keyboard › moves to the geographic neighbour with the arrow keys, and selects with Enter'),
        CM('keyboard › goes to the first and last borough with Home and End, and by initial with a letter'),
        'coverage-map.geometry.test.ts › London borough geometry › never passes over a neighbouring area (bordering, or facing across the river) within 90° of an arrow key for one that is not',
        'coverage-map.geometry.test.ts › London borough geometry › leads each arrow key to an area that lies in that direction, or nowhere at the edge',
        'coverage-map.geometry.test.ts › London borough geometry › records as facing across the river only areas whose banks run within 15 units of each other, with no area between',
        CM('tables › share the selection with the map: "Show on map" selects, moves focus, and marks the row'),
        ...HOST_KEYBOARD,
      ],
      manual: { method: 'keyboard', check: 'Use the map and its tables with the keyboard alone.' },
    },
    'selca-partner-list': {
      how: 'Search, filters, "Clear" and "Show more" work from the keyboard, focus kept where the visitor is.',
      tests: [
        PL('filters › filters by type and by borough from the keyboard, keeping focus on the control'),
        PL('filters › says so when nothing matches and clears every filter from the keyboard, focus kept'),
        PL('long lists › shows the first 50 and adds 50 more at a time from the keyboard, focus on the first added'),
        ...HOST_KEYBOARD,
      ],
      manual: { method: 'keyboard', check: 'Search, filter, clear and show more with the keyboard alone.' },
    },
    'selca-goals-panel': {
      how: 'Its only controls are links, reached and followed as any link.',
      tests: HOST_KEYBOARD,
      manual: { method: 'keyboard', check: "Tab through the panel's links with the keyboard alone." },
    },
    'selca-focus-areas': {
      how: 'Each area opens and closes with Enter and Space (native details), and "Expand all" is a button.',
      tests: [
        FA('keyboard › opens and closes one area with Enter and Space, reflecting the state'),
        FA('keyboard › expands and collapses all with the button, whose label follows the state'),
        ...HOST_KEYBOARD,
      ],
      manual: { method: 'keyboard', check: 'Open, close, expand all and collapse all with the keyboard alone.' },
    },
    'selca-a11y-toolbar': {
      how: 'Every control is reached with Tab and changed with Enter, Space or the arrow keys; the reading guide moves with Alt and the up and down arrows.',
      tests: [
        TB('keyboard › reaches and changes the controls with Tab, Enter, Space and arrow keys'),
        TB('keyboard › changes every kind of control from the keyboard'),
        TB('reading guide › moves with Alt and the up and down arrows, without a mouse'),
        ...HOST_KEYBOARD,
      ],
      manual: { method: 'keyboard', check: 'Use every setting with the keyboard alone.' },
    },
  },
  '2.1.2': {
    ...each({
      how: 'Tab and Shift+Tab always leave the widget; it sets no focus trap.',
      tests: HOST_KEYBOARD,
      manual: { method: 'keyboard', check: 'Tab into and out of the widget in both directions, in every state.' },
    }),
    'selca-coverage-map': {
      how: 'The map is one Tab stop, which Tab leaves; Escape, once the tooltip and the selection are cleared, goes on to the page.',
      tests: [
        CM(
          'keyboard › closes the tooltip with the first Escape, clears the selection with the second, and lets the third through to the page, focus staying put',
        ),
        ...HOST_KEYBOARD,
      ],
      manual: { method: 'keyboard', check: 'Tab into and out of the map and its tables in both directions.' },
    },
    'selca-a11y-toolbar': {
      how: 'The panel is not modal: Escape closes it and returns focus to its button, as does its close button.',
      tests: [
        TB('keyboard › opens from the button, moves focus to the heading, and Escape closes it and returns focus'),
        TB('keyboard › closes from its own close button and returns focus'),
      ],
      manual: { method: 'keyboard', check: 'Tab into and out of the open panel in both directions.' },
    },
  },
  '2.1.4': {
    ...each(na('It has no keyboard shortcuts.')),
    'selca-coverage-map': {
      how: 'A letter moves to the next borough with that initial only while a borough has focus, which 2.1.4 allows (type-ahead in a listbox).',
      tests: [CM('keyboard › goes to the first and last borough with Home and End, and by initial with a letter')],
    },
    'selca-a11y-toolbar': na(
      'Its one shortcut, Alt with the up or down arrow for the reading guide, uses a modifier key; it is left to text fields, whose keys they are.',
    ),
  },
  '2.2.1': each(na('It sets no time limit on the visitor.')),
  '2.2.2': {
    ...each(na('Nothing in it moves, blinks or scrolls for more than five seconds, or updates by itself.')),
    'selca-a11y-toolbar': {
      how: 'Read aloud scrolls to and highlights the sentence being read only once the visitor starts it; it pauses, resumes and stops, and scrolls at once when animations are paused.',
      tests: [
        TB('read aloud › reads the main content one sentence at a time, with pause, resume and stop'),
        RA('scrolling › brings the sentence being read into view, at once when animations are paused'),
      ],
    },
  },
  '2.3.1': each(na('Nothing in it flashes.')),
  '2.4.1': each(
    PAGE_LEVEL(
      'the page\'s skip link and headings; the widget keeps the skip link working (host-pages.test.ts, "keeps the skip link working").',
    ),
  ),
  '2.4.2': each(PAGE_LEVEL('the page title.')),
  '2.4.3': {
    'selca-coverage-map': {
      how: 'Tab lands on the borough last focused, else the selected one, else the alliance\'s first; "Show on map" moves focus to the borough it selects.',
      tests: [
        CM("keyboard › lands on the first of the alliance's own areas when nothing is selected"),
        CM('keyboard › is one Tab stop that lands on the selected borough'),
        CM('tables › share the selection with the map: "Show on map" selects, moves focus, and marks the row'),
      ],
    },
    'selca-partner-list': {
      how: 'Links follow the filters in the order shown; "Show more" moves focus to the first partner added; when a map selection removes the focused result, focus moves once, to the count.',
      tests: [
        PL('filters › reaches every link with Tab, in the order shown, after the filters'),
        PL('long lists › shows the first 50 and adds 50 more at a time from the keyboard, focus on the first added'),
        PL(
          'with a coverage map › when a visitor selects on the map › moves focus to the count when the result under it goes away, and says the count only there',
        ),
      ],
    },
    'selca-goals-panel': {
      how: 'Its links are in reading order; it never moves focus.',
      tests: HOST_KEYBOARD,
      manual: { method: 'keyboard', check: "Tab through the panel's links and compare the order with what is seen." },
    },
    'selca-focus-areas': {
      how: '"Expand all" comes before the areas, and each summary is in reading order; it never moves focus.',
      tests: HOST_KEYBOARD,
      manual: { method: 'keyboard', check: 'Tab through the areas, collapsed and expanded, and compare the order with what is seen.' },
    },
    'selca-a11y-toolbar': {
      how: 'Opening moves focus to the panel heading; Tab goes through the controls in the order they appear; closing returns focus to the button.',
      tests: [
        TB('keyboard › opens from the button, moves focus to the heading, and Escape closes it and returns focus'),
        TB('keyboard › reaches every control with Tab, in the order they appear'),
        TB('keyboard › closes from its own close button and returns focus'),
      ],
    },
  },
  '2.4.4': {
    'selca-coverage-map': na('It has no links.'),
    'selca-partner-list': {
      how: "Each partner's link is its name; a link to another site says so to assistive technology; an unsafe address is never a link.",
      tests: [
        PL('groups › shows each partner with its description, boroughs and link'),
        PL('links › tells assistive technology when a link leaves the site'),
        'partner-list.words.test.ts › <selca-partner-list> words and languages › a link to another website › names the link with its whole word, showing the name alone: in English, in Welsh, and in a word that puts its note first',
        PLC('a link to another website › is named with its whole word, the name shown: in English, and in a word that puts its note first'),
      ],
      matrix: ['default'],
    },
    'selca-goals-panel': {
      how: '"How we do this" links carry the goal\'s title ("How we do this: …"), and "More" the principle\'s, in visually hidden text.',
      tests: [GP('goals › links a goal with a name that says which goal')],
      matrix: ['default'],
    },
    'selca-focus-areas': {
      how: 'An area\'s link says "More about" and the area\'s title.',
      matrix: ['default'],
      manual: {
        method: 'screenReader',
        check: "List the links with a screen reader and check each says where it goes, with its area's text.",
      },
    },
    'selca-a11y-toolbar': {
      how: "The panel links to the site's accessibility statement and to help for the device, each named so.",
      tests: [TB('configuration › links to the accessibility statement and the device help')],
      matrix: ['default'],
    },
  },
  '2.4.5': each(PAGE_LEVEL('ways to find the page.')),
  '2.4.6': {
    'selca-coverage-map': {
      how: 'The map is named by its listbox ("Map of …") alone, with the help text as its description; the details have a heading naming the borough; tables have captions.',
      tests: [CMC('says each name once › names the map by its listbox alone; the help text is its description and names nothing else')],
      manual: { method: 'screenReader', check: 'List headings and controls with a screen reader and check each says what it is for.' },
    },
    'selca-partner-list': {
      how: 'Groups are headed by organisation type; the search box and the filters are labelled.',
      tests: [PL('groups › groups partners by type under headings, in a fixed order')],
      manual: { method: 'screenReader', check: 'List headings and form fields with a screen reader and check each says what it is for.' },
    },
    'selca-goals-panel': {
      how: 'Each goal is headed by its title; the principles by their label.',
      tests: [GPC('names the principles once, as their group')],
      manual: { method: 'screenReader', check: 'List the headings with a screen reader and check each says what follows.' },
    },
    'selca-focus-areas': {
      how: 'The two groups are headed "key" and "cross-cutting" areas (words the page can change); each area is named by its title.',
      tests: [FA('groups › puts the key and the cross-cutting areas under their own headings, at the requested level')],
      manual: { method: 'screenReader', check: 'List the headings and buttons with a screen reader and check each says what it is for.' },
    },
    'selca-a11y-toolbar': {
      how: 'The panel has a heading; each group of settings has a legend; the text size value is named by its legend.',
      tests: [TBC('names › names the text size value, which a screen reader reads with its percentage')],
      manual: { method: 'screenReader', check: 'List headings and controls with a screen reader and check each says what it is for.' },
    },
  },
  '2.4.7': {
    ...each({
      how: 'Every control shows the NHS focus style on keyboard focus, and keeps a visible outline in forced colours; a focused link there is an outline in Highlight with no fill.',
      tests: [SHARED_FOCUS_FORCED, SHARED_LINK_FOCUS_FORCED],
      manual: {
        method: 'keyboard',
        check: 'Tab through the widget in each theme and in forced colours, and see where focus is at every step.',
      },
    }),
    'selca-coverage-map': {
      how: 'A focused borough has the yellow focus ring (the system highlight in forced colours), shown only while it has keyboard focus; selection has its own cue, a fill.',
      tests: [
        CM('focus ring › is not drawn until an area has keyboard focus, and goes when focus leaves'),
        CMC('in forced colours › draws the focus ring in the system highlight round a dark line'),
        CMC("in forced colours › shows keyboard focus by the ring along the borough's shape alone, with no rectangle round it"),
      ],
      manual: { method: 'keyboard', check: 'Move through the map with the arrow keys in each theme and in forced colours.' },
    },
    'selca-partner-list': {
      how: "Every control shows the NHS focus style on keyboard focus; in forced colours a partner's link, reached with Tab, is marked by a Highlight outline of at least 3:1, with no fill.",
      tests: [SHARED_FOCUS_FORCED, SHARED_LINK_FOCUS_FORCED, PLC(PARTNER_LINK_FOCUS_FORCED)],
      manual: {
        method: 'keyboard',
        check: 'Tab through the widget in each theme and in forced colours, and see where focus is at every step.',
      },
    },
    'selca-a11y-toolbar': {
      how: 'Focus is shown the NHS way in every theme, the panel heading included; in forced colours the heading and the links are marked by a Highlight outline with no fill; a stronger outline is one of its settings, and under a colour theme the page keeps focus indicators of 3:1 or more.',
      tests: [
        ...TOOLBAR_FOCUS_FORCED.map(TBC),
        TB('keyboard › shows focus on the panel heading at 3:1 or more, the NHS way, in the ${theme} theme'),
        TB('each preference reaches the host page and other widgets › a stronger focus outline shows on keyboard focus'),
        "a11y-toolbar.host-page.test.ts › <selca-a11y-toolbar> colour themes on an NHS.UK page › keep the page's focus indicators visible › in the ${theme} theme${strongFocus ? ', with the stronger focus outline' : ''}: focused links, buttons and inputs stand out at 3:1 or more",
      ],
    },
  },
  '2.4.11': {
    ...each(na('It draws nothing over the page: no sticky, fixed or overlaying part that could hide a focused element.')),
    'selca-coverage-map': {
      how: 'The tooltip sits beside the borough; nothing else overlays the map. A narrow map, framed round the alliance, offers only the boroughs at least half inside its frame, so no key moves focus to one cropped out of view.',
      tests: [
        CM(
          'framed narrowly, 320 px wide › offers, and moves by every key to, only areas mostly inside the frame; the tables list the same',
        ),
        CMC(
          'gives assistive technology only the areas mostly inside the frame on a 320 px screen, the selection outside it in the details',
        ),
      ],
      manual: {
        method: 'zoom',
        check: 'Move through every borough with the arrow keys at 320 px and check each focused borough can be seen.',
      },
    },
    'selca-a11y-toolbar': {
      how: 'The reading guide follows focus, so the focused element is in its clear band, centred on the part in view of one taller than the screen; the panel opens in the page flow.',
      tests: [
        TB('reading guide › follows the pointer and focus, takes no clicks, and Escape turns it off'),
        TB('reading guide › the mask leaves in view a focused element taller than the screen, ${where}'),
      ],
      manual: { method: 'keyboard', check: 'Tab through a page with the reading mask on and check focus is never hidden.' },
    },
  },
  '2.5.1': each(na('Nothing needs a path-based or multipoint gesture: there is no dragging, pinching or panning.')),
  '2.5.2': {
    ...each({ how: 'It uses native buttons, links and summaries, which act on release of the pointer.' }),
    'selca-coverage-map': {
      how: 'A borough is selected by a click, which acts on release; a click on the tooltip selects the borough it names.',
      tests: [
        CM('pointer › selects a borough on click'),
        CM(
          'tooltip › stays while a real mouse moves from its area onto it across other areas, goes once it leaves, and selects its area when clicked',
        ),
        CM('tooltip › follows a real mouse that stays on another area, and a click there selects that area'),
      ],
    },
  },
  '2.5.3': {
    'selca-coverage-map': {
      how: 'Each borough option is named by the borough name it shows, with ", outside the alliance" after it where so.',
      tests: [CMC('shows a named listbox with one named option per borough, the selected one marked')],
      manual: { method: 'screenReader', check: "Compare each control's spoken name with its visible words." },
    },
    'selca-partner-list': {
      how: "Each link's name begins with the partner name it shows; labels of the search box and filters are their visible words.",
      manual: { method: 'screenReader', check: "Compare each control's spoken name with its visible words." },
    },
    'selca-goals-panel': {
      how: 'A goal link\'s name begins with its visible words, "How we do this", then the goal.',
      tests: [GP('goals › links a goal with a name that says which goal')],
    },
    'selca-focus-areas': {
      how: 'Each summary is named by its visible title, "Expand all" by its words as they change.',
      tests: [FAC('says whether "Expand all" has expanded every area, as its words change')],
    },
    'selca-a11y-toolbar': {
      how: "The toolbar's button is named by its visible words; each setting by its label.",
      tests: [TBC('accessibility tree › names the button, says whether it is expanded, and hides the icon')],
      manual: { method: 'screenReader', check: "Compare each control's spoken name with its visible words." },
    },
  },
  '2.5.4': each(na('Nothing responds to device motion.')),
  '2.5.7': each(na('Nothing is dragged.')),
  '2.5.8': {
    ...each({
      how: "Buttons are the NHS secondary button, at least 44 px tall; axe's target-size rule passes in every story.",
      tests: ['button.test.ts › one button style › in the default state › is the NHS secondary button, with a target of at least 44px'],
      matrix: ['default', '320 px wide'],
    }),
    'selca-coverage-map': {
      how: 'Small boroughs may be smaller than 24 by 24 px on a narrow map; each borough is also a "Show on map" button in the tables, which the equivalent-control exception allows.',
      tests: [CM('tables › share the selection with the map: "Show on map" selects, moves focus, and marks the row')],
      matrix: ['default', '320 px wide'],
    },
    'selca-a11y-toolbar': {
      how: 'Every control is at least 24 by 24 px, at 320 px too.',
      tests: [TBC('narrow screens › keeps every control at least 24 by 24 px')],
      matrix: ['default', '320 px wide'],
    },
  },
  '3.1.1': each(PAGE_LEVEL("the page's language (`lang` on `<html>`).")),
  '3.1.2': (() => {
    const words = (file, tag, title = LANG_FOLLOWED) => `${file}.words.test.ts › <${tag}> words and languages › language › ${title}`;
    const NOT_REPEATED =
      'says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages';
    // Data (names, labels, units) inside a translated word, marked against that word's language.
    const DATA_IN_WORDS = {
      'selca-coverage-map':
        "marks the names in its translated words with the data's language, left to right, and not again inside its English words",
      'selca-partner-list':
        "marks the boroughs and area in its translated words with the profile's language, left to right, and not again inside its English words",
      'selca-goals-panel':
        "marks a measure's label, period and unit in its translated sentence with the profile's language, and not again inside its English sentence",
    };
    // A word holding a name said to screen readers (a link's, a button's), the name marked against it.
    const NAMES_IN_WORDS = {
      'selca-coverage-map': [
        'coverage-map.words.test.ts › <selca-coverage-map> words and languages › a table\'s "Show on map" button › says its whole word with the name, wherever the word puts it, showing the word alone and not its hidden part',
        "coverage-map.words.test.ts › <selca-coverage-map> words and languages › a table's \"Show on map\" button › keeps its marks: the button's language where the word is not the page's, the names in it marked against the word",
        CMC('a table\'s "Show on map" button › is named with its whole word, the area\'s name where the word puts it'),
      ],
      'selca-partner-list': [
        "partner-list.words.test.ts › <selca-partner-list> words and languages › a link to another website › marks the partner's name against the link's word: its language once in a Welsh word, and not again inside the English one",
      ],
      'selca-goals-panel': [
        words(
          'goals-panel',
          'selca-goals-panel',
          "marks a goal's and a principle's title inside its link against the link's word, so none is said twice or left out",
        ),
        GPC(
          "names a goal's link with the title in the profile's English, marked so once: in a Welsh word putting it first, and in the profile's own word",
        ),
      ],
    };
    // One describe per widget, written once as a template literal.
    const profileText = (title) => `core/profile-text.test.ts › Profile text marked with its language › <\${test.tag}> › ${title}`;
    const row = (file, tag) => ({
      how:
        "Its own words can be given in any language; those left in English on a page in another language are marked lang=\"en\" (and dir=\"ltr\" in a right-to-left page), and follow a change of the page's language. A profile's words are marked with the profile's lang unless they say their own, and then are used where the widget is in that language, as a page's words by language are; a word inside another is marked on its own; the figures and lists inside a word are written in that word's language, and the data in it (names, labels, units) is marked with the data's lang and dir against that word's, so not again inside an English word; no element says again the lang and dir of one around it. The profile's text (and the map's attribution and area names) is marked with the profile's (the map's) lang where it differs from the widget's, with its dir where that differs too." +
        SPOKEN_HOW +
        (tag === 'selca-goals-panel'
          ? " Its principles' label, when left in English there, is also read as text in browse mode, with its lang. Each link's name is one word, its part not shown (the goal or principle) kept in the text's flow, so it is said as written."
          : ''),
      tests: [
        words(file, tag),
        ...(DATA_IN_WORDS[tag] ? [words(file, tag, DATA_IN_WORDS[tag])] : []),
        ...(NAMES_IN_WORDS[tag] ?? []),
        words(file, tag, NOT_REPEATED),
        ...WORD_LANGUAGE_TESTS,
        profileText("marks the built-in profile's text, and the map's, as English, left to right, on a page in Arabic"),
        profileText('marks a profile in Welsh as Welsh on a page in English'),
        ...SPOKEN_TESTS,
        ...(tag === 'selca-goals-panel'
          ? [
              SPOKEN(
                '<selca-goals-panel> › lists its English names and announcements on a Welsh page, then its other words, and again only with what loaded',
              ),
              "spoken-words.chromium.test.ts › names and announcements in English on a page in another language (Chromium) › <selca-goals-panel>'s principles label › is read in browse mode, marked English, where it stays English on a Welsh page, besides naming the group",
              GPC(
                "names a goal's link and a principle's link with their whole word, no space before the hidden part, the title in its own language",
              ),
              GP(
                "goals › shows only the first words of a goal's link and a principle's link, their goal and principle said by screen readers alone, with wide spacing too",
              ),
            ]
          : []),
      ],
    });
    return {
      'selca-coverage-map': row('coverage-map', 'selca-coverage-map'),
      'selca-partner-list': row('partner-list', 'selca-partner-list'),
      'selca-goals-panel': row('goals-panel', 'selca-goals-panel'),
      'selca-focus-areas': row('focus-areas', 'selca-focus-areas'),
      'selca-a11y-toolbar': {
        how:
          "Read aloud speaks each passage in a voice of its nearest lang. A site can give the toolbar its words in any language; those left in English on a page in another language are marked lang=\"en\" (a word inside another, such as the button's name in the guide's hint, on its own), and follow a change of the page's language." +
          SPOKEN_HOW,
        tests: [
          RA("languages › speaks each sentence with a voice of its nearest lang, else the page's"),
          TBW(`language › ${LANG_FOLLOWED}`),
          TBW("language › marks the button's words inside the guide's English hint with their own language"),
          TBW(`language › ${NOT_REPEATED}`),
          ...WORD_LANGUAGE_TESTS,
          ...SPOKEN_TESTS,
        ],
      },
    };
  })(),
  '3.2.1': each({
    how: 'Focus changes nothing but the focus style; the map shows its tooltip, and selects only with Enter, Space or a click.',
    tests: HOST_KEYBOARD,
    manual: { method: 'keyboard', check: 'Tab and arrow through the widget and check focus alone changes no setting, page or selection.' },
  }),
  '3.2.2': {
    ...each(NO_INPUT),
    'selca-coverage-map': {
      how: 'Moving through boroughs changes nothing; Enter or Space selects, and selecting changes only what the widget shows.',
      tests: [CM('keyboard › moves to the geographic neighbour with the arrow keys, and selects with Enter')],
    },
    'selca-partner-list': {
      how: 'Searching and filtering update the list in place, keep focus on the control and add no history entry while typing.',
      tests: [
        PL('filters › filters by type and by borough from the keyboard, keeping focus on the control'),
        PL('the page address › adds no history entry while typing, and ignores values it does not know'),
      ],
    },
    'selca-a11y-toolbar': {
      how: 'A setting changes how the page looks, which is what the visitor asked for; it changes nothing by itself and does not move focus.',
      tests: [
        TB('configuration › changes nothing on the page by itself'),
        TB('keyboard › reaches and changes the controls with Tab, Enter, Space and arrow keys'),
      ],
    },
  },
  '3.2.3': each(PAGE_LEVEL('the same navigation in the same order on every page.')),
  '3.2.4': each(
    PAGE_LEVEL("the same name for the same function on every page; the widget's own words are the same wherever it is placed."),
  ),
  '3.2.6': each(PAGE_LEVEL("help in the same place on every page; the toolbar's panel can link to the site's accessibility statement.")),
  '3.3.1': each(NO_INPUT),
  '3.3.2': {
    ...each(NO_INPUT),
    'selca-coverage-map': {
      how: 'The listbox is described by help text that says which keys to use.',
      tests: [CMC('says each name once › names the map by its listbox alone; the help text is its description and names nothing else')],
    },
    'selca-partner-list': {
      how: 'The search box and the filters have visible labels; nothing matching is said in words, with a way to clear.',
      tests: [PL('filters › says so when nothing matches and clears every filter from the keyboard, focus kept')],
      matrix: ['default'],
    },
    'selca-a11y-toolbar': {
      how: 'Each setting has a visible label or legend; the panel says how to move the reading guide and turn it off.',
      tests: [TB('reading guide › says how to move it and turn it off in the panel')],
      matrix: ['default'],
    },
  },
  '3.3.3': each(NO_INPUT),
  '3.3.4': each(na('It takes no legal, financial or data commitment.')),
  '3.3.7': each(na('It asks for nothing the visitor has entered before.')),
  '3.3.8': each(na('It has no log in.')),
  '4.1.2': {
    'selca-coverage-map': {
      how: 'A listbox named as a map, with one named option per borough and the selection marked, in the accessibility tree.',
      tests: [
        CMC('shows a named listbox with one named option per borough, the selected one marked'),
        CM('accessibility › is one listbox named as a map, with one option per borough'),
        HOST_TREE,
      ],
      matrix: ['default'],
    },
    'selca-partner-list': {
      how: 'Native search box, selects and buttons; group lists, headings and the live region are in the accessibility tree; every partner is there at load, those below the fold too.',
      tests: [
        PLC('shows group headings at the requested level, names one below, and the live region'),
        PLC('gives assistive technology every partner at load, those below the fold too'),
        HOST_TREE,
      ],
      matrix: ['default'],
    },
    'selca-goals-panel': {
      how: 'Headings, lists and a named group, each name said once.',
      tests: [
        GPC('names the principles once, as their group'),
        GPC('gives the goals and the principles the list role, with an item each'),
        HOST_TREE,
      ],
      matrix: ['default'],
    },
    'selca-focus-areas': {
      how: 'Native disclosures say whether they are expanded; "Expand all" says whether every area is expanded (aria-expanded) as its words change.',
      tests: [
        FAC('tells assistive technology which areas are expanded'),
        FAC('says whether "Expand all" has expanded every area, as its words change'),
        FA('keyboard › opens and closes one area with Enter and Space, reflecting the state'),
        HOST_TREE,
      ],
      matrix: ['default'],
    },
    'selca-a11y-toolbar': {
      how: "The button says whether the panel is expanded; the panel exposes its heading, grouped radios, pressed toggles, the named text size and the speed list's value.",
      tests: [
        TBC('accessibility tree › names the button, says whether it is expanded, and hides the icon'),
        TBC('accessibility tree › exposes the heading, grouped radios, pressed toggles and the text size in the open panel'),
        TBC('names › gives the speed list the stored speed as its value from the first render'),
        HOST_TREE,
      ],
      matrix: ['default'],
    },
  },
  '4.1.3': {
    'selca-coverage-map': {
      how: 'A live region says "no area further" each time the edge is reached, and that the tables could not be loaded and how to try again.',
      tests: [
        CM('keyboard › says "no area further" again each time the key is pressed again'),
        'coverage-map.parts.chromium.test.ts › <selca-coverage-map> while its tables download (Chromium) › says in a live region that the tables could not be loaded, and how to try again',
      ],
    },
    'selca-partner-list': {
      how: 'The number of partners shown is announced politely once, when typing pauses or a filter is chosen, then the live region is emptied so reading mode finds the count once; a selection a visitor makes on the followed map is left to the map to announce, and a borough outside the alliance is named as outside it.',
      tests: [
        PL('search › announces the count once typing pauses, not per key'),
        PL('search › announces a count again when it is the same as the last one'),
        PL('filters › announces the count of a chosen filter, then empties the live region, leaving the count shown'),
        PL('with a coverage map › when a visitor selects on the map › announces a filter chosen in the list once, politely'),
        PL(
          'with a coverage map › when a visitor selects on the map › leaves a selection on the map to the map to announce, and shows the new count',
        ),
        PL('with a coverage map › when a visitor selects on the map › announces a later count while focus stays on the count'),
        PLC("announces the count, politely, when the page's code selects a borough on its map"),
        PLC('says the count once in reading mode, a while after announcing it'),
        PLC('says that a borough the map selected outside the alliance is outside it'),
      ],
    },
    'selca-goals-panel': {
      how: 'Its only status messages, "loading" and "not available", are in a status region.',
      tests: [STATUS_NOTICE, SLOW_PROFILE],
    },
    'selca-focus-areas': {
      how: 'Its only status messages, "loading" and "not available", are in a status region.',
      tests: [STATUS_NOTICE, SLOW_PROFILE],
    },
    'selca-a11y-toolbar': {
      how: 'Status regions say that the panel is loading, the text size chosen and what a reset keeps.',
      tests: [
        'a11y-toolbar.parts.chromium.test.ts › <selca-a11y-toolbar> while its panel downloads (Chromium) › tries again when the visitor opens it again, says it is loading, and leaves focus where the visitor went meanwhile',
        TBC('names › names the text size value, which a screen reader reads with its percentage'),
        TBC('operating system settings › keeps what the system asks for when the visitor resets, and says so'),
      ],
    },
  },
};
