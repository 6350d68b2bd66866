/** Where bulk jobs are saved in this browser (IndexedDB database and object store), shared by the store and its light check. */
export const BULK_JOB_DB = 'rooms-admin';
export const BULK_JOB_STORE = 'bulk-jobs';

/**
 * A mark in localStorage while any of an owner's saved jobs is running, so a page can tell at start, without
 * loading the job store's code, whether there is a job to resume.
 */
const runningMark = (owner: string) => `rooms-admin:bulk-jobs-running:${owner}`;

export function markRunningJobs(owner: string, running: boolean): void {
  try {
    if (running) localStorage.setItem(runningMark(owner), '1');
    else localStorage.removeItem(runningMark(owner));
  } catch {
    // Storage disabled: a job left running then resumes when its page is opened.
  }
}

export function hasRunningJobs(owner: string): boolean {
  try {
    return localStorage.getItem(runningMark(owner)) === '1';
  } catch {
    return false;
  }
}
