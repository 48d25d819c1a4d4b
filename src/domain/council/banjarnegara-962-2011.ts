import { cite } from "../shared/citation.ts";
import type { Citation } from "../shared/citation.ts";
import { banjarnegaraHeadReport, banjarnegaraProcedures } from "./banjarnegara-962-2011-procedures.ts";
import { banjarnegaraRecords } from "./banjarnegara-962-2011-records.ts";
import type { CouncilRuleBook, Fraction } from "./rule-book.ts";

/**
 * Perbup Banjarnegara 962/2011, Pedoman Tata Tertib BPD, as a rule book. Texts are the regulation's own words;
 * notes record how an unclear or contradictory passage is read.
 */
export const BANJARNEGARA_962_2011_REGULATION = "Perbup Banjarnegara 962/2011";

function pasal(article: string): Citation {
  return cite(BANJARNEGARA_962_2011_REGULATION, article);
}

const TWO_THIRDS: Fraction = { numerator: 2, denominator: 3 };
const ONE_THIRD: Fraction = { numerator: 1, denominator: 3 };
const ONE_HALF: Fraction = { numerator: 1, denominator: 2 };

function oneThirdProposal(article: string, text: string) {
  return { comparison: "atLeast", fraction: ONE_THIRD, base: "allMembers", citation: pasal(article), alsoCited: [], text } as const;
}

export const BANJARNEGARA_962_2011: CouncilRuleBook = {
  regulation: BANJARNEGARA_962_2011_REGULATION,

  quorum: {
    comparison: "atLeast",
    fraction: TWO_THIRDS,
    base: "allMembers",
    citation: pasal("Pasal 30 ayat (3)"),
    alsoCited: [pasal("Pasal 44 ayat (3)")],
    text: "Rapat BPD dinyatakan sah apabila dihadiri oleh paling rendah 2/3 (dua per tiga) dari jumlah anggota BPD",
    note:
      'Pasal 44 ayat (3) menyebut "lebih dari 2/3 (dua pertiga) jumlah anggota BPD atau telah mencapai kuorum". ' +
      'Frasa "atau telah mencapai kuorum" merujuk kembali pada kuorum Pasal 30 ayat (3), sehingga rapat dapat dibuka ' +
      "bila hadir paling rendah ⌈2/3 × jumlah anggota⌉ (5 anggota → 4, 7 → 5, 9 → 6, 11 → 8). " +
      "Untuk rapat alat kelengkapan (pimpinan, panitia musyawarah, bidang), jumlah anggota adalah anggota alat kelengkapan itu " +
      "(anggota lain yang hadir berkedudukan sebagai undangan, Pasal 59 ayat (1) huruf b).",
  },

  majorities: {
    ordinary: {
      kind: "ordinary",
      comparison: "moreThan",
      fraction: ONE_HALF,
      base: "present",
      citation: pasal("Pasal 60 ayat (4)"),
      alsoCited: [pasal("Pasal 30 ayat (3)")],
      text: "jumlah suara yang diperoleh lebih dari separoh jumlah anggota yang hadir",
      plenaryOnly: null,
      note:
        'Pasal 30 ayat (3) menyebut "paling rendah 1/2 (setengah) ditambah 1 (satu) dari jumlah anggota BPD yang hadir". ' +
        "Keduanya dibaca sebagai bilangan bulat terkecil yang lebih dari separoh anggota yang hadir, yaitu ⌊n/2⌋ + 1. " +
        "Untuk n genap kedua teks sama (8 hadir → 5); untuk n ganjil bacaan harfiah n/2 + 1 menuntut lebih dari " +
        '"lebih dari separoh" (7 hadir: 4,5 → 5 lawan 4), dan pasal khusus tentang pemungutan suara (Pasal 60 ayat (4)) yang berlaku: 7 hadir → 4.',
    },
    villageHeadInformation: {
      kind: "villageHeadInformation",
      comparison: "atLeast",
      fraction: TWO_THIRDS,
      base: "allMembers",
      citation: pasal("Pasal 7 ayat (4)"),
      alsoCited: [],
      text: "Keputusan atas usul permintaan keterangan kepada Kepala Desa harus disetujui paling rendah 2/3 (dua pertiga) jumlah anggota BPD",
      plenaryOnly: pasal("Pasal 7 ayat (4)"),
    },
    villageRegulationInitiative: {
      kind: "villageRegulationInitiative",
      comparison: "atLeast",
      fraction: TWO_THIRDS,
      base: "allMembers",
      citation: pasal("Pasal 8 ayat (5)"),
      alsoCited: [],
      text: "Rancangan terhadap Peraturan Desa atas prakarsa BPD harus disetujui paling rendah 2/3 (dua pertiga) jumlah anggota BPD",
      plenaryOnly: pasal("Pasal 8 ayat (4)"),
    },
    rulesChange: {
      kind: "rulesChange",
      comparison: "atLeast",
      fraction: TWO_THIRDS,
      base: "allMembers",
      citation: pasal("Pasal 75 ayat (3)"),
      alsoCited: [pasal("Pasal 75 ayat (2)")],
      text: "penetapan terhadap perubahan Peraturan tata tertib BPD hanya dapat dilaksanakan dengan persetujuan oleh paling rendah 2/3 (dua pertiga) jumlah anggota BPD",
      plenaryOnly: pasal("Pasal 75 ayat (2)"),
    },
  },

  postponement: {
    stages: [
      {
        maxMinutes: 60,
        citation: pasal("Pasal 45 ayat (1)"),
        text: "Apabila pada waktu yang ditetapkan untuk pembukaan rapat jumlah anggota BPD belum mencapai kuorum, Pimpinan rapat menunda rapat paling lama 1 (satu) jam",
      },
      {
        maxMinutes: null,
        citation: pasal("Pasal 45 ayat (2)"),
        text: "Apabila pada akhir waktu penundaan … kuorum belum juga tercapai, Pimpinan Rapat menunda rapat sampai waktu yang ditentukan",
      },
    ],
    afterLastStage: "repeatLast",
    afterLastStageCitation: pasal("Pasal 45 ayat (2)"),
  },

  leadershipElection: {
    attendance: {
      comparison: "atLeast",
      fraction: TWO_THIRDS,
      base: "allMembers",
      citation: pasal("Pasal 24 ayat (1)"),
      alsoCited: [pasal("Pasal 30 ayat (3)")],
      text: "Pemilihan Pimpinan BPD dilaksanakan dalam Rapat Paripurna yang dihadiri oleh paling rendah 2/3 (dua per tiga) dari jumlah Anggota BPD",
    },
    postponement: {
      stages: [
        {
          maxMinutes: 60,
          citation: pasal("Pasal 24 ayat (2)"),
          text: "Apabila jumlah anggota BPD belum mencapai kuorum …, Pimpinan Rapat dapat menunda rapat paling lama 1 (satu) jam",
        },
        {
          maxMinutes: 60,
          citation: pasal("Pasal 24 ayat (3)"),
          text: "Apabila ketentuan … belum juga tercapai, Rapat Paripurna diundur paling lama 1 (satu) jam lagi",
        },
      ],
      afterLastStage: "proceedWithoutQuorum",
      afterLastStageCitation: pasal("Pasal 24 ayat (3)"),
    },
    plenaryOnly: pasal("Pasal 24 ayat (1)"),
  },

  meetingHours: {
    citation: pasal("Pasal 31 ayat (1)"),
    windows: [
      { name: "Siang", fromMinute: 9 * 60, toMinute: 17 * 60, citation: pasal("Pasal 31 ayat (1) huruf a") },
      { name: "Malam", fromMinute: 19 * 60, toMinute: 23 * 60, citation: pasal("Pasal 31 ayat (1) huruf b") },
    ],
    deviation: {
      citation: pasal("Pasal 31 ayat (2)"),
      text: "Penyimpangan dari waktu rapat … ditentukan oleh rapat yang bersangkutan",
    },
  },

  sessionKinds: {
    plenary: {
      kind: "plenary",
      name: "Rapat Paripurna",
      citation: pasal("Pasal 32 huruf a"),
      presidedBy: ["chair", "viceChair"],
      presidingCitation: pasal("Pasal 33"),
      body: "council",
      bodyCitation: pasal("Pasal 33"),
    },
    leadership: {
      kind: "leadership",
      name: "Rapat Pimpinan",
      citation: pasal("Pasal 32 huruf b"),
      presidedBy: ["chair"],
      presidingCitation: pasal("Pasal 34"),
      body: "leadership",
      bodyCitation: pasal("Pasal 34"),
    },
    steeringCommittee: {
      kind: "steeringCommittee",
      name: "Rapat Panitia Musyawarah",
      citation: pasal("Pasal 32 huruf c"),
      presidedBy: ["chair", "viceChair"],
      presidingCitation: pasal("Pasal 35"),
      body: "steeringCommittee",
      bodyCitation: pasal("Pasal 18 ayat (2)"),
      note: "Ketua dan Wakil Ketua BPD karena jabatannya adalah Ketua dan Wakil Ketua Panitia Musyawarah (Pasal 18 ayat (2)).",
    },
    commission: {
      kind: "commission",
      name: "Rapat Bidang",
      citation: pasal("Pasal 32 huruf d"),
      presidedBy: ["commissionChair"],
      presidingCitation: pasal("Pasal 36"),
      body: "commission",
      bodyCitation: pasal("Pasal 36"),
      note:
        'Pasal 32 huruf d menyebut "Rapat Anggota"; Pasal 36 mendefinisikan "Rapat Bidang". Dibaca sebagai jenis rapat yang sama. ' +
        "Bila daftar anggota tidak mencatat Ketua Bidang, rapat dipimpin oleh salah seorang anggota bidang itu.",
    },
    workingMeeting: {
      kind: "workingMeeting",
      name: "Rapat Kerja",
      citation: pasal("Pasal 32 huruf e"),
      presidedBy: ["chair", "viceChair", "commissionChair"],
      presidingCitation: pasal("Pasal 30 ayat (2)"),
      body: "councilOrCommission",
      bodyCitation: pasal("Pasal 37"),
      note: "Pasal 37 tidak menyebut pimpinannya; dipimpin Pimpinan BPD (Pasal 30 ayat (2)), atau Ketua Bidang bila diadakan oleh bidang (Pasal 22 ayat (3) huruf d).",
    },
    hearing: {
      kind: "hearing",
      name: "Rapat Dengar Pendapat",
      citation: pasal("Pasal 32 huruf f"),
      presidedBy: ["chair", "viceChair", "commissionChair"],
      presidingCitation: pasal("Pasal 30 ayat (2)"),
      body: "councilOrCommission",
      bodyCitation: pasal("Pasal 38"),
      note: "Pasal 38 tidak menyebut pimpinannya; dipimpin Pimpinan BPD (Pasal 30 ayat (2)), atau Ketua Bidang bila diadakan oleh bidang (Pasal 22 ayat (3) huruf d).",
    },
  },

  commissions: {
    government: { commission: "government", name: "Bidang Pemerintahan", citation: pasal("Pasal 22 ayat (1) huruf a") },
    development: { commission: "development", name: "Bidang Pembangunan", citation: pasal("Pasal 22 ayat (1) huruf b") },
    community: { commission: "community", name: "Bidang Kemasyarakatan", citation: pasal("Pasal 22 ayat (1) huruf c") },
  },
  commissionMembership: {
    citation: pasal("Pasal 21 ayat (1)"),
    text: "Setiap anggota BPD kecuali Pimpinan BPD harus menjadi anggota salah satu bidang",
    note: "Penempatan sedapat-dapatnya sama banyak (Pasal 21 ayat (4)): ketimpangan hanya diperingatkan, tidak ditolak.",
  },

  closedMeetings: {
    openByDefault: {
      citation: pasal("Pasal 39"),
      text: "Rapat-rapat BPD pada dasarnya bersifat terbuka kecuali atas permintaan Kepala Desa atau permintaan paling rendah 1/3 (sepertiga) jumlah anggota BPD atau dipandang perlu oleh Pimpinan BPD",
    },
    undecidableMatters: [
      { matter: "villageHeadElection", text: "pemilihan Kepala Desa", citation: pasal("Pasal 42 huruf a") },
      { matter: "councilLeadershipElection", text: "pemilihan Ketua atau Wakil Ketua BPD", citation: pasal("Pasal 42 huruf b") },
      { matter: "villageBudget", text: "penetapan Anggaran Pendapatan dan Belanja Desa", citation: pasal("Pasal 42 huruf c") },
      { matter: "villageRegulation", text: "penetapan Peraturan Desa", citation: pasal("Pasal 42 huruf d") },
      { matter: "debtsAndLoans", text: "utang piutang, pinjaman dan pembebanan kepada Desa", citation: pasal("Pasal 42 huruf e") },
      { matter: "villageEnterprise", text: "badan Usaha Milik Desa", citation: pasal("Pasal 42 huruf f") },
      { matter: "civilSettlement", text: "persetujuan penyelesaian damai perkara perdata secara kekeluargaan", citation: pasal("Pasal 42 huruf g") },
      { matter: "spatialPolicy", text: "kebijakan tata ruang Desa", citation: pasal("Pasal 42 huruf h") },
      {
        matter: "publicBurden",
        text: "hal-hal yang bersifat membebani, membatasi hak, memuat larangan dan kewajiban kepada masyarakat",
        citation: pasal("Pasal 42 huruf i"),
      },
    ],
  },

  proposals: {
    villageHeadInformation: {
      kind: "villageHeadInformation",
      ...oneThirdProposal("Pasal 7 ayat (1)", "Paling rendah 1/3 (sepertiga) jumlah anggota BPD dapat mengajukan usul kepada BPD untuk meminta keterangan kepada Pemerintah Desa"),
    },
    villageRegulationInitiative: {
      kind: "villageRegulationInitiative",
      ...oneThirdProposal("Pasal 8 ayat (1)", "Paling rendah 1/3 (sepertiga) jumlah anggota BPD dapat mengajukan Rancangan Peraturan Desa"),
    },
    closedMeeting: {
      kind: "closedMeeting",
      ...oneThirdProposal("Pasal 39", "permintaan paling rendah 1/3 (sepertiga) jumlah anggota BPD … untuk dinyatakan sebagai Rapat Tertutup"),
    },
    agendaChange: {
      kind: "agendaChange",
      ...oneThirdProposal("Pasal 58 ayat (1)", "Acara rapat dapat diubah atas usul paling rendah 1/3 (sepertiga) jumlah anggota BPD"),
    },
    rulesChange: {
      kind: "rulesChange",
      ...oneThirdProposal("Pasal 75 ayat (1)", "Perubahan terhadap peraturan tata tertib BPD hanya dapat diajukan oleh paling rendah 1/3 (sepertiga) jumlah anggota BPD"),
    },
  },
  agendaChangeNotice: { days: 2, citation: pasal("Pasal 58 ayat (3)") },

  discipline: [
    {
      step: "improperWordsWarning",
      citation: pasal("Pasal 53 ayat (1)"),
      text: "Ketua Rapat memberikan peringatan supaya pembicara menarik kembali perkataan yang tidak layak",
    },
    {
      step: "retraction",
      citation: pasal("Pasal 53 ayat (3)"),
      text: "Apabila pembicara menggunakan kesempatan … maka perkataan … tidak dimuat dalam risalah Rapat",
    },
    {
      step: "speechForbidden",
      citation: pasal("Pasal 54 ayat (1)"),
      text: "Apabila seorang pembicara tidak mengindahkan peringatan Ketua Rapat … dan mengulangi hal yang sama, maka Ketua Rapat melarang meneruskan pembicaraannya",
      note:
        'Teks merujuk "Pasal 46 ayat (1)" (pembacaan surat-surat); dibaca Pasal 53 ayat (1), satu-satunya peringatan yang dimaksud. ' +
        "Larangan berlaku sampai pembicaraan acara yang sedang dibahas selesai.",
    },
    {
      step: "askedToLeave",
      citation: pasal("Pasal 54 ayat (2)"),
      text: "Apabila larangan … masih juga tidak diindahkan …, maka Ketua Rapat meminta kepada yang bersangkutan untuk meninggalkan rapat",
    },
    {
      step: "suspension",
      citation: pasal("Pasal 54 ayat (3)"),
      text: "Ketua Rapat berpendapat bahwa rapat tidak mungkin diteruskan, maka Ketua Rapat menunda rapat sampai batas waktu tertentu",
    },
  ],

  minutes: { correctionDays: 7, citation: pasal("Pasal 56 ayat (4)") },
  records: banjarnegaraRecords(pasal),

  headReport: banjarnegaraHeadReport(pasal),
  procedures: banjarnegaraProcedures(pasal),

  procedure: {
    convening: { citation: pasal("Pasal 30 ayat (4)"), text: "BPD mengadakan rapat atas undangan Ketua BPD" },
    presiding: { citation: pasal("Pasal 14 huruf c"), text: "memimpin rapat BPD dengan menjaga agar Peraturan tata tertib dilaksanakan dengan seksama" },
    substituteChair: { citation: pasal("Pasal 15 ayat (3)"), text: "Apabila Ketua berhalangan, maka tugas kewajibannya dilakukan oleh wakil Ketua" },
    temporaryLeadership: {
      citation: pasal("Pasal 16 ayat (1)"),
      text: "Selama Pimpinan BPD belum ditetapkan, musyawarah untuk sementara dipimpin oleh anggota yang tertua usianya dan dibantu oleh anggota yang termuda usianya",
      note: 'Berlaku juga bila Ketua dan Wakil Ketua berhalangan tetap (Pasal 15 ayat (4); teks menyebut "para Wakil Ketua" padahal Pasal 13 ayat (2) hanya mengenal satu).',
    },
    signIn: { citation: pasal("Pasal 44 ayat (1)"), text: "Sebelum menghadiri rapat, setiap anggota BPD harus menandatangani daftar hadir" },
    guestList: { citation: pasal("Pasal 44 ayat (2)"), text: "Untuk para undangan disediakan daftar hadir tersendiri" },
    leaveNotice: {
      citation: pasal("Pasal 44 ayat (4)"),
      text: "Anggota BPD yang telah menandatangani daftar hadir apabila akan meninggalkan rapat memberitahukan kepada Pimpinan Rapat",
    },
    registration: {
      citation: pasal("Pasal 47 ayat (1)"),
      text: "Pimpinan rapat dapat menetapkan babak pembicaraan dengan mencatatkan namanya terlebih dahulu sebelum pembicaraan sesuatu hal dimulai",
    },
    unregisteredNoFloor: { citation: pasal("Pasal 47 ayat (2)"), text: "Bagi Anggota BPD yang tidak mencatatkan namanya, tidak dapat menggunakan hak bicaranya" },
    speakingTime: { citation: pasal("Pasal 48 ayat (1)"), text: "Pimpinan Rapat menetapkan lamanya waktu berbicara" },
    overtimeWarning: {
      citation: pasal("Pasal 48 ayat (2)"),
      text: "Apabila pembicara telah melampaui batas waktu yang telah ditetapkan Pimpinan Rapat memperingatkan supaya mengakhiri pembicaraannya",
    },
    offTopicWarning: { citation: pasal("Pasal 48 ayat (3)"), text: "Pimpinan Rapat dapat memperingatkan pembicaraan yang menyimpang dari pokok permasalahan" },
    chairSpeaksOnlyAsChair: {
      citation: pasal("Pasal 49 ayat (1)"),
      text: "Ketua Rapat hanya dapat berbicara selaku Pimpinan rapat untuk menyelesaikan masalah yang menjadi pokok pembicaraan dalam rapat",
    },
    handOver: {
      citation: pasal("Pasal 49 ayat (2)"),
      text: "Apabila pimpinan rapat hendak berbicara selaku anggota rapat, maka untuk sementara pimpinan rapat diserahkan kepada anggota Pimpinan Rapat yang lain",
    },
    permissionToSpeak: { citation: pasal("Pasal 50 ayat (1)"), text: "Anggota BPD berbicara … setelah mendapat izin dari Pimpinan Rapat" },
    noDisturbance: { citation: pasal("Pasal 50 ayat (2)"), text: "Pembicara tidak boleh diganggu selama menyampaikan pendapatnya" },
    turnOrder: { citation: pasal("Pasal 51 ayat (1)"), text: "Giliran berbicara diberikan menurut urutan permintaan" },
    reorder: { citation: pasal("Pasal 51 ayat (2)"), text: "Ketua Rapat dapat melakukan perubahan urutan permintaan berbicara" },
    passOver: {
      citation: pasal("Pasal 51 ayat (3)"),
      text: "Seorang anggota BPD yang berhalangan pada waktu mendapat giliran berbicara dapat diganti urutan berikutnya dan jika tidak ada anggota lain yang menggantikan, maka gilirannya berbicara hapus",
    },
    interruptionClarification: {
      citation: pasal("Pasal 52 ayat (1) huruf a"),
      text: "meminta penjelasan tentang duduk permasalahan yang sebenarnya mengenai hal-hal yang sedang dibicarakan",
    },
    interruptionPostpone: { citation: pasal("Pasal 52 ayat (1) huruf b"), text: "usul menunda pembicaraan" },
    interruptionNoDebate: { citation: pasal("Pasal 52 ayat (2)"), text: "Permasalahan mengenai hal-hal yang dibicarakan … tidak diadakan perdebatan" },
    interruptionTime: { citation: pasal("Pasal 52 ayat (3)"), text: "Lamanya kesempatan berbicara … ditentukan oleh Ketua Rapat" },
    consensus: { citation: pasal("Pasal 60 ayat (1)"), text: "Pengambilan Keputusan dalam rapat BPD pada dasarnya diusahakan menempuh cara musyawarah untuk mencapai mufakat" },
    majorityVote: { citation: pasal("Pasal 60 ayat (3)"), text: "keputusan diambil berdasarkan persetujuan suara terbanyak" },
    inviteeSpeaksWithPermission: {
      citation: pasal("Pasal 59 ayat (5)"),
      text: "Undangan rapat mempunyai hak bicara dalam rapat atas persetujuan pimpinan rapat tetapi tidak mempunyai hak suara",
    },
    inviteeNoVote: { citation: pasal("Pasal 59 ayat (5)"), text: "Undangan rapat … tidak mempunyai hak suara" },
    observerSilent: {
      citation: pasal("Pasal 59 ayat (6)"),
      text: "Peninjau tidak mempunyai hak suara dan tidak boleh menyatakan sesuatu baik dengan perkataan atau dengan cara lain",
    },
    organGuest: {
      citation: pasal("Pasal 59 ayat (1) huruf b"),
      text: "anggota BPD yang hadir dalam rapat alat kelengkapan BPD yang bukan anggota alat kelengkapan BPD yang bersangkutan",
      note: "Anggota demikian berkedudukan sebagai undangan: tidak dihitung untuk kuorum dan tidak mempunyai hak suara (Pasal 59 ayat (5)).",
    },
    nonCommissionNoVote: {
      citation: pasal("Pasal 21 ayat (5)"),
      text: "Setiap anggota dapat menghadiri rapat bidang tertutup yang bukan bidangnya dengan terlebih dahulu memberitahukan kepada Ketua Rapat tetapi tidak mempunyai hak suara",
    },
    closedMeetingNoPublic: { citation: pasal("Pasal 40 ayat (2)"), text: "Rapat tertutup adalah rapat BPD yang tidak dapat dihadiri oleh umum" },
    closedMeetingMatters: { citation: pasal("Pasal 42"), text: "Rapat tertutup dapat mengambil keputusan, kecuali mengenai …" },
    secretaryNoVote: {
      citation: pasal("Pasal 73 ayat (1)"),
      text: "Sekretariat BPD membantu BPD dalam menyelenggarakan Tugas dan Kewenangannya",
      note: "Sekretaris BPD bukan anggota BPD dan tidak mempunyai hak suara; ia mencatat daftar hadir dan risalah (Pasal 56).",
    },
  },

  productChoices: [
    "Pemungutan suara rahasia hanya untuk pemilihan orang; peraturan ini tidak mengaturnya, produk menyediakannya dan suara dikirim lewat chat pribadi.",
    "Batas penundaan dihitung sejak Pimpinan Rapat menyatakan penundaan (paling cepat pada waktu pembukaan yang ditetapkan).",
    "Rapat yang diskors (Pasal 54 ayat (3)) dilanjutkan paling cepat pada batas waktu yang ditetapkan.",
    "Anggota tanpa Telegram ditandatangani hadirnya dan memberikan suara melalui Pimpinan Rapat; setiap catatan menyebut siapa yang mencatatnya.",
    "Dasar suara terbanyak adalah anggota yang hadir dan berhak suara saat pemungutan ditutup, ditambah anggota yang telah memberikan suara lalu meninggalkan rapat.",
  ],
};
