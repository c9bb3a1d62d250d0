/** Organisation types, in the order a partner list groups them. */
export const ORGANISATION_TYPES = [
  'acute-trust',
  'integrated-care-system',
  'primary-care',
  'local-authority',
  'charity',
  'patient-group',
  'other',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
