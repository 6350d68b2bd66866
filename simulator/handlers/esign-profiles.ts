/**
 * ESignPermissionProfiles_GetESignPermissionProfiles: only the profiles the caller may assign, that is none
 * above their own (DS Admin > DS Sender > DS Viewer).
 */
import { Router } from 'express';
import { callerOf } from '../caller';
import { esignProfile } from '../serialize';

export function esignProfilesRoutes(): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/esign_permission_profiles */
  router.get('/esign_permission_profiles', (req, res) => {
    const { company, member } = callerOf(req);
    const own = company.esignProfiles.find((profile) => profile.eSignPermissionProfileId === member.eSignPermissionProfileId);
    const ownRank = own?.rank ?? 0;
    res.json({
      permissionProfiles: company.esignProfiles.filter((profile) => profile.rank <= ownRank).map(esignProfile),
    });
  });

  return router;
}
