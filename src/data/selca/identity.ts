/**
 * The South East London Cancer Alliance, written for this library from the alliance's own
 * "about us" page and the public sources listed under `selcaSources`, one section of the profile a
 * constant, so each widget's define module takes only the sections it shows and a page downloads
 * no more of the profile than it uses. Site coordinates are approximate.
 */
export const selcaIdentity = {
  version: 1 as const,
  id: 'selca',
  lang: 'en-GB',
  name: 'South East London Cancer Alliance',
  shortName: 'SELCA',
  summary:
    'One of the 21 cancer alliances in England. It joins up the NHS, councils, charities and patient groups so that people in south east London are diagnosed sooner, treated well and supported to live well, in community, primary and hospital care.',
  host: 'guys-and-st-thomas',
};
