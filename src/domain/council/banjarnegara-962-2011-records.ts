import type { Citation } from "../shared/citation.ts";
import type { RecordRules } from "./record-rules.ts";

/**
 * Perbup Banjarnegara 962/2011 Bagian Keenam (Pasal 56-57) and Pasal 43 on the written record of a meeting, for the
 * rule book in banjarnegara-962-2011.ts, which passes its `pasal` so the regulation is named once.
 * Texts are the regulation's words; notes say how a gap or a contradiction is read.
 */
export function banjarnegaraRecords(pasal: (article: string) => Citation): RecordRules {
  return {
    kinds: {
      risalah: {
        kind: "risalah",
        name: "Risalah",
        draftName: "Risalah Sementara",
        officialName: "Risalah Resmi",
        citation: pasal("Pasal 56 ayat (1)"),
        contentCitation: pasal("Pasal 56 ayat (2)"),
        signedBy: "secretaryWithChair",
        signatureCitation: pasal("Pasal 56 ayat (1)"),
        addressedTo: null,
        corrections: true,
      },
      meetingNotes: {
        kind: "meetingNotes",
        name: "Catatan Rapat",
        draftName: "Rancangan Catatan Rapat",
        officialName: "Catatan Rapat",
        citation: pasal("Pasal 57 ayat (1)"),
        contentCitation: pasal("Pasal 57 ayat (2)"),
        signedBy: "chair",
        signatureCitation: pasal("Pasal 57 ayat (1)"),
        addressedTo: null,
        corrections: false,
      },
      report: {
        kind: "report",
        name: "Laporan",
        draftName: "Rancangan Laporan",
        officialName: "Laporan",
        citation: pasal("Pasal 57 ayat (3)"),
        contentCitation: pasal("Pasal 57 ayat (3)"),
        signedBy: "chair",
        signatureCitation: pasal("Pasal 57 ayat (3)"),
        addressedTo: "Pimpinan BPD",
        corrections: false,
        note:
          "Pasal 57 ayat (3) tidak menyebut siapa yang menandatangani laporan; laporan ditandatangani Ketua Rapat dan disampaikan " +
          "kepada Pimpinan BPD (Pasal 22 ayat (3) huruf g), dilengkapi keterangan Pasal 56 ayat (2) seperti catatan rapat.",
      },
    },

    bySession: {
      plenary: { record: "risalah", byCommission: "risalah", citation: pasal("Pasal 56 ayat (1)") },
      leadership: { record: "meetingNotes", byCommission: "meetingNotes", citation: pasal("Pasal 57 ayat (1)") },
      steeringCommittee: { record: "meetingNotes", byCommission: "meetingNotes", citation: pasal("Pasal 57 ayat (1)") },
      commission: { record: "report", byCommission: "report", citation: pasal("Pasal 57 ayat (3)") },
      // Pasal 56-57 name neither kind. Held by the council it is a meeting of all members under the Pimpinan BPD
      // (Pasal 30 ayat (2)), so it gets the fullest record, the risalah; held by a commission (Pasal 22 ayat (3) huruf d)
      // it is that commission's meeting and gets the report to the Pimpinan BPD (Pasal 57 ayat (3)).
      workingMeeting: {
        record: "risalah",
        byCommission: "report",
        citation: pasal("Pasal 37"),
        note:
          "Pasal 56-57 tidak menyebut Rapat Kerja. Rapat kerja seluruh anggota BPD dipimpin Pimpinan BPD (Pasal 30 ayat (2)) " +
          "dan dibuatkan risalah seperti rapat paripurna (Pasal 56); rapat kerja yang diadakan bidang (Pasal 22 ayat (3) huruf d) " +
          "dibuatkan laporan kepada Pimpinan BPD seperti rapat bidang (Pasal 57 ayat (3)).",
      },
      hearing: {
        record: "risalah",
        byCommission: "report",
        citation: pasal("Pasal 38"),
        note:
          "Pasal 56-57 tidak menyebut Rapat Dengar Pendapat. Rapat dengar pendapat seluruh anggota BPD dipimpin Pimpinan BPD " +
          "(Pasal 30 ayat (2)) dan dibuatkan risalah seperti rapat paripurna (Pasal 56); yang diadakan bidang (Pasal 22 ayat (3) " +
          "huruf d) dibuatkan laporan kepada Pimpinan BPD seperti rapat bidang (Pasal 57 ayat (3)).",
      },
    },

    fields: {
      kindAndNature: pasal("Pasal 56 ayat (2) huruf a"),
      dayAndDate: pasal("Pasal 56 ayat (2) huruf b"),
      place: pasal("Pasal 56 ayat (2) huruf c"),
      agenda: pasal("Pasal 56 ayat (2) huruf d"),
      times: pasal("Pasal 56 ayat (2) huruf e"),
      chairAndSecretary: pasal("Pasal 56 ayat (2) huruf f"),
      members: pasal("Pasal 56 ayat (2) huruf g"),
      invitees: pasal("Pasal 56 ayat (2) huruf h"),
    },
    course: pasal("Pasal 56 ayat (2)"),

    draft: {
      citation: pasal("Pasal 56 ayat (3)"),
      text: "Setelah rapat selesai …, Sekretaris BPD secepatnya menyusun rancangan risalah atau risalah sementara untuk segera dibagikan kepada anggota BPD dan pihak yang bersangkutan",
    },
    dispute: {
      citation: pasal("Pasal 56 ayat (5)"),
      text: "Apabila terjadi perbedaan pendapat tentang isi risalah sementara, keputusan diserahkan kepada Ketua rapat yang bersangkutan",
      note: "Pasal 19 huruf c memberi tugas yang sama kepada Panitia Musyawarah; risalah mencatat siapa yang memutuskan.",
    },
    disputeAlternative: {
      citation: pasal("Pasal 19 huruf c"),
      text: "memutuskan pilihan mengenai isi risalah apabila timbul perbedaan pendapat",
    },
    official: {
      citation: pasal("Pasal 56 ayat (6)"),
      text: "Setelah batas waktu … berakhir, Sekretaris BPD segera menyusun risalah resmi untuk dibagikan kepada anggota BPD dan pihak yang bersangkutan",
    },

    closedMeeting: {
      report: { citation: pasal("Pasal 43 ayat (1)"), text: "Setiap rapat tertutup dibuat laporan tertulis tentang pembicaraan yang dilakukan" },
      marking: {
        label: "RAHASIA",
        citation: pasal("Pasal 43 ayat (2)"),
        text: "Pada laporan … dicantumkan dengan jelas pernyataan mengenai sifat rapat yaitu “RAHASIA”",
      },
      omission: {
        citation: pasal("Pasal 43 ayat (3)"),
        text: "Pimpinan BPD dapat memutuskan bahwa suatu hal yang dibicarakan dalam rapat tertutup tidak dimasukkan dalam laporan",
        note: "Acara yang tidak dimuat disebut nomornya saja, tanpa judul, pembicaraan dan keputusannya.",
      },
      secrecy: { citation: pasal("Pasal 41 ayat (1)"), text: "Pembicaraan dalam rapat tertutup bersifat rahasia dan tidak boleh diumumkan" },
    },

    committeeSecretary: pasal("Pasal 18 ayat (4)"),
    observers: pasal("Pasal 59 ayat (2)"),
  };
}
