import type { AllianceProfile } from '../../core/profile.js';

export const selcaGoals: AllianceProfile['goals'] = [
  {
    id: 'fewer-cancers',
    title: 'Fewer people getting cancer',
    summary: 'Help people lower their risk of cancer, working with partners on prevention.',
  },
  {
    id: 'more-survive',
    title: 'More people surviving cancer',
    summary: 'Find cancer earlier and treat it well, so that more people survive it.',
  },
  {
    id: 'better-experience',
    title: 'A better experience of care',
    summary: 'More people say their treatment and care was a positive experience.',
  },
  {
    id: 'equal-quality',
    title: 'The same high quality for everyone',
    summary: 'Everyone gets the same high-quality services, whoever they are and wherever they live.',
  },
  {
    id: 'living-well',
    title: 'Living well after treatment',
    summary: 'More people are supported to live as well as they can once treatment ends.',
  },
];

export const selcaPrinciples: AllianceProfile['principles'] = [
  {
    id: 'patient-experience',
    title: 'Improving patient experience',
    summary: 'Every programme is judged by what it means for the people who use it.',
  },
  {
    id: 'health-inequalities',
    title: 'Reducing health inequalities',
    summary: 'Work is aimed where outcomes are worst, so the gaps between groups close.',
  },
];
