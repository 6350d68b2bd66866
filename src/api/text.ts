/** Text checks shared by every form and file: what a person cannot see in what they typed or pasted. */

const HIDDEN_NAMES: Record<number, string> = {
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a line break',
  0xad: 'a soft hyphen',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x2060: 'a word joiner',
  0xfeff: 'a byte-order mark',
};
/** Controls and format characters: zero-width, direction and byte-order marks that come along with pasted text. */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** The same, less the joiners that some scripts (Persian, the Indic ones) and emoji need inside a name. */
const HIDDEN_IN_NAMES = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * Where a value hides a character nobody sees, said so it can be found: "The first name has an invisible character
 * (a zero-width space, U+200B) after "Ann"". Such characters make an address invalid or a name unlike itself.
 */
export function hiddenCharacterProblem(value: string, subject: string, kind: 'address' | 'name' = 'name'): string | undefined {
  const match = (kind === 'address' ? HIDDEN : HIDDEN_IN_NAMES).exec(value);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const direction = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  const what = HIDDEN_NAMES[code] ?? (direction ? 'a text-direction mark' : control ? 'a control character' : 'a formatting character');
  const before = value.slice(0, match.index).trim();
  const where = before === '' ? 'at the start' : `after "${before.length > 24 ? `…${before.slice(-23)}` : before}"`;
  return `${subject} has an invisible character (${what}, ${hex}) ${where}, usually pasted in with the text: delete it or type the value again.`;
}

/** Whether a value has anything a reader can see: not only spaces, controls and zero-width characters. */
export const hasVisibleText = (value: string) => /[^\s\p{Cc}\p{Cf}]/u.test(value);
