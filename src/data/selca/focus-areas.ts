import type { AllianceProfile } from '../../core/profile.js';

export const selcaFocusAreas: AllianceProfile['focusAreas'] = [
  {
    id: 'early-diagnosis',
    title: 'Early diagnosis and screening',
    summary: 'Finding cancer sooner, through screening and quicker routes to tests.',
  },
  {
    id: 'tumour-groups',
    title: 'Tumour and cross-cutting groups',
    summary: 'Clinical groups across the sector that agree and improve care for each cancer type.',
  },
  {
    id: 'rapid-diagnostic-centres',
    title: 'Rapid diagnostic centres',
    summary: 'One place for people with worrying but unclear symptoms to be tested quickly.',
  },
  { id: 'personalised-care', title: 'Personalised cancer care', summary: 'Care and support planned around what matters to each person.' },
  {
    id: 'patient-involvement',
    title: 'Patient involvement and experience',
    summary: 'Patients and carers help shape services, and their feedback leads to change.',
  },
  {
    id: 'performance-recovery',
    title: 'Operational performance recovery',
    summary: 'Bringing waiting times for diagnosis and treatment back within national standards.',
  },
];

export const selcaCrossCuttingAreas: AllianceProfile['crossCuttingAreas'] = [
  { id: 'tackling-inequalities', title: 'Tackling health inequalities', summary: 'Reaching the communities least well served today.' },
  { id: 'workforce', title: 'Local workforce', summary: 'Engaging and training the people who deliver cancer care locally.' },
  { id: 'communications', title: 'Communications', summary: 'Wider, clearer communication with patients and with professionals.' },
  { id: 'prevention', title: 'Prevention with partners', summary: 'Working with partners to prevent cancer in the first place.' },
];
