import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { z } from "zod";

export const DEFAULT_SANDBOX_DB = "data/sandbox.db";
export const DEFAULT_USER_ID = 1001;
export const DEFAULT_USER_NAME = "Pengguna Sandbox";
export const DEFAULT_GROUP_TITLE = "Grup Sandbox";

export const CHAT_CLI_USAGE = `Cara pakai: npm run chat -- [pilihan] PESAN...

Mengirim satu pesan (atau satu tekanan tombol) ke bot di sandbox, lalu menampilkan balasannya.
Tidak ada yang dikirim ke Telegram; percakapan tersimpan di berkas database sandbox.

Pilihan:
  --from ID        id pengguna pengirim (bawaan ${DEFAULT_USER_ID})
  --name NAMA      nama pengguna (bawaan: nama terakhir id itu, atau "${DEFAULT_USER_NAME}")
  --chat ID        id chat; negatif berarti grup (bawaan: chat pribadi pengguna dengan bot)
  --title NAMA     nama grup (bawaan "${DEFAULT_GROUP_TITLE}"); tanpa --chat, id grup diturunkan dari nama ini
  --clock WAKTU    jam bot untuk panggilan ini, ISO 8601 di zona TIME_ZONE (contoh 2026-11-23T09:00)
  --db BERKAS      berkas database sandbox (bawaan ${DEFAULT_SANDBOX_DB})
  --press LABEL    tekan tombol LABEL pada pesan bot terakhir yang bertombol di chat itu
  --inline TEKS    kirim kueri inline, seperti mengetik "@asisten_desa_bot TEKS"
  --reset          hapus database dan status sandbox lebih dulu
  -h, --help       tampilkan bantuan ini

Contoh:
  npm run chat -- /start
  npm run chat -- --press "Bantuan"
  npm run chat -- --from 1002 --name Siti --title "BPD Sukamaju" /start
  npm run chat -- --clock 2026-11-23T09:00 /start
  npm run chat -- --reset`;

export type ChatCliAction =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "press"; readonly label: string }
  | { readonly kind: "inline"; readonly query: string }
  | { readonly kind: "none" };

export interface ChatCliArgs {
  readonly help: boolean;
  readonly from: number;
  readonly name?: string;
  readonly chat?: number;
  readonly title?: string;
  readonly clock?: string;
  readonly db: string;
  readonly reset: boolean;
  readonly action: ChatCliAction;
}

export type ParsedChatArgs = { readonly ok: true; readonly args: ChatCliArgs } | { readonly ok: false; readonly problem: string };

const OPTIONS = {
  from: { type: "string" },
  name: { type: "string" },
  chat: { type: "string" },
  title: { type: "string" },
  clock: { type: "string" },
  db: { type: "string" },
  press: { type: "string" },
  inline: { type: "string" },
  reset: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const valuesSchema = z
  .object({
    from: z
      .string()
      .regex(/^\d{1,15}$/, "--from harus id pengguna berupa bilangan bulat positif, misalnya 1001")
      .transform(Number)
      .refine((id) => id > 0, "--from harus id pengguna berupa bilangan bulat positif, misalnya 1001")
      .optional(),
    name: z.string().trim().min(1, "--name tidak boleh kosong").max(64, "--name paling panjang 64 karakter").optional(),
    chat: z
      .string()
      .regex(/^-?\d{1,15}$/, "--chat harus id chat berupa bilangan bulat (negatif untuk grup), misalnya -1001234567890")
      .transform(Number)
      .refine((id) => id !== 0, "--chat tidak boleh 0")
      .optional(),
    title: z.string().trim().min(1, "--title tidak boleh kosong").max(128, "--title paling panjang 128 karakter").optional(),
    clock: z
      .string()
      .refine((value) => DateTime.fromISO(value).isValid, "--clock harus waktu ISO 8601, misalnya 2026-11-23T09:00")
      .optional(),
    db: z.string().trim().min(1, "--db tidak boleh kosong").optional(),
    press: z.string().trim().min(1, "--press perlu label tombol").optional(),
    inline: z.string().optional(),
    reset: z.boolean().optional(),
    help: z.boolean().optional(),
  })
  .superRefine((values, issues) => {
    if (values.chat !== undefined && values.chat > 0 && values.chat !== (values.from ?? DEFAULT_USER_ID)) {
      issues.addIssue({
        code: "custom",
        message: "--chat positif berarti chat pribadi, jadi harus sama dengan --from; untuk grup pakai id negatif",
      });
    }
    if (values.chat !== undefined && values.chat > 0 && values.title !== undefined) {
      issues.addIssue({ code: "custom", message: "--title hanya untuk grup (--chat negatif atau tanpa --chat)" });
    }
  });

/** Reads `npm run chat` arguments; problems come back as one Indonesian sentence for the user. */
export function parseChatArgs(argv: readonly string[]): ParsedChatArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: attachNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, problem: translateParseError(error) };
  }
  const checked = valuesSchema.safeParse(parsed.values);
  if (!checked.success) return { ok: false, problem: checked.error.issues[0]?.message ?? "argumen tidak valid" };
  const values = checked.data;
  const text = parsed.positionals.join(" ").trim();
  const actions: ChatCliAction[] = [
    ...(text !== "" ? [{ kind: "text", text } as const] : []),
    ...(values.press !== undefined ? [{ kind: "press", label: values.press } as const] : []),
    ...(values.inline !== undefined ? [{ kind: "inline", query: values.inline.trim() } as const] : []),
  ];
  if (actions.length > 1) return { ok: false, problem: "pilih salah satu: PESAN, --press LABEL, atau --inline TEKS" };
  if (actions.length === 0 && !values.reset && !values.help) {
    return { ok: false, problem: "tidak ada yang dikirim; tulis pesannya, misalnya: npm run chat -- /start" };
  }
  return {
    ok: true,
    args: {
      help: values.help ?? false,
      from: values.from ?? DEFAULT_USER_ID,
      name: values.name,
      chat: values.chat,
      title: values.title,
      clock: values.clock,
      db: values.db ?? DEFAULT_SANDBOX_DB,
      reset: values.reset ?? false,
      action: actions[0] ?? { kind: "none" },
    },
  };
}

/** `--chat -100123` is what people type; node's parser wants `--chat=-100123`. */
function attachNegativeValues(argv: readonly string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const next = argv[index + 1];
    if (/^--[a-z]+$/.test(arg) && next !== undefined && /^-\d+$/.test(next)) {
      result.push(`${arg}=${next}`);
      index += 1;
    } else {
      result.push(arg);
    }
  }
  return result;
}

function translateParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `pilihan tidak dikenal: ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return message.includes("missing") || message.includes("ambiguous")
      ? `pilihan ${option} perlu nilai`
      : `nilai ${option} tidak valid`;
  }
  return `argumen tidak valid: ${message}`;
}
