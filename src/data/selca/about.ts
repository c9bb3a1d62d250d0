import type { AllianceProfile } from '../../core/profile.js';

/** How the alliance is run, and where this profile's facts come from. */
export const selcaGovernance: AllianceProfile['governance'] = {
  summary:
    'The alliance gives clinical and operational leadership to the local cancer system and answers to the integrated care system for delivering its shared plans. Cancer alliances were set up by NHS England in 2017/18, following the Independent Cancer Taskforce, and the NHS Long Term Plan reaffirmed their role.',
  board: {
    name: 'SELCA Board',
    meets: 'Every two months',
    members: ['Commissioners', 'Providers', 'Primary care', 'Patients', 'Third-sector partners', 'Other stakeholders'],
  },
};

export const selcaSources: AllianceProfile['sources'] = [
  { title: 'South East London Cancer Alliance, "About us" page' },
  { title: 'Office for National Statistics, local authority district codes' },
  { title: 'NHS England (London) and alliance pages on rapid diagnostic services' },
];
