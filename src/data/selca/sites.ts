import type { AllianceProfile, Site } from '../../core/profile.js';
import { BEXLEY, BROMLEY, GREENWICH, LAMBETH, LEWISHAM, SOUTHWARK } from './boroughs.js';
import { selcaOrganisations } from './organisations.js';

/** Where the alliance's trusts work; each site names the organisation that runs it. Only the map shows them. */
export const selcaSites: Site[] = [
  {
    id: 'guys-hospital',
    name: "Guy's Hospital",
    address: 'London SE1 9RT',
    borough: SOUTHWARK,
    operator: 'guys-and-st-thomas',
    services: [{ provider: 'guys-and-st-thomas', description: "Guy's Cancer Centre, and a rapid diagnostic clinic running since 2016." }],
    location: { lat: 51.5033, lon: -0.0869, approximate: true },
  },
  {
    id: 'st-thomas-hospital',
    name: "St Thomas' Hospital",
    address: 'London SE1 7EH',
    borough: LAMBETH,
    operator: 'guys-and-st-thomas',
    services: [{ provider: 'guys-and-st-thomas', description: 'Hospital care from the trust.' }],
    location: { lat: 51.4988, lon: -0.1178, approximate: true },
  },
  {
    id: 'kings-college-hospital-denmark-hill',
    name: "King's College Hospital",
    address: 'Denmark Hill, London SE5 9RS',
    borough: LAMBETH,
    operator: 'kings-college-hospital',
    services: [{ provider: 'kings-college-hospital', description: 'Hospital care from the trust.' }],
    location: { lat: 51.4682, lon: -0.0939, approximate: true },
  },
  {
    id: 'princess-royal-university-hospital',
    name: 'Princess Royal University Hospital',
    address: 'Orpington BR6 8ND',
    borough: BROMLEY,
    operator: 'kings-college-hospital',
    services: [{ provider: 'kings-college-hospital', description: 'A rapid diagnostic clinic, open since 2022.' }],
    location: { lat: 51.3653, lon: 0.0536, approximate: true },
  },
  {
    id: 'university-hospital-lewisham',
    name: 'University Hospital Lewisham',
    address: 'London SE13 6LH',
    borough: LEWISHAM,
    operator: 'lewisham-and-greenwich',
    services: [{ provider: 'lewisham-and-greenwich', description: 'Hospital care from the trust.' }],
    location: { lat: 51.4533, lon: -0.0172, approximate: true },
  },
  {
    id: 'queen-elizabeth-hospital',
    name: 'Queen Elizabeth Hospital',
    address: 'Woolwich, London SE18 4QH',
    borough: GREENWICH,
    operator: 'lewisham-and-greenwich',
    services: [{ provider: 'lewisham-and-greenwich', description: 'A rapid diagnostic clinic, open since 2022.' }],
    location: { lat: 51.4789, lon: 0.0511, approximate: true },
  },
  {
    id: 'eltham-community-diagnostic-centre',
    name: 'Eltham Community Diagnostic Centre',
    address: 'Eltham, London SE9',
    borough: GREENWICH,
    operator: 'lewisham-and-greenwich',
    services: [{ provider: 'lewisham-and-greenwich', description: 'Community diagnostic centre, opened in 2025.' }],
  },
  {
    id: 'queen-marys-hospital-sidcup',
    name: "Queen Mary's Hospital",
    address: 'Sidcup DA14 6LT',
    borough: BEXLEY,
    operator: 'oxleas',
    services: [
      { provider: 'guys-and-st-thomas', description: "Guy's Cancer at Queen Mary's: radiotherapy and chemotherapy, since 2017." },
      { provider: 'lewisham-and-greenwich', description: 'A community diagnostic centre.' },
    ],
    location: { lat: 51.4189, lon: 0.1014, approximate: true },
  },
];

/** The organisations with their sites, as a profile holds them. */
export const selcaOrganisationsWithSites: AllianceProfile['organisations'] = selcaOrganisations.map((organisation) => {
  const sites = selcaSites.filter((site) => site.operator === organisation.id);
  return sites.length ? { ...organisation, sites } : organisation;
});
