import type { APIRequestContext } from '@playwright/test';
import { ADMIN, V6_COMPANY } from './identities';
import { simulatorURL } from './ports';

/** The simulator's Rooms API as one identity sees it, for arranging state the way another administrator would. */
export class RoomsApiAs {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(`${this.baseUrl}/restapi${path}`, {
      method,
      data,
      headers: { Authorization: `Bearer ${this.token}` },
    });
    if (!response.ok()) throw new Error(`Rooms API ${method} ${path}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  /** GET /v2/accounts/{accountId}/users?filter=<email>: the user id of an exact email match. */
  async userIdOf(accountId: string, email: string): Promise<number> {
    const page = await this.call<{ userSummaries: Array<{ userId: number; email: string }> }>(
      'GET',
      `/v2/accounts/${accountId}/users?filter=${encodeURIComponent(email)}`,
    );
    const user = page.userSummaries.find((summary) => summary.email.toLowerCase() === email.toLowerCase());
    if (!user) throw new Error(`no user ${email} in account ${accountId}`);
    return user.userId;
  }

  /** GET /v2/accounts/{accountId}/offices?search=<name>: the id of the office of exactly that name. */
  async officeIdOf(accountId: string, name: string): Promise<number> {
    const page = await this.call<{ officeSummaries: Array<{ officeId: number; name: string }> }>(
      'GET',
      `/v2/accounts/${accountId}/offices?search=${encodeURIComponent(name)}`,
    );
    const office = page.officeSummaries.find((summary) => summary.name === name);
    if (!office) throw new Error(`no office ${name} in account ${accountId}`);
    return office.officeId;
  }

  /** POST /v2/accounts/{accountId}/users/{userId}/add_to_office or remove_from_office */
  changeOffice(accountId: string, userId: number, officeId: number, change: 'add_to_office' | 'remove_from_office'): Promise<void> {
    return this.call('POST', `/v2/accounts/${accountId}/users/${userId}/${change}`, { officeId });
  }

  /** PUT /v2/accounts/{accountId}/users/{userId} with a new default office. */
  async setDefaultOffice(accountId: string, userId: number, officeId: number): Promise<void> {
    await this.call('PUT', `/v2/accounts/${accountId}/users/${userId}`, { defaultOfficeId: officeId });
  }

  /** POST /v2/accounts/{accountId}/users/{userId}/lock */
  lockUser(accountId: string, userId: number, reason: string): Promise<void> {
    return this.call('POST', `/v2/accounts/${accountId}/users/${userId}/lock`, { reason });
  }
}

type ControlState = { accounts: Array<{ accountId: string; name: string; companyVersion: string }> };

/** Client for the simulator's test-only control API (`/__control/*`). */
export class SimulatorControl {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseUrl: string = simulatorURL,
  ) {}

  private async send<T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(`${this.baseUrl}/__control${path}`, { method, data });
    if (!response.ok()) {
      throw new Error(`simulator control ${method} ${path}: ${response.status()} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  /** Back to the seed: data, latency, scenarios and tokens; `users` sizes the v6 company (300 to 100,000). */
  async reset(options: { users?: number } = {}): Promise<void> {
    await this.send('POST', '/reset', options);
  }

  /** Adds this many milliseconds to every Rooms API response. */
  async setLatency(ms: number): Promise<void> {
    await this.send('PUT', '/latency', { ms });
  }

  /** Turns on a named fault scenario with its settings (simulator/scenarios.ts), e.g. `{ name: 'slow', ms: 2000 }`. */
  async setScenario(scenario: { name: string } & Record<string, unknown>): Promise<void> {
    await this.send('PUT', '/scenario', scenario);
  }

  /**
   * Makes every access token invalid; with `refresh` (the default) the refresh tokens too, so the proxy cannot
   * refresh and the app has to ask the user to sign in again.
   */
  async expireTokens({ refresh = true }: { refresh?: boolean } = {}): Promise<void> {
    await this.send('POST', '/expire-tokens', { refresh });
  }

  /** The account id of a seeded company, by name. */
  async accountId(name: string): Promise<string> {
    const state = await this.send<ControlState>('GET', '/state');
    const account = state.accounts.find((item) => item.name === name);
    if (!account) throw new Error(`no account named ${name}`);
    return account.accountId;
  }

  /** Whether a company is real estate (the API never says): only then do room invites need a transaction side. */
  async setRealEstate(company: string, realEstate: boolean): Promise<void> {
    await this.send('PUT', '/company', { accountId: await this.accountId(company), realEstate });
  }

  /** The Rooms API with a token minted for `email`, as if that identity had signed in elsewhere. */
  async apiAs(email: string): Promise<RoomsApiAs> {
    const token = await this.send<{ access_token: string }>('POST', '/token', { email });
    return new RoomsApiAs(this.request, this.baseUrl, token.access_token);
  }

  /** Has the company admin lock `email` out, as when someone leaves while still signed in. */
  async lockOut(email: string, company = V6_COMPANY): Promise<void> {
    const accountId = await this.accountId(company);
    const admin = await this.apiAs(ADMIN);
    await admin.lockUser(accountId, await admin.userIdOf(accountId, email), 'Left the company');
  }
}
