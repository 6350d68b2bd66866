import type { BulkJobRecord } from '@/api/bulk-job-store';

/** The job that undid this reassignment, if one was started: then it offers neither retry nor another undo. */
export const undoneBy = (records: readonly BulkJobRecord[], jobId: string): BulkJobRecord | undefined =>
  records.find((record) => record.spec.kind === 'membership' && record.spec.undoes?.jobId === jobId);

/** The reassignment this job undoes, when it is an undo. */
export const undoes = (record: BulkJobRecord | undefined): { jobId: string; title: string } | undefined =>
  record?.spec.kind === 'membership' ? record.spec.undoes : undefined;
