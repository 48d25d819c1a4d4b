import type { Citation } from "../shared/citation.ts";
import type { HeadReportRules, ProcedureRules } from "./procedures/procedure-rules.ts";
import type { Fraction } from "./rule-book.ts";

/**
 * Perbup Banjarnegara 962/2011 on the procedures that span several meetings (Pasal 4-9, 12-29, 39, 55, 58, 62-71, 75),
 * for the rule book in banjarnegara-962-2011.ts, which passes its `pasal` so the regulation is named once. Texts are
 * the regulation's own words (OCR spelling corrected only where a letter is plainly lost); notes say how an unclear
 * passage is read.
 */

const TWO_THIRDS: Fraction = { numerator: 2, denominator: 3 };

export function banjarnegaraHeadReport(pasal: (article: string) => Citation): HeadReportRules {
  return {
    attendance: {
      comparison: "atLeast",
      fraction: TWO_THIRDS,
      base: "allMembers",
      citation: pasal("Pasal 4 ayat (1)"),
      alsoCited: [],
      text: "Kepala Desa wajib menyampaikan pertanggungjawaban kepada BPD … yang dihadiri oleh paling rendah 2/3 (dua pertiga) jumlah anggota BPD",
      note: "Dihadiri = menandatangani daftar hadir rapat (Pasal 44 ayat (1)); diperiksa pada rapat setiap tahap.",
    },
    stagesCitation: pasal("Pasal 5"),
    deviation: {
      citation: pasal("Pasal 5"),
      text: "… melalui 3 (tiga) tahapan pembicaraan yaitu tahap I, II, III kecuali apabila Panitia Musyawarah menentukan lain",
      note: "Ketentuan lain Panitia Musyawarah dicatat sebagai keputusan rapat Panitia Musyawarah yang menyebut tahap yang ditiadakan.",
    },
    stages: [
      {
        stage: 1,
        name: "Pembicaraan tahap I",
        citation: pasal("Pasal 6 ayat (1)"),
        text: "penjelasan Kepala Desa dalam Rapat paripurna terhadap pertanggungjawaban pelaksanaan tugas Kepala Desa",
        meetingKind: "plenary",
        meetingCitation: pasal("Pasal 6 ayat (1)"),
        reference: "meeting",
        notWaivable: null,
      },
      {
        stage: 2,
        name: "Pembicaraan tahap II",
        citation: pasal("Pasal 6 ayat (2)"),
        text: "pembahasan dalam rapat paripurna yang dilakukan bersama dengan Kepala Desa",
        meetingKind: "plenary",
        meetingCitation: pasal("Pasal 6 ayat (2)"),
        reference: "meeting",
        notWaivable: null,
      },
      {
        stage: 3,
        name: "Pembicaraan tahap III",
        citation: pasal("Pasal 6 ayat (3)"),
        text: "pengesahan pertanggungjawaban Kepala Desa dalam rapat paripurna yang didahului dengan laporan hasil pembicaraan tahap II",
        meetingKind: "plenary",
        meetingCitation: pasal("Pasal 6 ayat (3)"),
        reference: "decision",
        notWaivable: {
          citation: pasal("Pasal 62 ayat (1)"),
          text: "Keputusan BPD ditetapkan melalui Rapat Paripurna BPD",
          note: "Pengesahan adalah keputusan BPD; Panitia Musyawarah dapat meniadakan tahap pembahasan, bukan keputusan itu.",
        },
      },
    ],
    deliveredInStage: 1,
    annualDeadline: {
      months: 3,
      citation: pasal("Pasal 4 ayat (3)"),
      text: "Pertanggungjawaban kepala Desa sebagaimana dimaksud pada ayat (1) dilaksanakan paling singkat 3 (tiga) bulan setelah tahun anggaran berakhir",
      note:
        'Teks menyebut "paling singkat" (paling cepat). Dibaca "paling lambat": ayat (1) mewajibkan pertanggungjawaban "pada setiap akhir tahun anggaran", ' +
        'dan "paling singkat" tidak memberi batas akhir sama sekali. Jadi penjelasan tahap I paling lambat 3 bulan setelah tahun anggaran berakhir.',
      budgetYearEnds: {
        month: 12,
        day: 31,
        note: "APB Desa adalah rencana keuangan tahunan (Pasal 1 angka 10); tahun anggaran dibaca sama dengan tahun kalender, 1 Januari-31 Desember.",
      },
      reading: 'dibaca "paling lambat"; teks Pasal 4 ayat (3) menyebut "paling singkat"',
    },
    endOfTermDeadline: {
      months: 3,
      citation: pasal("Pasal 4 ayat (4)"),
      text: "Pertanggungjawaban Kepala Desa pada akhir masa jabatan dilaksanakan paling lama 3 (tiga) bulan sebelum masa jabatan Kepala Desa berakhir",
      note: '"Paling lama 3 bulan sebelum" dibaca "paling lambat 3 bulan sebelum": penjelasan tahap I paling lambat pada tanggal itu.',
    },
  };
}

export function banjarnegaraProcedures(pasal: (article: string) => Citation): ProcedureRules {
  const plenaryStage = (stage: number, article: string) => ({
    stage,
    name: `Pembicaraan tahap ${["I", "II", "III", "IV"][stage - 1]}`,
    citation: pasal(article),
    meetingKind: "plenary" as const,
    reference: "decision" as const,
    notWaivable: null,
  });
  return {
    recorder: {
      citation: pasal("Pasal 73 ayat (1)"),
      text: "Sekretariat BPD membantu BPD dalam menyelenggarakan Tugas dan Kewenangannya",
      note:
        "Catatan tahapan dibuat oleh Ketua, Wakil Ketua (Pasal 14 huruf e-f) atau Sekretaris BPD; selama Pimpinan BPD belum ada, oleh pimpinan sementara (Pasal 16 ayat (1)).",
    },
    signedProposal: {
      citation: pasal("Pasal 7 ayat (2)"),
      text: "Usul … disampaikan kepada Pimpinan BPD, disusun secara singkat, jelas dan ditanda tangani oleh para pengusul",
    },
    numbering: {
      villageHeadInformation: { citation: pasal("Pasal 7 ayat (3)"), text: "Usul … diberi nomor oleh Sekretariat BPD" },
      villageRegulationInitiative: { citation: pasal("Pasal 8 ayat (3)"), text: "Pengantar Rancangan Peraturan Desa … diberi nomor oleh Sekretariat BPD" },
    },
    changeOrWithdraw: {
      villageHeadInformation: {
        citation: pasal("Pasal 7 ayat (7)"),
        text: "Selama usul permintaan keterangan … belum memperoleh Keputusan para pengusul berhak mengajukan perubahan atau menarik kembali",
      },
      villageRegulationInitiative: {
        citation: pasal("Pasal 8 ayat (9)"),
        text: "Dalam usul prakarsa belum diputuskan menjadi prakarsa BPD, para penyusun rancangan Peraturan Desa berhak mengajukan perubahan atau mencabutnya kembali",
      },
    },
    steeringCommitteeConsiders: {
      villageHeadInformation: {
        citation: pasal("Pasal 7 ayat (5)"),
        text: "Usul meminta keterangan tersebut oleh Pimpinan BPD disampaikan pada rapat paripurna BPD setelah mendapat pertimbangan dari Panitia Musyawarah",
      },
      villageRegulationInitiative: {
        citation: pasal("Pasal 8 ayat (4)"),
        text: "Rancangan Peraturan Desa oleh Pimpinan BPD disampaikan dalam rapat paripurna BPD setelah mendapat pertimbangan dari Panitia Musyawarah",
      },
    },
    proposersExplain: {
      villageHeadInformation: {
        citation: pasal("Pasal 7 ayat (6)"),
        text: "Dalam rapat paripurna …, para pengusul diberi kesempatan memberikan penjelasan dengan lisan atas usul permintaan keterangan tersebut",
      },
      villageRegulationInitiative: {
        citation: pasal("Pasal 8 ayat (6)"),
        text: "Dalam rapat paripurna …, para penyusun Rancangan Peraturan Desa diberi kesempatan memberikan penjelasan",
      },
    },

    villageRegulation: {
      sources: { citation: pasal("Pasal 63 ayat (2)"), text: "Rancangan Peraturan Desa berasal dari Kepala Desa dan atau atas usul prakarsa BPD" },
      headDraft: {
        citation: pasal("Pasal 64 ayat (1)"),
        text: "Rancangan Peraturan Desa yang berasal dari Kepala Desa disampaikan kepada Pimpinan BPD dengan Nota Pengantar Kepala Desa",
      },
      initiativeInWriting: {
        citation: pasal("Pasal 8 ayat (2)"),
        text: "Rancangan Peraturan Desa … disampaikan kepada Pimpinan BPD dengan disertai penjelasan secara tertulis",
      },
      initiativeDecision: {
        citation: pasal("Pasal 8 ayat (7)"),
        text: "Pembicaraan diakhiri dengan Keputusan BPD yang menerima atau menolak rancangan peraturan desa dimaksud untuk dibahas atas prakarsa BPD",
      },
      initiativeFollowsHeadDraft: {
        citation: pasal("Pasal 8 ayat (8)"),
        text: "Tata cara pembahasan rancangan Peraturan Desa atas prakarsa BPD mengikuti ketentuan yang berlaku dalam pembahasan rancangan Peraturan Desa atas prakarsa Kepala Desa",
      },
      sameMatter: {
        citation: pasal("Pasal 65"),
        text: "Apabila ada dua rancangan Peraturan Desa yang diajukan mengenai hal yang sama, maka yang dibicarakan adalah rancangan Peraturan Desa yang diterima lebih dahulu dan rancangan Peraturan Desa yang diterima kemudian dipergunakan sebagai pelengkap",
        note: "Rancangan Kepala Desa diterima saat dicatat; rancangan prakarsa saat Pengantarnya diberi nomor oleh Sekretariat (Pasal 8 ayat (3)).",
      },
      stagesCitation: pasal("Pasal 66"),
      deviation: {
        citation: pasal("Pasal 66"),
        text: "Pembahasan rancangan Peraturan Desa dilakukan melalui empat tahapan pembicaraan yaitu tahap I, II, III, IV kecuali apabila Panitia Musyawarah menentukan lain",
        note: "Ketentuan lain Panitia Musyawarah dicatat sebagai keputusan rapat Panitia Musyawarah yang menyebut tahap yang ditiadakan.",
      },
      stages: [
        {
          ...plenaryStage(1, "Pasal 67"),
          text: "penjelasan atas rancangan Peraturan Desa dalam rapat paripurna",
          bySource: {
            villageHead: { citation: pasal("Pasal 67 huruf a"), text: "penjelasan Kepala Desa dalam rapat paripurna terhadap rancangan Peraturan Desa yang berasal dari Kepala Desa" },
            councilInitiative: {
              citation: pasal("Pasal 67 huruf b"),
              text: "penjelasan dalam rapat paripurna oleh Pimpinan Bidang atau anggota atas nama BPD terhadap rancangan Peraturan Desa usul prakarsa",
            },
          },
          meetingCitation: pasal("Pasal 67"),
        },
        {
          ...plenaryStage(2, "Pasal 68"),
          text: "pemandangan umum, pendapat dan jawaban dalam rapat paripurna",
          bySource: {
            villageHead: {
              citation: pasal("Pasal 68 huruf a"),
              text: "pemandangan umum para Anggota BPD dalam rapat paripurna terhadap Rancangan Peraturan Desa, dan jawaban Kepala Desa terhadap pemandangan umum itu",
            },
            councilInitiative: {
              citation: pasal("Pasal 68 huruf b"),
              text: "pendapat Kepala Desa dalam rapat paripurna terhadap rancangan Peraturan Desa, dan jawaban Pimpinan Bidang atau anggota atas nama BPD terhadap pendapat itu",
            },
          },
          meetingCitation: pasal("Pasal 68"),
        },
        {
          ...plenaryStage(3, "Pasal 69"),
          text: "pembahasan dalam rapat paripurna yang dilakukan bersama-sama dengan Kepala Desa atau Perangkat Desa yang ditunjuk oleh Kepala Desa",
          meetingCitation: pasal("Pasal 69"),
        },
        {
          ...plenaryStage(4, "Pasal 70"),
          text: "pengambilan Keputusan dalam rapat paripurna yang didahului dengan laporan hasil pembicaraan tahap III, dan kesempatan bagi Kepala Desa menyampaikan sambutan",
          meetingCitation: pasal("Pasal 70 huruf a"),
          notWaivable: {
            citation: pasal("Pasal 63 ayat (3)"),
            text: "Peraturan Desa ditetapkan melalui rapat paripurna BPD",
          },
        },
      ],
      amendments: {
        right: { citation: pasal("Pasal 9 ayat (1)"), text: "Setiap anggota BPD dapat mengajukan usul perubahan atas rancangan Peraturan Desa" },
        raisedInStage: 2,
        raised: {
          citation: pasal("Pasal 9 ayat (2)"),
          text: "Pokok-pokok usul perubahan … disampaikan dalam pemandangan umum para anggota BPD pada pembicaraan tahap II",
        },
        decidedInStage: 3,
        decided: {
          citation: pasal("Pasal 9 ayat (3)"),
          text: "Usul perubahan … disampaikan oleh anggota BPD dalam pembicaraan tahap III untuk dibahas dan diambil keputusan",
        },
      },
      approvalDecree: { citation: pasal("Pasal 63 ayat (5)"), text: "Persetujuan BPD ditetapkan dalam Keputusan BPD" },
      signedByHead: {
        citation: pasal("Pasal 71"),
        text: "Peraturan Desa yang telah mendapat persetujuan BPD ditandatangani oleh Kepala Desa",
        note: "Peraturan desa hanya ditandatangani oleh Kepala Desa (Pasal 63 ayat (4)).",
      },
    },

    informationRequest: {
      submittedToLeadership: {
        citation: pasal("Pasal 7 ayat (2)"),
        text: "Usul … disampaikan kepada Pimpinan BPD, disusun secara singkat, jelas dan ditanda tangani oleh para pengusul",
      },
      exchange: [
        {
          step: "sentToHead",
          citation: pasal("Pasal 7 ayat (8)"),
          text: "permintaan keterangan tersebut dikirimkan kepada Kepala Desa",
          next: ["headExplained"],
        },
        { step: "headExplained", citation: pasal("Pasal 7 ayat (8)"), text: "Kepala Desa segera memberikan keterangan", next: ["viewsGiven"] },
        {
          step: "viewsGiven",
          citation: pasal("Pasal 7 ayat (9)"),
          text: "diadakan pembicaraan dengan memberikan kesempatan kepada pengusul maupun anggota BPD lainnya untuk memberikan pandangan",
          next: ["headAnswered"],
        },
        {
          step: "headAnswered",
          citation: pasal("Pasal 7 ayat (10)"),
          text: "Atas pandangan para pengusul dan para anggota BPD lainnya, Kepala Desa memberikan jawaban",
          next: ["opinionStated", "furtherQuestion", "finished"],
        },
        {
          step: "opinionStated",
          citation: pasal("Pasal 7 ayat (10)"),
          text: "BPD dapat menyatakan pendapatnya terhadap jawaban tersebut",
          next: ["furtherQuestion", "finished"],
        },
        {
          step: "furtherQuestion",
          citation: pasal("Pasal 7 ayat (11)"),
          text: "sesudah jawaban Kepala Desa diajukan usul pertanyaan",
          note: "Pembicaraan berlanjut: Kepala Desa menjawab pertanyaan itu sebelum pembicaraan dinyatakan selesai.",
          next: ["headAnswered"],
        },
        {
          step: "finished",
          citation: pasal("Pasal 7 ayat (11)"),
          text: "Jika sesudah jawaban Kepala Desa … tidak diajukan sesuatu usul pertanyaan maka pembicaraan mengenai keterangan Kepala Desa … dinyatakan selesai oleh BPD",
          next: [],
        },
      ],
    },

    agendaChange: {
      throughLeadership: {
        citation: pasal("Pasal 58 ayat (2)"),
        text: "Usul perubahan …, baik yang berupa perubahan waktu dan atau pokok pembicaraan baru, dimasukkan ke dalam acara dan disampaikan melalui Pimpinan BPD",
      },
      decidedBy: { citation: pasal("Pasal 58 ayat (4)"), text: "Usul perubahan … diputuskan oleh Panitia Musyawarah" },
    },

    rulesChange: {
      attendance: {
        comparison: "atLeast",
        fraction: TWO_THIRDS,
        base: "allMembers",
        citation: pasal("Pasal 75 ayat (2)"),
        alsoCited: [],
        text: "Pembahasan perubahan … dilakukan dalam rapat paripurna yang diadakan untuk keperluan tersebut yang dihadiri oleh paling rendah 2/3 (dua pertiga) dari jumlah anggota BPD",
        note: "Dihadiri = menandatangani daftar hadir rapat (Pasal 44 ayat (1)).",
      },
    },

    closedMeetingRequest: {
      effect: {
        citation: pasal("Pasal 39"),
        text: "Rapat-rapat BPD pada dasarnya bersifat terbuka kecuali atas permintaan … paling rendah 1/3 (sepertiga) jumlah anggota BPD … untuk dinyatakan sebagai Rapat Tertutup",
      },
    },

    leadership: {
      offices: {
        chair: { name: "Ketua", citation: pasal("Pasal 13 ayat (2)") },
        viceChair: { name: "Wakil Ketua", citation: pasal("Pasal 13 ayat (2)") },
      },
      electedFromMembers: { citation: pasal("Pasal 13 ayat (4)"), text: "Pimpinan BPD dipilih dari dan oleh anggota BPD" },
      term: { citation: pasal("Pasal 13 ayat (3)"), text: "Masa jabatan Pimpinan BPD sama dengan masa keanggotaan BPD" },
      temporaryStandIn: {
        citation: pasal("Pasal 16 ayat (2)"),
        text: "Dalam hal pimpinan sementara musyawarah … berhalangan, sebagai penggantinya adalah anggota BPD yang tertua dan atau yang termuda usianya",
      },
      bothVacant: {
        citation: pasal("Pasal 15 ayat (4)"),
        text: "Apabila Ketua dan para Wakil Ketua berhalangan, yakni meletakkan jabatan atau meninggal dunia, maka rapat BPD dipimpin oleh anggota yang tertua usianya dan dibantu oleh anggota yang termuda usianya untuk menetapkan pimpinan BPD",
      },
      oath: {
        before: {
          citation: pasal("Pasal 25 ayat (1)"),
          text: "Sebelum memangku jabatannya, Pimpinan BPD mengucapkan Sumpah/Janji menurut Agama/Kepercayaan masing-masing oleh Bupati atau Pejabat lain yang ditunjuk dalam Rapat Paripurna Terbuka",
        },
        wording: {
          citation: pasal("Pasal 25 ayat (2)"),
          text:
            "Demi Allah (Tuhan), saya bersumpah/berjanji bahwa saya akan memenuhi kewajiban saya selaku Ketua/Wakil Ketua BPD dengan sebaik-baiknya, sejujur-jujurnya, dan seadil-adilnya; " +
            "bahwa saya akan selalu taat dalam mengamalkan dan mempertahankan Pancasila sebagai dasar Negara; dan bahwa saya akan menegakkan kehidupan demokrasi dan Undang-undang Dasar 1945 " +
            "sebagai konstitusi negara serta segala Peraturan Perundang-undangan yang berlaku bagi Desa, Daerah dan Negara Kesatuan Republik Indonesia",
        },
        meetingKind: "plenary",
      },
      handover: {
        citation: pasal("Pasal 26"),
        text: "Setelah Pimpinan BPD mengucapkan Sumpah/Janjinya, maka pimpinan sementara musyawarah menyerahkan jabatan pimpinan kepada Pimpinan BPD terpilih",
      },
      vacancy: {
        citation: pasal("Pasal 27"),
        text: "Apabila terjadi lowongan pada jabatan Pimpinan BPD sebagaimana tersebut dalam Pasal 15 ayat (4) maka secepatnya diadakan pengisian sesuai dengan ketentuan",
        note: "Pengisian mengikuti pemilihan Pasal 24: rapat paripurna yang dihadiri paling rendah 2/3 jumlah anggota.",
      },
      ratification: {
        citation: pasal("Pasal 28"),
        text: "Pengesahan Pimpinan BPD sebagaimana dimaksud dalam Pasal 27 dilaksanakan melalui Rapat Paripurna",
        note: "Keputusan rapat paripurna yang memilih pengisi lowongan dicatat sebagai pengesahannya.",
      },
      oathAfterVacancy: {
        citation: pasal("Pasal 29"),
        text: "Pengucapan sumpah/janji Pimpinan BPD sebagaimana dimaksud dalam Pasal 25 ayat (1) dilaksanakan sesuai dengan ketentuan Pasal 25 ayat (2)",
      },
      replacement: {
        citation: pasal("Pasal 12 ayat (3)"),
        text: "Dalam hal terjadinya penggantian Pimpinan/Anggota alat kelengkapan BPD atas usul anggota ditetapkan oleh BPD dalam rapat paripurna",
      },
    },

    councilDecisionInPlenary: { citation: pasal("Pasal 62 ayat (1)"), text: "Keputusan BPD ditetapkan melalui Rapat Paripurna BPD" },
    validMeeting: {
      citation: pasal("Pasal 30 ayat (3)"),
      text: "Rapat BPD dinyatakan sah apabila dihadiri oleh paling rendah 2/3 (dua per tiga ) dari jumlah anggota BPD",
    },
    meetingConcludes: {
      citation: pasal("Pasal 55 ayat (1)"),
      text: "Sebelum rapat ditutup, Ketua rapat mengambil keputusan mengenai hasil pembicaraan yang bersangkutan",
      note: "Karena itu satu tahap pembicaraan Peraturan Desa selesai dengan keputusan rapat tahap itu, yang dipilih dari rapat yang sudah ditutup.",
    },
  };
}
