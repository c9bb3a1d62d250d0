// Type-checked by `npm run test:types`, never run: every widget in React 19 JSX with the types the
// package ships as @selca/widgets/types/react. Each `@ts-expect-error` must stay an error.
import type {} from '@selca/widgets/types/react';

export function Page() {
  return (
    <>
      <selca-a11y-toolbar
        heading-level={2}
        statement-url="/accessibility"
        scope="main"
        font-base="/fonts/"
        labels={{ toggle: 'Reading options' }}
        onselca-toolbar-toggle={(event) => console.log(event.detail.open satisfies boolean)}
      />
      <selca-coverage-map
        id="map"
        selected="E09000022"
        highlight={['E09000022', 'E09000028']}
        context="none"
        show-tables
        heading-level={3}
        src="/profiles/selca.json"
        onselca-area-select={(event) => console.log(event.detail?.code satisfies string | undefined, event.detail?.name)}
      />
      <selca-partner-list
        type="charity"
        borough={null}
        query="trust"
        types={['acute-trust', 'charity']}
        boroughs={['E09000022']}
        layout="grid"
        for-map="map"
        sync-url="partners"
        onselca-partner-filter={(event) => console.log(event.detail.type, event.detail.borough, event.detail.query.trim())}
      />
      <selca-goals-panel layout="rows" principles-label="How we work" heading-level={2} />
      <selca-focus-areas
        open={['early-diagnosis']}
        key-heading="What we focus on"
        cross-cutting-heading="Across all our work"
        onselca-focus-areas-toggle={(event) => console.log(event.detail.id.toUpperCase(), event.detail.open satisfies boolean)}
      />

      {/* @ts-expect-error React 19 would listen for "SelcaAreaSelect", which never fires. */}
      <selca-coverage-map onSelcaAreaSelect={() => {}} />
      {/* @ts-expect-error context is "all" or "none". */}
      <selca-coverage-map context="some" />
      {/* @ts-expect-error layout is "cards", "list" or "rows". */}
      <selca-goals-panel layout="grid" />
      {/* @ts-expect-error show-tables is a boolean. */}
      <selca-coverage-map show-tables="yes" />
      {/* @ts-expect-error open is a list of ids. */}
      <selca-focus-areas open="early-diagnosis" />
      {/* @ts-expect-error detail may be null (selection cleared). */}
      <selca-coverage-map onselca-area-select={(event) => event.detail.code} />
      {/* @ts-expect-error the partner filter's detail has no "code". */}
      <selca-partner-list onselca-partner-filter={(event) => event.detail.code} />
      {/* @ts-expect-error not a widget of this package. */}
      <selca-unknown-widget />
    </>
  );
}

// The same event names and details outside JSX, from the global event maps.
document.getElementById('map')?.addEventListener('selca-area-select', (event) => event.detail?.code);
document.addEventListener('selca-preferences-change', (event) => event.detail.theme satisfies string);
// @ts-expect-error preferences have no "colour"; the theme is `theme`.
document.addEventListener('selca-preferences-change', (event) => event.detail.colour);
