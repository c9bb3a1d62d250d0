import type { AllianceProfile } from '../../core/profile.js';

/** ONS GSS codes of the six boroughs of south east London. */
export const BEXLEY = 'E09000004';
export const BROMLEY = 'E09000006';
export const GREENWICH = 'E09000011';
export const LAMBETH = 'E09000022';
export const LEWISHAM = 'E09000023';
export const SOUTHWARK = 'E09000028';
export const ALL_BOROUGHS = [BEXLEY, BROMLEY, GREENWICH, LAMBETH, LEWISHAM, SOUTHWARK];

export const selcaArea: AllianceProfile['area'] = {
  name: 'South east London',
  boroughs: [
    { code: BEXLEY, name: 'Bexley' },
    { code: BROMLEY, name: 'Bromley' },
    { code: GREENWICH, name: 'Greenwich' },
    { code: LAMBETH, name: 'Lambeth' },
    { code: LEWISHAM, name: 'Lewisham' },
    { code: SOUTHWARK, name: 'Southwark' },
  ],
};
