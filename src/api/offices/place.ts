import type { OfficeSummary } from '@/api/offices/schemas';

/** Where an office is, in words: "Cambridge, MA". */
export const placeOf = (office: Pick<OfficeSummary, 'city' | 'stateId'>) =>
  [office.city, office.stateId?.replace(/^[A-Z]{2}-/, '')].filter(Boolean).join(', ');
