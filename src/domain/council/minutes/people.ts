import { findMember } from "../council.ts";
import type { Council, MemberId } from "../council.ts";
import type { Person } from "../participants.ts";
import type { SessionEvent } from "../session-events.ts";
import type { Guest, SessionState, Stint } from "../session-state.ts";
import type { GuestAttendance, MemberAttendance, PersonRef } from "./minutes.ts";

/** Names for the people of a session: members from the roster, guests from their sign-in, the secretary from the council. */
export class Names {
  constructor(
    private readonly council: Council,
    private readonly state: SessionState,
  ) {}

  member(id: MemberId): PersonRef {
    return { kind: "member", id, name: findMember(this.council, id)?.name ?? id };
  }

  person(person: Person): PersonRef {
    switch (person.kind) {
      case "member":
        return this.member(person.id);
      case "invitee":
        return { kind: "invitee", id: person.id, name: this.state.invitees.find((g) => g.id === person.id)?.name ?? person.id };
      case "observer":
        return { kind: "observer", id: person.id, name: this.state.observers.find((g) => g.id === person.id)?.name ?? person.id };
      case "secretary":
        return { kind: "secretary", id: person.id, name: this.council.secretary?.name ?? "Sekretaris BPD" };
    }
  }

  /** Whether the person is on the roster or signed in to this session. */
  knows(person: Person): boolean {
    switch (person.kind) {
      case "member":
        return findMember(this.council, person.id) !== undefined;
      case "invitee":
        return this.state.invitees.some((g) => g.id === person.id);
      case "observer":
        return this.state.observers.some((g) => g.id === person.id);
      case "secretary":
        return this.council.secretary !== null;
    }
  }
}

interface MemberStints {
  readonly id: MemberId;
  readonly inBody: boolean;
  readonly stints: Stint[];
}

/**
 * Every sign-in and leave of each member, from the log: the fold keeps only the latest stint, the record keeps them
 * all (Pasal 44 ayat (1), (4)). A member asked to leave (Pasal 54 ayat (2)) leaves then too.
 */
export function memberAttendance(council: Council, events: readonly SessionEvent[], names: Names): { body: MemberAttendance[]; guests: MemberAttendance[] } {
  const byMember = new Map<MemberId, MemberStints>();
  const leave = (id: MemberId, at: string) => {
    const stints = byMember.get(id)?.stints;
    const last = stints?.[stints.length - 1];
    if (stints && last && last.leftAt === null) stints[stints.length - 1] = { ...last, leftAt: at };
  };
  for (const event of events) {
    if (event.type === "memberSignedIn") {
      const { member, inBody } = event.payload;
      const entry = byMember.get(member) ?? { id: member, inBody, stints: [] };
      entry.stints.push({ signedInAt: event.at, leftAt: null });
      byMember.set(member, entry);
    } else if (event.type === "memberLeft") leave(event.payload.member, event.at);
    else if (event.type === "askedToLeave" && event.payload.person.kind === "member") leave(event.payload.person.id, event.at);
  }
  const attendance = [...byMember.values()].map((m) => ({
    inBody: m.inBody,
    row: { person: names.member(m.id), role: findMember(council, m.id)?.role ?? "member", stints: m.stints } satisfies MemberAttendance,
  }));
  return { body: attendance.filter((a) => a.inBody).map((a) => a.row), guests: attendance.filter((a) => !a.inBody).map((a) => a.row) };
}

export function guestAttendance(guests: readonly Guest[], kind: "invitee" | "observer"): GuestAttendance[] {
  return guests.map((g) => ({ person: { kind, id: g.id, name: g.name }, description: g.description, signedInAt: g.signedInAt, leftAt: g.leftAt }));
}
