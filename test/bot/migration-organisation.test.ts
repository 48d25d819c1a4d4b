import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestBot } from "../kit/bot-harness.ts";
import { users } from "../kit/users.ts";
import { as, chats, createMigrationBot, DISTRO, people, setUpOrganisation, shown } from "./migration-kit.ts";

/** Organisation and roles: every action checks the sender's role and refuses with the rule that applies. */

let bot: TestBot;
beforeEach(async () => {
  bot = await createMigrationBot({ clock: "2026-01-05T08:00:00" });
});
afterEach(async () => {
  expect(bot.errors()).toEqual([]);
  await bot.close();
});

const admin = () => as(bot, people.admin);
const stranger = () => as(bot, people.stranger);

function codes(text: string): { technician: string; head: string } {
  const find = (label: string) => text.split("\n").find((line) => line.includes(label))!.match(/[2-9A-Z]{4}-[2-9A-Z]{4}/)![0];
  return { technician: find("Teknisi"), head: find("Kepala SKPD") };
}

describe("the IT office's admins register the organisation by chat", () => {
  it("registers an agency with a technician code and a head code, once", async () => {
    const created = shown(await admin().say("/skpd_baru Dinas Kesehatan"));
    expect(created).toContain("✅ SKPD Dinas Kesehatan terdaftar.");
    expect(created).toMatch(/Teknisi \(pengelola TIK\): [2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(created).toMatch(/Kepala SKPD: [2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(shown(await admin().say("/skpd_baru dinas  kesehatan"))).toContain("SKPD «dinas kesehatan» sudah terdaftar.");
    expect(shown(await admin().say("/skpd_baru"))).toContain("Tulis nama SKPD");
  });

  it("refuses everyone else, naming the rule", async () => {
    for (const command of ["/skpd_baru Dinas Kesehatan", "/kode_tppsi", DISTRO, "/rekap 2026-1"]) {
      const refused = shown(await stranger().say(command));
      expect(refused, command).toContain("⛔ Hanya admin DishubKominfo yang dapat melakukan ini.");
      expect(refused, command).toMatch(/Aturan: .+ \(Pasal 1[6] ayat \(3\) dan \(4\)|Aturan: .+ \(Pasal 1 angka 7 jo\. Pasal 16 ayat \(2\)/);
    }
    expect(shown(await stranger().sayIn(chats.supportGroup, "/grup_tppsi"))).toContain("Hanya admin DishubKominfo");
    expect(await bot.store.migration.organisation.agencies()).toEqual([]);
  });

  it("keeps join codes out of groups: a code posted in a group is replaced", async () => {
    const created = codes(shown(await admin().say("/skpd_baru Dinas Kesehatan")));
    const leaked = shown(await as(bot, people.wayan).sayIn(chats.supportGroup, `/gabung ${created.technician}`));
    expect(leaked).toContain("Kode ini sudah terlihat di grup, jadi saya ganti");
    expect(shown(await as(bot, people.wayan).say(`/gabung ${created.technician}`))).toContain("Kode itu tidak berlaku.");
    const renewed = codes(shown(await admin().say("/skpd Dinas Kesehatan")));
    expect(renewed.technician).not.toBe(created.technician);
    expect(shown(await as(bot, people.wayan).say(`/gabung ${renewed.technician.toLowerCase().replace("-", " ")}`))).toContain("Anda terdaftar sebagai teknisi");
  });

  it("lets a person join one agency only, and lets an admin remove a member", async () => {
    const dinkes = codes(shown(await admin().say("/skpd_baru Dinas Kesehatan")));
    const disdik = codes(shown(await admin().say("/skpd_baru Dinas Pendidikan")));
    await as(bot, people.wayan).say(`/gabung ${dinkes.technician}`);
    expect(shown(await as(bot, people.wayan).say(`/gabung ${disdik.technician}`))).toContain("Anda sudah terdaftar di SKPD Dinas Kesehatan");
    const detail = shown(await admin().say("/skpd Dinas Kesehatan"));
    expect(detail).toContain("• I Wayan Sudarsana — teknisi (pengelola TIK SKPD) (kualifikasi belum dikonfirmasi)");
    expect(shown(await admin().press("Cabut I Wayan Sudarsana"))).toContain("I Wayan Sudarsana tidak lagi terdaftar sebagai teknisi");
    expect(shown(await as(bot, people.wayan).say("/peran"))).toContain("Anda belum punya peran");
  });

  it("registers the TPP-SI group only from inside a group", async () => {
    expect(shown(await admin().say("/grup_tppsi"))).toContain("Jalankan /grup_tppsi di grup TPP-SI");
    expect(shown(await admin().sayIn(chats.supportGroup, "/grup_tppsi"))).toContain("✅ Grup «TPP-SI Kabupaten Bangli» terdaftar sebagai grup TPP-SI.");
  });

  it("keeps the agreed distribution as data, never below the SOP's 256 MB minimum", async () => {
    expect(shown(await stranger().say("/distro"))).toContain("Distro yang disepakati belum ditetapkan.");
    const set = shown(await admin().say("/distro BlankOn XI; prosesor i686; ram 128 MB; disk 10 GB; livecd ya"));
    expect(set).toContain("• RAM minimal: 256 MB (dinaikkan ke minimum SOP 256 MB)");
    expect(shown(await admin().say("/distro Mint; ram dua"))).toContain("Format tidak dikenali");
  });
});

describe("roles: technicians, heads, TPP-SI (each refusal names its rule)", () => {
  beforeEach(async () => {
    await setUpOrganisation(bot);
  });

  it("refuses migration to people who are not technicians, and to technicians not yet qualified", async () => {
    const refused = shown(await stranger().say("/migrasi"));
    expect(refused).toContain("⛔ Hanya teknisi (pengelola TIK SKPD) yang terdaftar");
    expect(refused).toContain("Aturan: Migrasi di SKPD dijalankan oleh pengelola TIK SKPD yang ditunjuk kepala SKPD (Pasal 13 jo. Pasal 1 angka 17 Perbup Bangli 56/2011).");

    const code = codes(shown(await admin().say("/skpd Dinas Kesehatan"))).technician;
    await as(bot, users.siti).say(`/gabung ${code}`);
    const unqualified = shown(await as(bot, users.siti).say("/migrasi"));
    expect(unqualified).toContain("konfirmasi dulu Kualifikasi Personil SOP dengan /kualifikasi");
    expect(unqualified).toContain("Lampiran angka 1 huruf c Perbup Bangli 56/2011");
    await as(bot, users.siti).say("/kualifikasi");
    await as(bot, users.siti).press("Saya memenuhi ketiganya");
    expect(shown(await as(bot, users.siti).say("/migrasi"))).toContain("🖥 Migrasi OSS — SKPD Dinas Kesehatan");
  });

  it("lets only TPP-SI see the escalations of every agency", async () => {
    expect(shown(await as(bot, people.wayan).say("/eskalasi"))).toContain("Hanya anggota TPP-SI");
    expect(shown(await as(bot, people.dewi).say("/eskalasi"))).toContain("Tidak ada PC yang sedang diteruskan ke TPP-SI.");
    expect(shown(await admin().say("/eskalasi"))).toContain("Tidak ada PC yang sedang diteruskan ke TPP-SI.");
  });

  it("lists each person's commands by role in /bantuan", async () => {
    const technician = shown(await as(bot, people.wayan).say("/bantuan"));
    expect(technician).toContain("/migrasi — jalankan SOP migrasi PC");
    expect(technician).not.toContain("/laporan");
    expect(technician).not.toContain("/skpd_baru");
    const head = shown(await as(bot, people.made).say("/bantuan"));
    expect(head).toContain("/laporan [2026-1] — laporan 6 bulanan SKPD (Pasal 16)");
    expect(head).not.toContain("/migrasi —");
    const support = shown(await as(bot, people.dewi).say("/bantuan"));
    expect(support).toContain("/eskalasi — PC yang diteruskan ke TPP-SI");
    const itOffice = shown(await admin().say("/bantuan"));
    expect(itOffice).toContain("/skpd_baru NAMA — daftarkan SKPD dan kode gabungnya");
    expect(itOffice).toContain("/rekap [2026-1]");
    const nobody = shown(await stranger().say("/bantuan"));
    expect(nobody).toContain("/gabung KODE — bergabung sebagai teknisi, kepala SKPD atau TPP-SI");
    expect(shown(await stranger().say("/start"))).toContain("• Teknisi TIK SKPD: langkah demi langkah SOP migrasi PC");
    expect(shown(await stranger().say("/start"))).not.toContain("Fitur ini sedang disiapkan.\n• Teknisi");
  });

  it("tells people their roles with /peran", async () => {
    expect(shown(await as(bot, people.wayan).say("/peran"))).toContain("• teknisi (pengelola TIK SKPD) SKPD Dinas Kesehatan (kualifikasi dikonfirmasi)");
    expect(shown(await admin().say("/peran"))).toContain("• admin DishubKominfo");
  });
});
