/**
 * The JWT bearer grant's assertion (DocuSign "JWT Grant"): signed RS256 with the integration key's private key,
 * issued by the client id for the impersonated user, addressed to the account server's host.
 */
import { SignJWT } from 'jose';
import type { ProxyConfig } from './config';

export async function signJwtAssertion(config: ProxyConfig): Promise<string> {
  if (!config.jwt) throw new Error('signJwtAssertion needs JWT_USER_ID and a private key');
  return new SignJWT({ scope: config.jwt.scopes.join(' ') })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setIssuer(config.oauth.clientId)
    .setSubject(config.jwt.userId)
    // DocuSign wants the bare host (`account-d.docusign.com`), not a URL.
    .setAudience(new URL(config.oauthBase).host)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(config.jwt.privateKey);
}
