/**
 * The simulator's stand-in for DocuSign's login page: pick one of the seeded identities, no password.
 * Self-contained HTML (inline CSS, no scripts, no external assets) so it works offline and under a strict CSP.
 */

export type SignInIdentity = { email: string; name: string; description: string };

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** On a narrow screen an address wraps before the @ rather than mid-word; <wbr> leaves the accessible name intact. */
const breakable = (email: string): string => escape(email).replace('@', '<wbr>@');

const STYLE = `
  :root { color-scheme: light dark; --bg: #f4f5f7; --card: #fff; --text: #1b1f24; --muted: #57606a;
    --border: #d0d7de; --accent: #4c00ff; --accent-text: #fff; --focus: #0969da; --error-bg: #ffebe9; --error: #a40e26; }
  @media (prefers-color-scheme: dark) {
    :root { --bg: #0d1117; --card: #161b22; --text: #e6edf3; --muted: #9da7b3; --border: #30363d;
      --accent: #a78bfa; --accent-text: #0d1117; --focus: #58a6ff; --error-bg: #3d1418; --error: #ffa198; }
  }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; background: var(--bg); color: var(--text);
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.25rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  .lead { color: var(--muted); margin: 0 0 1.5rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
  li { background: var(--card); border: 1px solid var(--border); border-radius: .75rem; padding: 1rem;
    display: grid; justify-items: start; gap: .625rem; }
  .name { font-weight: 600; margin: 0; }
  .role { color: var(--muted); margin: 0; font-size: .9rem; }
  button { font: inherit; cursor: pointer; border-radius: .5rem; padding: .5rem 1rem; border: 1px solid transparent;
    max-width: 100%; text-align: start; overflow-wrap: anywhere; }
  button.identity { background: var(--accent); color: var(--accent-text); font-weight: 600; }
  button.cancel { background: transparent; color: var(--text); border-color: var(--border); margin-top: 1.5rem; }
  button:hover { filter: brightness(1.1); }
  button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .error { background: var(--error-bg); color: var(--error); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 1rem; }
  footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** The identity chooser; `hidden` carries the authorization request through the form post. */
export function signInPage(options: {
  identities: SignInIdentity[];
  hidden: Record<string, string>;
  clientId: string;
  error?: string;
}): string {
  const hidden = Object.entries(options.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('\n');
  const items = options.identities
    .map(
      (identity, index) => `<li>
  <div class="who" id="who-${index}">
    <p class="name">${escape(identity.name)}</p>
    <p class="role">${escape(identity.description)}</p>
  </div>
  <button class="identity" type="submit" name="email" value="${escape(identity.email)}" aria-describedby="who-${index}">${breakable(identity.email)}</button>
</li>`,
    )
    .join('\n');
  return layout(
    'Sign in · Rooms simulator',
    `<h1>Sign in</h1>
<p class="lead">Choose who you are. <strong>${escape(options.clientId)}</strong> will get access to the Rooms accounts of that person. This is the local simulator: there is no password.</p>
${options.error ? `<p class="error" role="alert">${escape(options.error)}</p>` : ''}
<form method="post" action="/oauth/auth">
${hidden}
<ul aria-label="Identities">
${items}
</ul>
<button class="cancel" type="submit" name="cancel" value="1">Cancel and go back</button>
</form>
<footer>Rooms API simulator · DocuSign OAuth stand-in</footer>`,
  );
}

/** Shown instead of redirecting when the client or redirect URI cannot be trusted. */
export function errorPage(title: string, message: string): string {
  return layout(
    `${title} · Rooms simulator`,
    `<h1>${escape(title)}</h1>
<p class="error" role="alert">${escape(message)}</p>
<footer>Rooms API simulator · DocuSign OAuth stand-in</footer>`,
  );
}
