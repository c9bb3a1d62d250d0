import type { AllianceProfile } from '../core/profile.js';

const BEXLEY = 'E09000004';
const BROMLEY = 'E09000006';
const GREENWICH = 'E09000011';
const LAMBETH = 'E09000022';
const LEWISHAM = 'E09000023';
const SOUTHWARK = 'E09000028';
const ALL_BOROUGHS = [BEXLEY, BROMLEY, GREENWICH, LAMBETH, LEWISHAM, SOUTHWARK];

/**
 * The South East London Cancer Alliance, written for this library from the alliance's own
 * "about us" page and the public sources listed under `sources`. Site coordinates are approximate.
 */
export const selcaProfile: AllianceProfile = {
  version: 1,
  id: 'selca',
  name: 'South East London Cancer Alliance',
  shortName: 'SELCA',
  summary:
    'One of the 21 cancer alliances in England. It joins up the NHS, councils, charities and patient groups so that people in south east London are diagnosed sooner, treated well and supported to live well, in community, primary and hospital care.',
  host: 'guys-and-st-thomas',
  area: {
    name: 'South east London',
    boroughs: [
      { code: BEXLEY, name: 'Bexley' },
      { code: BROMLEY, name: 'Bromley' },
      { code: GREENWICH, name: 'Greenwich' },
      { code: LAMBETH, name: 'Lambeth' },
      { code: LEWISHAM, name: 'Lewisham' },
      { code: SOUTHWARK, name: 'Southwark' },
    ],
  },
  organisations: [
    {
      id: 'guys-and-st-thomas',
      type: 'acute-trust',
      name: "Guy's and St Thomas' NHS Foundation Trust",
      description: "Runs Guy's and St Thomas' hospitals, including Guy's Cancer Centre, and hosts the alliance's small central team.",
      url: 'https://www.guysandstthomas.nhs.uk/',
      boroughs: ALL_BOROUGHS,
      sites: [
        {
          id: 'guys-hospital',
          name: "Guy's Hospital",
          address: 'London SE1 9RT',
          borough: SOUTHWARK,
          operator: 'guys-and-st-thomas',
          services: [
            { provider: 'guys-and-st-thomas', description: "Guy's Cancer Centre, and a rapid diagnostic clinic running since 2016." },
          ],
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
      ],
    },
    {
      id: 'kings-college-hospital',
      type: 'acute-trust',
      name: "King's College Hospital NHS Foundation Trust",
      description: "Runs King's College Hospital at Denmark Hill and the Princess Royal University Hospital in Orpington.",
      url: 'https://www.kch.nhs.uk/',
      boroughs: ALL_BOROUGHS,
      sites: [
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
      ],
    },
    {
      id: 'lewisham-and-greenwich',
      type: 'acute-trust',
      name: 'Lewisham and Greenwich NHS Trust',
      description: 'Runs University Hospital Lewisham and Queen Elizabeth Hospital in Woolwich, and community diagnostic services.',
      url: 'https://www.lewishamandgreenwich.nhs.uk/',
      boroughs: ALL_BOROUGHS,
      sites: [
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
      ],
    },
    {
      id: 'oxleas',
      type: 'other',
      name: 'Oxleas NHS Foundation Trust',
      description: "Owns and runs Queen Mary's Hospital in Sidcup, where the acute trusts provide cancer and diagnostic services.",
      url: 'https://oxleas.nhs.uk/',
      boroughs: [BEXLEY, BROMLEY, GREENWICH],
      sites: [
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
      ],
    },
    {
      id: 'nhs-south-east-london',
      type: 'integrated-care-system',
      name: 'NHS South East London',
      description: 'The integrated care system the alliance answers to for delivering the shared plans for cancer care.',
      url: 'https://www.selondonics.org/',
      boroughs: ALL_BOROUGHS,
    },
    {
      id: 'primary-care-networks',
      type: 'primary-care',
      name: 'Primary care networks in south east London',
      description: 'Groups of GP practices working together, including on earlier diagnosis of cancer.',
      boroughs: ALL_BOROUGHS,
    },
    ...(
      [
        ['bexley', 'London Borough of Bexley', BEXLEY, 'https://www.bexley.gov.uk/'],
        ['bromley', 'London Borough of Bromley', BROMLEY, 'https://www.bromley.gov.uk/'],
        ['greenwich', 'Royal Borough of Greenwich', GREENWICH, 'https://www.royalgreenwich.gov.uk/'],
        ['lambeth', 'Lambeth Council', LAMBETH, 'https://www.lambeth.gov.uk/'],
        ['lewisham', 'Lewisham Council', LEWISHAM, 'https://lewisham.gov.uk/'],
        ['southwark', 'Southwark Council', SOUTHWARK, 'https://www.southwark.gov.uk/'],
      ] as const
    ).map(([key, name, code, url]) => ({
      id: `${key}-council`,
      type: 'local-authority' as const,
      name,
      description: 'The local council, a partner in prevention, public health and reaching local communities.',
      url,
      boroughs: [code],
    })),
  ],
  goals: [
    { id: 'fewer-cancers', title: 'Fewer people getting cancer', summary: 'Help people lower their risk of cancer, working with partners on prevention.' },
    { id: 'more-survive', title: 'More people surviving cancer', summary: 'Find cancer earlier and treat it well, so that more people survive it.' },
    { id: 'better-experience', title: 'A better experience of care', summary: 'More people say their treatment and care was a positive experience.' },
    { id: 'equal-quality', title: 'The same high quality for everyone', summary: 'Everyone gets the same high-quality services, whoever they are and wherever they live.' },
    { id: 'living-well', title: 'Living well after treatment', summary: 'More people are supported to live as well as they can once treatment ends.' },
  ],
  principles: [
    { id: 'patient-experience', title: 'Improving patient experience', summary: 'Every programme is judged by what it means for the people who use it.' },
    { id: 'health-inequalities', title: 'Reducing health inequalities', summary: 'Work is aimed where outcomes are worst, so the gaps between groups close.' },
  ],
  focusAreas: [
    { id: 'early-diagnosis', title: 'Early diagnosis and screening', summary: 'Finding cancer sooner, through screening and quicker routes to tests.' },
    { id: 'tumour-groups', title: 'Tumour and cross-cutting groups', summary: 'Clinical groups across the sector that agree and improve care for each cancer type.' },
    { id: 'rapid-diagnostic-centres', title: 'Rapid diagnostic centres', summary: 'One place for people with worrying but unclear symptoms to be tested quickly.' },
    { id: 'personalised-care', title: 'Personalised cancer care', summary: 'Care and support planned around what matters to each person.' },
    { id: 'patient-involvement', title: 'Patient involvement and experience', summary: 'Patients and carers help shape services, and their feedback leads to change.' },
    { id: 'performance-recovery', title: 'Operational performance recovery', summary: 'Bringing waiting times for diagnosis and treatment back within national standards.' },
  ],
  crossCuttingAreas: [
    { id: 'tackling-inequalities', title: 'Tackling health inequalities', summary: 'Reaching the communities least well served today.' },
    { id: 'workforce', title: 'Local workforce', summary: 'Engaging and training the people who deliver cancer care locally.' },
    { id: 'communications', title: 'Communications', summary: 'Wider, clearer communication with patients and with professionals.' },
    { id: 'prevention', title: 'Prevention with partners', summary: 'Working with partners to prevent cancer in the first place.' },
  ],
  governance: {
    summary:
      'The alliance gives clinical and operational leadership to the local cancer system and answers to the integrated care system for delivering its shared plans. Cancer alliances were set up by NHS England in 2017/18, following the Independent Cancer Taskforce, and the NHS Long Term Plan reaffirmed their role.',
    board: {
      name: 'SELCA Board',
      meets: 'Every two months',
      members: ['Commissioners', 'Providers', 'Primary care', 'Patients', 'Third-sector partners', 'Other stakeholders'],
    },
  },
  sources: [
    { title: 'South East London Cancer Alliance, "About us" page' },
    { title: 'Office for National Statistics, local authority district codes' },
    { title: 'NHS England (London) and alliance pages on rapid diagnostic services' },
  ],
};
