import {
  answerNext,
  answersOf,
  finish,
  nextQuestion,
  OPTIONAL_QUESTIONS,
  withCount,
  YES_NO_QUESTIONS,
  type ChecklistState,
} from "../../../domain/region/checklist.ts";
import { countUnit, FRAMEWORK_NAMES, KIND_NAMES } from "../../../domain/region/region-rule-book.ts";
import type { Framework, QuestionKey, RegionKind, RequirementResult } from "../../../domain/region/requirements.ts";
import type { RegionLaw } from "../../../store/region/region-repository.ts";
import type { BotContext } from "../../context.ts";
import { button, keyboard } from "../../keyboard.ts";
import { regionData } from "./callback-data.ts";
import type { RegionReply } from "./reply.ts";
import { citations, citationSpan } from "./requirement-replies.ts";

type Prompt = (kind: RegionKind, years: number) => { id: string; en: string };

const PROVINCE_OR = (kind: RegionKind, province: string, other: string) => (kind === "province" ? province : other);

/** The question the official answers for each item; the requirement it feeds is named under it. */
const PROMPTS: Readonly<Record<Exclude<QuestionKey, "count">, Prompt>> = {
  age: (kind, years) => ({
    id: `Daerah induk sudah menyelenggarakan pemerintahan paling sedikit ${years} tahun?`,
    en: `Has the parent ${kind === "province" ? "province" : "region"} been governed for at least ${years} years?`,
  }),
  aspiration: () => ({
    id: "Sudah ada Keputusan BPD (desa) / Forum Komunikasi Kelurahan yang menyatakan aspirasi sebagian besar masyarakat?",
    en: "Are there BPD (village) / kelurahan forum decisions stating the aspiration of most of the community?",
  }),
  councilDecision: (kind) => ({
    id: PROVINCE_OR(kind, "Sudah ada Keputusan masing-masing DPRD kabupaten/kota calon cakupan wilayah (Rapat Paripurna)?", "Sudah ada Keputusan DPRD kabupaten/kota induk yang menyetujui?"),
    en: PROVINCE_OR(kind, "Has each DPRD of the kabupaten/kota to be covered decided (plenary)?", "Has the parent DPRD kabupaten/kota decided to approve?"),
  }),
  headDecision: (kind) => ({
    id: PROVINCE_OR(kind, "Sudah ada keputusan bersama bupati/walikota wilayah calon provinsi?", "Sudah ada Keputusan bupati/walikota induk yang menyetujui?"),
    en: PROVINCE_OR(kind, "Is there a joint decision of the bupati/walikota of the area?", "Has the parent bupati/walikota decided to approve?"),
  }),
  provincialCouncilDecision: (kind) => ({
    id: PROVINCE_OR(kind, "Sudah ada Keputusan DPRD provinsi induk (Rapat Paripurna)?", "Sudah ada Keputusan DPRD provinsi yang menyetujui?"),
    en: PROVINCE_OR(kind, "Has the parent DPRD province decided (plenary)?", "Has the DPRD province decided to approve?"),
  }),
  governorDecision: () => ({ id: "Sudah ada Keputusan gubernur yang menyetujui?", en: "Has the governor decided to approve?" }),
  ministerRecommendation: () => ({ id: "Sudah ada Rekomendasi Menteri?", en: "Is there a recommendation of the Minister?" }),
  study: () => ({ id: "Hasil kajian daerah sudah ada?", en: "Is the regional study (kajian daerah) done?" }),
  studyRating: () => ({
    id: "Menurut kajian daerah, total nilai indikator serta nilai faktor kependudukan, kemampuan ekonomi, potensi daerah dan kemampuan keuangan berkategori «sangat mampu» atau «mampu» (calon daerah dan daerah induk)?",
    en: "Per the regional study, are the total score and the population, economic, potential and fiscal factor scores «very capable» or «capable» (new and parent region)?",
  }),
  map: (kind) => ({
    id: `Peta wilayah calon ${KIND_NAMES[kind]} sudah lengkap (daftar nama wilayah, garis batas, wilayah yang berbatasan, kaidah pemetaan)?`,
    en: `Is the map of the proposed ${KIND_NAMES[kind]} complete (names, boundary, neighbours, mapping rules)?`,
  }),
  contiguous: () => ({ id: "Cakupan wilayahnya satu kesatuan wilayah administrasi?", en: "Is the coverage one administrative whole?" }),
  islands: () => ({
    id: "Bila wilayahnya kepulauan atau gugusan pulau: peta sudah dilengkapi daftar nama pulau?",
    en: "If the area is islands: does the map list the islands' names?",
  }),
  capital: (kind) => ({
    id: PROVINCE_OR(
      kind,
      "Lokasi calon ibukota sudah ditetapkan (satu lokasi) dengan keputusan gubernur dan keputusan DPRD provinsi, setelah kajian?",
      kind === "regency"
        ? "Lokasi calon ibukota sudah ditetapkan (satu lokasi) dengan keputusan bupati dan keputusan DPRD kabupaten, setelah kajian?"
        : "Lokasi calon ibukota sudah ditetapkan untuk satu lokasi, setelah kajian?",
    ),
    en: "Is one location for the capital set by the required decisions, after a study?",
  }),
  facilities: () => ({
    id: "Bangunan dan lahan kantor kepala daerah, DPRD dan perangkat daerah tersedia di wilayah calon daerah, lahannya milik pemda dengan bukti sah?",
    en: "Are buildings and land for the head's office, DPRD and agencies available in the area, the land owned by the government with valid proof?",
  }),
};

/** The article a question feeds under the law in force, shown with the question. */
function articleOf(region: RegionLaw, kind: RegionKind, question: QuestionKey): string {
  const requirement = region.rules
    .requirements("current", kind)
    .find((r) => (r.check.kind === "answers" && r.check.questions.includes(question)) || (question === "count" && r.check.kind === "minimumCount"));
  return requirement ? citations(requirement.citations.slice(0, 1)) : "";
}

const COUNT_CHOICES = 10;

/** The checklist message: answers so far and the next question with its buttons, or the result. */
export function checklistReply(ctx: BotContext, region: RegionLaw, state: ChecklistState): RegionReply {
  const question = nextQuestion(state);
  if (question === null) return checklistResultReply(ctx, region, state);
  const answered = state.answers.filter((a) => a !== undefined).length;
  const total = YES_NO_QUESTIONS.length + 1;
  const header = [
    ctx.say(
      `Periksa usulan pembentukan ${KIND_NAMES[state.kind]} (${FRAMEWORK_NAMES.current}, dibandingkan dengan PP 129/2000)`,
      `Check a proposal to form a ${KIND_NAMES[state.kind]} (${FRAMEWORK_NAMES.current}, compared with PP 129/2000)`,
    ),
    ...(state.count === null ? [] : [ctx.say(`Jumlah ${countUnit(state.kind)}: ${state.count}`, `Number of ${countUnit(state.kind)}: ${state.count}`)]),
    "",
  ];
  const stop = button(ctx.say("Lihat hasil sekarang", "See the result now"), regionData.checklistResult(finish(state)));
  if (question === "count") {
    return {
      text: [
        ...header,
        ctx.say(
          `Pertanyaan 1/${total}: berapa ${countUnit(state.kind)} dalam cakupan wilayah calon ${KIND_NAMES[state.kind]}? (${articleOf(region, state.kind, "count")})`,
          `Question 1/${total}: how many ${countUnit(state.kind)} does the proposed ${KIND_NAMES[state.kind]} cover? (${articleOf(region, state.kind, "count")})`,
        ),
        ctx.say(
          `Lebih dari ${COUNT_CHOICES}? Ketik misalnya: /cek_pemekaran ${KIND_NAMES[state.kind]} 12`,
          `More than ${COUNT_CHOICES}? Type e.g. /cek_pemekaran ${KIND_NAMES[state.kind]} 12`,
        ),
      ].join("\n"),
      keyboard: keyboard(
        [
          ...Array.from({ length: COUNT_CHOICES }, (_, i) => button(String(i + 1), regionData.checklist(withCount(state, i + 1)))),
          ...(["regency", "city", "province"] as const)
            .filter((kind) => kind !== state.kind)
            .map((kind) => button(ctx.say(`Ganti: ${KIND_NAMES[kind]}`, `Switch: ${KIND_NAMES[kind]}`), regionData.checklist({ ...state, kind }))),
        ],
        5,
      ),
    };
  }
  const prompt = PROMPTS[question](state.kind, region.rules.parentAgeYears(state.kind));
  return {
    text: [
      ...header,
      ctx.say(`Terjawab ${answered + 1} dari ${total}.`, `${answered + 1} of ${total} answered.`),
      `${ctx.say("Pertanyaan", "Question")} ${answered + 2}/${total}: ${ctx.say(prompt.id, prompt.en)} (${articleOf(region, state.kind, question)})`,
    ].join("\n"),
    keyboard: keyboard(
      [
        button(ctx.say("Ya", "Yes"), regionData.checklist(answerNext(state, "yes"))),
        button(ctx.say("Belum/tidak", "No/not yet"), regionData.checklist(answerNext(state, "no"))),
        button(ctx.say("Tidak tahu", "Don't know"), regionData.checklist(answerNext(state, "unknown"))),
        ...(OPTIONAL_QUESTIONS.has(question) ? [button(ctx.say("Tidak berlaku", "Does not apply"), regionData.checklist(answerNext(state, "na")))] : []),
        stop,
      ],
      3,
    ),
  };
}

const QUESTION_NAMES: Readonly<Record<QuestionKey, { id: string; en: string }>> = {
  count: { id: "jumlah wilayah", en: "number of areas" },
  age: { id: "usia daerah induk", en: "parent's age" },
  aspiration: { id: "keputusan BPD/forum kelurahan", en: "BPD/kelurahan decisions" },
  councilDecision: { id: "keputusan DPRD kabupaten/kota", en: "DPRD kabupaten/kota decision" },
  headDecision: { id: "keputusan bupati/walikota", en: "bupati/walikota decision" },
  provincialCouncilDecision: { id: "keputusan DPRD provinsi", en: "DPRD province decision" },
  governorDecision: { id: "keputusan gubernur", en: "governor's decision" },
  ministerRecommendation: { id: "rekomendasi Menteri", en: "Minister's recommendation" },
  study: { id: "hasil kajian daerah", en: "regional study" },
  studyRating: { id: "kategori nilai kajian", en: "study's score category" },
  map: { id: "peta wilayah", en: "map" },
  contiguous: { id: "kesatuan wilayah", en: "administrative whole" },
  islands: { id: "daftar nama pulau", en: "list of islands" },
  capital: { id: "lokasi ibukota", en: "capital" },
  facilities: { id: "sarana dan prasarana", en: "facilities" },
};

/** Met and unmet items in full; items not answered by their short name, so the result fits one message. */
function resultLine(ctx: BotContext, result: RequirementResult): string {
  const { requirement } = result;
  if (requirement.check.kind === "minimumCount" && result.count !== undefined) {
    return `• ${requirement.title} — ${ctx.say("usulan", "proposal")}: ${result.count} ${countUnit(requirement.kind)} (${citations(requirement.citations)})`;
  }
  if (result.verdict === "unknown") {
    const names = result.unanswered.map((q) => ctx.say(QUESTION_NAMES[q].id, QUESTION_NAMES[q].en)).join(", ");
    return `• ${names.charAt(0).toUpperCase()}${names.slice(1)} — ${ctx.say("belum dijawab", "not answered")} (${citations(requirement.citations.slice(0, 1))})`;
  }
  const missing = result.answeredNo.map((q) => ctx.say(QUESTION_NAMES[q].id, QUESTION_NAMES[q].en));
  const why = result.verdict === "unmet" && missing.length > 0 ? ` — ${ctx.say("belum ada", "missing")}: ${missing.join(", ")}` : "";
  return `• ${requirement.title}${why} (${citations(requirement.citations)})`;
}

function frameworkSection(ctx: BotContext, region: RegionLaw, framework: Framework, state: ChecklistState): string[] {
  const results = region.rules.evaluate(framework, { kind: state.kind, count: state.count, answers: answersOf(state) });
  const scored = results.filter((result) => result.requirement.check.kind === "studyScores");
  const judged = results.filter((result) => result.requirement.check.kind !== "studyScores");
  const group = (verdict: RequirementResult["verdict"]) => judged.filter((result) => result.verdict === verdict).map((result) => resultLine(ctx, result));
  const unmet = group("unmet");
  const met = group("met");
  const unknown = group("unknown");
  const lines = [
    framework === "current"
      ? ctx.say(`Menurut ${FRAMEWORK_NAMES.current} (berlaku):`, `Under ${FRAMEWORK_NAMES.current} (in force):`)
      : ctx.say(`Menurut ${FRAMEWORK_NAMES.earlier} (aturan sebelumnya):`, `Under ${FRAMEWORK_NAMES.earlier} (the earlier rule):`),
  ];
  if (unmet.length > 0) lines.push(ctx.say("BELUM TERPENUHI:", "NOT MET:"), ...unmet);
  if (met.length > 0) lines.push(ctx.say("TERPENUHI:", "MET:"), ...met);
  if (unknown.length > 0 || scored.length > 0) {
    lines.push(ctx.say("BELUM DAPAT DINILAI:", "CANNOT BE JUDGED YET:"), ...unknown);
    if (scored.length > 0) {
      lines.push(
        `• ${ctx.say("Faktor", "Factors")} ${scored.map((result) => result.requirement.title.replace(/^Faktor\s+/, "")).join(", ")} — ` +
          ctx.say(
            `perlu angka hasil kajian daerah dan skor menurut lampiran peraturan, yang tidak termuat dalam teks (${citationSpan(scored.map((r) => r.requirement))})`,
            `need the regional study's figures scored by the regulation's annex, which the text does not include (${citationSpan(scored.map((r) => r.requirement))})`,
          ),
      );
    }
  }
  return lines;
}

/** What is met, what is missing and what cannot be judged, under the law in force and under PP 129/2000. */
export function checklistResultReply(ctx: BotContext, region: RegionLaw, state: ChecklistState): RegionReply {
  const count = state.count === null ? "" : ctx.say(` dengan ${state.count} ${countUnit(state.kind)}`, ` with ${state.count} ${countUnit(state.kind)}`);
  return {
    text: [
      ctx.say(`Hasil pemeriksaan: calon ${KIND_NAMES[state.kind]}${count}`, `Result: proposed ${KIND_NAMES[state.kind]}${count}`),
      "",
      ...frameworkSection(ctx, region, "current", state),
      "",
      ...frameworkSection(ctx, region, "earlier", state),
      "",
      ctx.say("Pemeriksaan ini tidak disimpan; jawabannya hanya dari Anda.", "This check is not stored; the answers are only yours."),
    ].join("\n"),
    keyboard: keyboard([
      button(ctx.say("Ulangi", "Start again"), regionData.checklist({ kind: state.kind, count: null, answers: [] })),
      button(ctx.say(`Syarat ${KIND_NAMES[state.kind]}`, `Requirements (${KIND_NAMES[state.kind]})`), regionData.requirements(state.kind)),
      button(ctx.say("« Menu pemekaran", "« Formation menu"), regionData.menu()),
    ]),
  };
}
