/**
 * Who takes part in a session: members of the council, invitees (undangan) on their own list (Pasal 44 ayat (2),
 * Pasal 59 ayat (1)), observers (peninjau, Pasal 59 ayat (2)) and the secretary, who keeps the lists but has no vote.
 */

export type PersonKind = "member" | "invitee" | "observer" | "secretary";

export interface Person {
  readonly kind: PersonKind;
  /** Member id from the roster; invitee and observer ids ("i1", "o1") are given at sign-in; the secretary is "secretary". */
  readonly id: string;
}

/** Only members and invitees may ever hold the floor; observers may not speak at all (Pasal 59 ayat (6)). */
export interface Speaker extends Person {
  readonly kind: "member" | "invitee";
}

export const SECRETARY: Person = { kind: "secretary", id: "secretary" };

export function member(id: string): Speaker {
  return { kind: "member", id };
}

export function invitee(id: string): Speaker {
  return { kind: "invitee", id };
}

export function observer(id: string): Person {
  return { kind: "observer", id };
}

/** "member:m3" — a stable key for maps and timer names. */
export function personKey(person: Person): string {
  return `${person.kind}:${person.id}`;
}

export function samePerson(a: Person | null | undefined, b: Person | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.id === b.id;
}

export function isSpeaker(person: Person): person is Speaker {
  return person.kind === "member" || person.kind === "invitee";
}
