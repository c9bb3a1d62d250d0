import type { AllianceProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

/** The notice every story with measures shows: the figures are invented, to show the design. */
export const ILLUSTRATIVE_NOTICE =
  'Illustrative figures: these measures are invented to show how measures appear. They are not the alliance’s data.';

const source = { title: 'Illustrative data, not a real source' };

/** The default profile with invented measures on three goals and a link on each goal. */
export const illustrativeProfile: AllianceProfile = {
  ...selcaProfile,
  goals: selcaProfile.goals.map((goal, index) => ({
    ...goal,
    url: `https://example.org/goals/${goal.id}`,
    ...(index === 0 && {
      measure: { label: 'Illustrative early-stage diagnoses', value: 58, target: 75, unit: '%', period: '2025/26', source },
    }),
    ...(index === 1 && { measure: { label: 'Illustrative one-year survival', value: 74, target: 80, unit: '%', period: '2025', source } }),
    ...(index === 2 && {
      measure: {
        label: 'Illustrative people seen at rapid diagnostic centres',
        value: 4200,
        target: 5000,
        unit: 'people',
        max: 6000,
        period: '2025/26',
        source,
      },
    }),
  })),
};
