import type { AllianceProfile } from '../core/profile.js';
import { selcaGovernance, selcaSources } from './selca/about.js';
import { selcaIdentity } from './selca/identity.js';
import { selcaArea } from './selca/boroughs.js';
import { selcaCrossCuttingAreas, selcaFocusAreas } from './selca/focus-areas.js';
import { selcaGoals, selcaPrinciples } from './selca/goals.js';
import { selcaOrganisationsWithSites } from './selca/sites.js';

/** The whole built-in profile: the JSON the package ships, and the one the build checks. */
export const selcaProfile: AllianceProfile = {
  ...selcaIdentity,
  area: selcaArea,
  organisations: selcaOrganisationsWithSites,
  goals: selcaGoals,
  principles: selcaPrinciples,
  focusAreas: selcaFocusAreas,
  crossCuttingAreas: selcaCrossCuttingAreas,
  governance: selcaGovernance,
  sources: selcaSources,
};
