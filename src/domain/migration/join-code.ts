/**
 * Join codes an IT-office admin hands out: one per agency and role (technician, head) and one for TPP-SI. Eight
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "K7QM-4RTP", typed in any case, with or
 * without the dash. The random source is injected (the store passes node:crypto), so this stays pure.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

export function makeJoinCode(randomIndex: (size: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)]!;
  return code;
}

/** "k7qm 4rtp", "K7QM-4RTP" → "K7QM4RTP"; anything that cannot be a code → undefined. */
export function normalizeJoinCode(text: string): string | undefined {
  const code = text.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return undefined;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : undefined;
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
