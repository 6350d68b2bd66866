import * as z from 'zod/mini';

/** One DocuSign account the signed-in identity may use; `accountId` is the GUID in every Rooms path. */
export const SessionAccount = z.looseObject({
  accountId: z.string().check(z.minLength(1)),
  name: z.string(),
  isDefault: z.optional(z.boolean()),
});
export type SessionAccount = z.infer<typeof SessionAccount>;

export const Identity = z.looseObject({
  sub: z.optional(z.string()),
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
});
export type Identity = z.infer<typeof Identity>;

const SignedOut = z.looseObject({ signedIn: z.literal(false) });

const SignedIn = z.looseObject({
  signedIn: z.literal(true),
  identity: Identity,
  accounts: z.array(SessionAccount),
  /** The chosen account; null until one is chosen when the identity has several and none is the default. */
  accountId: z.nullable(z.string()),
  /** The chosen account's Rooms version when the proxy knows it, so version-specific calls can start at once. */
  companyVersion: z.optional(z.nullable(z.enum(['v5', 'v6']))),
  csrfToken: z.string(),
});
export type SignedInSession = z.infer<typeof SignedIn>;

/** GET /auth/session, PUT /auth/account: the proxy's view of who is signed in (docs/architecture.md). */
export const Session = z.discriminatedUnion('signedIn', [SignedOut, SignedIn]);
export type Session = z.infer<typeof Session>;
