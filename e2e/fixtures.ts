import { test as base, expect, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell-page';
import { MembershipPage } from './pages/membership-page';
import { SignInPage } from './pages/sign-in-page';
import { UserDetailPage } from './pages/user-detail-page';
import { UsersPage } from './pages/users-page';
import { baseURL } from './ports';
import { SimulatorControl } from './simulator-control';

export { expect };

/** Problems the page ran into that no test asked for: console errors, page errors, failed same-origin requests. */
class PageProblems {
  private readonly problems: string[] = [];
  private readonly expected: RegExp[] = [];

  constructor(page: Page) {
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      if (where && this.isExpected(where)) return;
      if (this.isExpected(message.text())) return;
      this.problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('response', (response) => {
      const url = response.url();
      if (!url.startsWith(baseURL) || response.status() < 400 || this.isExpected(url)) return;
      this.problems.push(`HTTP ${response.status()} ${response.request().method()} ${url}`);
    });
    page.on('requestfailed', (request) => {
      const url = request.url();
      const reason = request.failure()?.errorText ?? 'failed';
      // A request the app cancelled itself (navigation, AbortSignal) is not a failure.
      if (!url.startsWith(baseURL) || reason.includes('ERR_ABORTED') || this.isExpected(url)) return;
      this.problems.push(`request failed: ${request.method()} ${url} (${reason})`);
    });
  }

  private isExpected(text: string): boolean {
    return this.expected.some((pattern) => pattern.test(text));
  }

  /** A test that provokes an error says so: matching URLs and console messages are then not problems. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  check(): void {
    expect(this.problems, 'unexpected console errors or failed requests').toEqual([]);
  }
}

type Fixtures = {
  simulator: SimulatorControl;
  /** Allows console errors and failed same-origin requests whose URL or text matches. */
  expectErrors: (pattern: RegExp) => void;
  /**
   * Goes to `path` (default /users), signs in through the simulator's page as `email` and lands signed in,
   * choosing `account` (default the v6 company) if the identity has several and the app asks.
   */
  signIn: (email: string, options?: { path?: string; account?: string }) => Promise<void>;
  shell: AppShell;
  signInPage: SignInPage;
  usersPage: UsersPage;
  userDetailPage: UserDetailPage;
  membershipPage: MembershipPage;
};

type PrivateFixtures = { problems: PageProblems };

export const test = base.extend<Fixtures & PrivateFixtures>({
  simulator: [
    async ({ playwright }, use) => {
      const request = await playwright.request.newContext();
      const control = new SimulatorControl(request);
      await control.reset();
      await use(control);
      await request.dispose();
    },
    { auto: true },
  ],
  problems: [
    async ({ page }, use) => {
      const problems = new PageProblems(page);
      await use(problems);
      problems.check();
    },
    { auto: true },
  ],
  expectErrors: async ({ problems }, use) => {
    await use((pattern) => problems.expect(pattern));
  },
  shell: async ({ page }, use) => use(new AppShell(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  usersPage: async ({ page }, use) => use(new UsersPage(page)),
  userDetailPage: async ({ page }, use) => use(new UserDetailPage(page)),
  membershipPage: async ({ page }, use) => use(new MembershipPage(page)),
  signIn: async ({ page, signInPage, shell }, use) => {
    await use(async (email, { path = '/users', account } = {}) => {
      await page.goto(path);
      await signInPage.signInAs(email, account);
      await shell.expectSignedIn();
    });
  },
});
