import * as z from 'zod/mini';

export const ESignPermissionProfile = z.looseObject({
  eSignPermissionProfileId: z.string(),
  name: z.string(),
  settings: z.optional(z.nullable(z.looseObject({ allowAccountManagement: z.optional(z.nullable(z.boolean())) }))),
});
export type ESignPermissionProfile = z.infer<typeof ESignPermissionProfile>;

/** GET /esign_permission_profiles: not paged; only the profiles the caller may assign. */
export const ESignPermissionProfileList = z.looseObject({
  permissionProfiles: z._default(z.array(ESignPermissionProfile), []),
});
export type ESignPermissionProfileList = z.infer<typeof ESignPermissionProfileList>;
