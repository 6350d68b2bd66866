import type { APIRequestContext } from '@playwright/test';
import { simulatorURL } from './ports';

/** The simulator's Rooms API for one identity, straight past the app: for what the UI will not let a user send. */
export async function roomsApiFor(request: APIRequestContext, email: string) {
  const token = await request.post(`${simulatorURL}/__control/token`, { data: { email } });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const url = (accountId: string, path: string) => `${simulatorURL}/restapi/v2/accounts/${accountId}/${path}`;
  return {
    async get<T>(accountId: string, path: string): Promise<T> {
      const response = await request.get(url(accountId, path), { headers });
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()}`);
      return (await response.json()) as T;
    },
    async post(accountId: string, path: string, data: unknown) {
      const response = await request.post(url(accountId, path), { headers, data });
      const body = (await response.json().catch(() => ({}))) as { errorCode?: string; message?: string };
      return { status: response.status(), ...body };
    },
    /** Every member's email, all pages. */
    async emails(accountId: string): Promise<string[]> {
      const emails: string[] = [];
      for (let start = 0; ; start += 100) {
        const page = await this.get<{ userSummaries: { email: string }[] }>(accountId, `users?startPosition=${start}&count=100`);
        emails.push(...page.userSummaries.map((user) => user.email.toLowerCase()));
        if (page.userSummaries.length < 100) return emails;
      }
    },
  };
}
