/**
 * Readable names for v5 ClassicManagerPermissions (REFERENCE.md §3.4). A permission the API adds later is still
 * listed, with its key turned into words.
 */
const LABELS: Record<string, string> = {
  isVisibleInTransactionRooms: 'Visible in transaction rooms',
  canDeleteCompanyRooms: 'Delete company rooms',
  canDeleteCompanyDocuments: 'Delete company documents',
  canManageCompanyRooms: 'Manage company rooms',
  canManageCompanyAccount: 'Manage the company account',
  canManageCompanySharedLibrary: 'Manage the shared library',
  canManageCompanyMembers: 'Manage company members',
  canCloseCompanyRooms: 'Close company rooms',
  canApproveCompanyChecklists: 'Approve company checklists',
  isCompanySystemAdmin: 'Company system admin',
  isRegionManager: 'Region manager',
  isOfficeManager: 'Office manager',
  autoAccessToCompanyRooms: 'Automatic access to company rooms',
};

/** The permission's name, or its key turned into words for a key without one. */
export function permissionLabel(key: string): string {
  return LABELS[key] ?? keyInWords(key);
}

/** "canManageCompanySharedLibrary" → "Manage company shared library". */
export function keyInWords(key: string): string {
  const words = key
    .replace(/^can(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The permissions split into granted and not granted, each in a stable, readable order. */
export function describePermissions(permissions: Record<string, boolean>): { granted: string[]; denied: string[] } {
  const entries = Object.entries(permissions).map(([key, value]) => ({ label: permissionLabel(key), value }));
  const sorted = (values: string[]) => values.sort((a, b) => a.localeCompare(b));
  return {
    granted: sorted(entries.filter((entry) => entry.value).map((entry) => entry.label)),
    denied: sorted(entries.filter((entry) => !entry.value).map((entry) => entry.label)),
  };
}
