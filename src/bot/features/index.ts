import type { Feature } from "../feature.ts";
import type { JobHandler } from "../jobs/job-handler.ts";
import { councilCommandsFor, councilFeature } from "./council/council-feature.ts";
import { minutesWindowJob } from "./council/minutes-feature.ts";
import { councilProceduresCommandsFor } from "./council/procedures/procedures-feature.ts";
import { councilTimerJob } from "./council/session-service.ts";
import { fundsFeature } from "./funds/funds-feature.ts";
import { FUNDS_COMMANDS, FUNDS_WELCOME } from "./funds/funds-help.ts";
import { MIGRATION_WELCOME, migrationCommandsFor } from "./migration/migration-help.ts";
import { migrationFeature } from "./migration/migration-feature.ts";
import { reportReminderJob } from "./migration/reminders.ts";
import { regionFeature } from "./region/region-feature.ts";
import { regionCommandsFor, REGION_WELCOME } from "./region/region-help.ts";
import { workPlanFeature } from "./workplan/workplan-feature.ts";
import { workPlanCommandsFor, WORK_PLAN_WELCOME } from "./workplan/workplan-help.ts";

/** Every feature, in the order /start and /bantuan present them and the bot tries them. */
export const FEATURES: readonly Feature[] = [
  // Council first: its group commands (/gabung, /hadir, /tutup, …) win in a group with a council and pass on otherwise.
  {
    name: "council",
    composer: councilFeature,
    welcome: {
      id: "• Ketua dan anggota BPD: memimpin rapat BPD dari ponsel di grup BPD — daftar hadir, kuorum, pembicara, interupsi dan pemungutan suara (Perbup Banjarnegara 962/2011). Mulai dengan /bpd di grup.",
      en: "• BPD chairs and members: run council sessions from a phone in the council's group (Perbup Banjarnegara 962/2011). Start with /bpd in the group.",
    },
    commandsFor: async (ctx) => [...(await councilCommandsFor(ctx)), ...(await councilProceduresCommandsFor(ctx))],
    jobs: [councilTimerJob as JobHandler<never>, minutesWindowJob as JobHandler<never>],
  },
  // First: it takes typed text only from people it is waiting on (a step's answer, a note), and that text must
  // not be read as another feature's question (the fund queries read any words as a kampung name).
  {
    name: "migration",
    composer: () => migrationFeature(),
    welcome: MIGRATION_WELCOME,
    commandsFor: migrationCommandsFor,
    jobs: [reportReminderJob as JobHandler<never>],
  },
  // Before funds: the fund queries read any unknown words as a kampung name, and "anggaran pembentukan badan
  // adhoc" or "syarat pembentukan kabupaten" must reach these first (they pass on what is not theirs).
  { name: "workplan", composer: workPlanFeature, welcome: WORK_PLAN_WELCOME, commandsFor: workPlanCommandsFor },
  { name: "region", composer: regionFeature, welcome: REGION_WELCOME, commandsFor: regionCommandsFor },
  { name: "funds", composer: fundsFeature, welcome: FUNDS_WELCOME, commandsFor: () => FUNDS_COMMANDS },
];

/** Features the product card promises that are not built yet; /start says so rather than pretending. */
export const UPCOMING: readonly { readonly id: string; readonly en: string }[] = [];
