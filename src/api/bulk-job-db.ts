/** Where bulk jobs are saved in this browser (IndexedDB database and object store), shared by the store and its light check. */
export const BULK_JOB_DB = 'rooms-admin';
export const BULK_JOB_STORE = 'bulk-jobs';
