#!/usr/bin/env node
// Builds data/sample-kz.json: the illustrative snapshot a new user sees on first start.
//
//   node test/sample/build-sample.mjs
//
// Everything below is hand-written and deterministic (no randomness, no clock): running the
// script twice gives byte-identical output. The data is ILLUSTRATIVE: real agreements are
// used as a backdrop, but clause numbers, deadlines, statuses and notes are invented.
// The file follows the "cooperation-snapshot" format, version 1 (shared/snapshot-format.md);
// the checks at the end refuse to write a file that would raise
// an import error or warning.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KK_MN } from './kk-mn.mjs'
import { TITLES_KK_MN } from './kk-mn-titles.mjs'

for (const [en, kk, mn] of TITLES_KK_MN) KK_MN[en] = { kk, mn }

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT = resolve(ROOT, 'data', 'sample-kz.json')
const AS_OF = '2026-11-15'

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/** A Text in en and ru; kk and mn come from `more`, or else from the table in ./kk-mn.mjs. */
const T = (en, ru, more = {}) => ({ en, ru, ...KK_MN[en], ...more })

const NS = 'not_started'
const IP = 'in_progress'
const ON = 'ongoing'
const DONE = 'completed'
const SUSP = 'suspended'
const CANC = 'cancelled'
const NI = 'no_information'

const party = (name, country, kind, region) => ({ name, country, kind, ...(region ? { region } : {}) })

/** One entry of a commitment's history. A note given as two strings becomes bilingual. */
const u = (date, status, progress, en, ru) => ({
  date,
  status,
  ...(progress === null || progress === undefined ? {} : { progress }),
  ...(en ? { note: ru ? T(en, ru) : en } : {}),
})

/** A commitment row: clause number, sphere, title, then the optional fields. */
const c = (clause, sphere, title, fields) => ({ clause, sphere, title, ...fields })

const agreements = []
const commitments = []

/** Registers an agreement and its commitments; commitment ids are "<agreement id>/<clause>". */
function agreement(a, items) {
  agreements.push({
    id: a.id,
    title: a.title,
    type: a.type,
    signedOn: a.signedOn,
    ...(a.place ? { place: a.place } : {}),
    ...(a.event ? { event: a.event } : {}),
    parties: a.parties,
    ...(a.spheres ? { spheres: a.spheres } : {}),
    ...(a.legalStatus ? { legalStatus: a.legalStatus } : {}),
    ...(a.validUntil ? { validUntil: a.validUntil } : {}),
    ...(a.url ? { url: a.url } : {}),
  })
  for (const it of items) {
    // A completed commitment is complete: progress 100 unless the table says otherwise.
    const progress = it.progress ?? (it.status === DONE ? 100 : undefined)
    const updates = it.updates?.map((x) =>
      x.status === DONE && x.progress === undefined ? { ...x, progress: 100 } : x,
    )
    commitments.push({
      id: `${a.id}/${it.clause}`,
      agreementId: a.id,
      clause: it.clause,
      title: it.title,
      ...(it.text ? { text: it.text } : {}),
      sphere: it.sphere,
      ...(it.countries ? { countries: it.countries } : {}),
      owedBy: it.owedBy ?? 'joint',
      ...(it.responsible ? { responsible: it.responsible } : {}),
      ...(it.due ? { due: it.due } : {}),
      ...(it.recurrence ? { recurrence: it.recurrence } : {}),
      status: it.status,
      ...(progress !== undefined ? { progress } : {}),
      ...(updates ? { updates } : {}),
    })
  }
}

// ---------------------------------------------------------------------------------------
// Parties used more than once
// ---------------------------------------------------------------------------------------

const KZ_STATE = party(
  T('Republic of Kazakhstan', 'Республика Казахстан', { kk: 'Қазақстан Республикасы' }),
  'KZ',
  'state',
)
const KZ_GOV = party(
  T('Government of the Republic of Kazakhstan', 'Правительство Республики Казахстан', {
    kk: 'Қазақстан Республикасының Үкіметі',
  }),
  'KZ',
  'government',
)
const MN_STATE = party(T('Mongolia', 'Монголия', { mn: 'Монгол Улс', kk: 'Моңғолия' }), 'MN', 'state')
const MN_GOV = party(
  T('Government of Mongolia', 'Правительство Монголии', { mn: 'Монгол Улсын Засгийн газар' }),
  'MN',
  'government',
)
const KZ_MFA = party(
  T('Ministry of Foreign Affairs of the Republic of Kazakhstan', 'Министерство иностранных дел Республики Казахстан'),
  'KZ',
  'ministry',
)
const KZ_AGRI = party(
  T('Ministry of Agriculture of the Republic of Kazakhstan', 'Министерство сельского хозяйства Республики Казахстан'),
  'KZ',
  'ministry',
)
const KZ_SCIENCE = party(
  T(
    'Ministry of Science and Higher Education of the Republic of Kazakhstan',
    'Министерство науки и высшего образования Республики Казахстан',
  ),
  'KZ',
  'ministry',
)
const KZ_DIGITAL = party(
  T(
    'Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan',
    'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
  ),
  'KZ',
  'ministry',
)
const KZ_TRANSPORT = party(
  T('Ministry of Transport of the Republic of Kazakhstan', 'Министерство транспорта Республики Казахстан'),
  'KZ',
  'ministry',
)
const KZ_ENERGY = party(
  T('Ministry of Energy of the Republic of Kazakhstan', 'Министерство энергетики Республики Казахстан'),
  'KZ',
  'ministry',
)
const KZ_INDUSTRY = party(
  T(
    'Ministry of Industry and Construction of the Republic of Kazakhstan',
    'Министерство промышленности и строительства Республики Казахстан',
  ),
  'KZ',
  'ministry',
)
const UZ_STATE = party(T('Republic of Uzbekistan', 'Республика Узбекистан'), 'UZ', 'state')
const UZ_GOV = party(
  T('Government of the Republic of Uzbekistan', 'Правительство Республики Узбекистан'),
  'UZ',
  'government',
)
const KG_GOV = party(
  T('Cabinet of Ministers of the Kyrgyz Republic', 'Кабинет министров Кыргызской Республики'),
  'KG',
  'government',
)
const CN_GOV = party(
  T("Government of the People's Republic of China", 'Правительство Китайской Народной Республики'),
  'CN',
  'government',
)
const KR_GOV = party(T('Government of the Republic of Korea', 'Правительство Республики Корея'), 'KR', 'government')
const TR_STATE = party(T('Republic of Türkiye', 'Турецкая Республика'), 'TR', 'state')

// Responsible bodies (plain strings, as ministries report them)
const MFA = 'Ministry of Foreign Affairs of Kazakhstan'
const MFA_MN = 'Ministry of Foreign Affairs of Mongolia'
const TRADE = 'Ministry of Trade and Integration of Kazakhstan'
const AGRI = 'Ministry of Agriculture of Kazakhstan'
const TRANSPORT = 'Ministry of Transport of Kazakhstan'
const SCIENCE = 'Ministry of Science and Higher Education of Kazakhstan'
const EDUCATION = 'Ministry of Education of Kazakhstan'
const CULTURE = 'Ministry of Culture and Information of Kazakhstan'
const TOURISM = 'Ministry of Tourism and Sports of Kazakhstan'
const HEALTH = 'Ministry of Health of Kazakhstan'
const DIGITAL = 'Ministry of Artificial Intelligence and Digital Development of Kazakhstan'
const EMERGENCY = 'Ministry of Emergency Situations of Kazakhstan'
const ECOLOGY = 'Ministry of Ecology and Natural Resources of Kazakhstan'
const ENERGY = 'Ministry of Energy of Kazakhstan'
const WATER = 'Ministry of Water Resources and Irrigation of Kazakhstan'
const NATIONAL_ECONOMY = 'Ministry of National Economy of Kazakhstan'
const KAZAKH_INVEST = 'Kazakh Invest National Company'
const KTZ = 'Kazakhstan Temir Zholy National Company'
const REVENUE = 'State Revenue Committee, Ministry of Finance of Kazakhstan'
const BORDER = 'Border Service of the National Security Committee of Kazakhstan'
const MAJ_INTL = 'Majilis Committee on International Affairs, Defence and Security'
const MAJ_ECON = 'Majilis Committee on Economic Reform and Regional Development'
const MAJ_AGRAR = 'Majilis Committee on Agrarian Issues'
const MAJ_ECO = 'Majilis Committee on Ecology and Environmental Management'
const MAJ_SOCIAL = 'Majilis Committee on Socio-Cultural Development'
const MAJ_OFFICE = 'Office of the Majilis'
const KHURAL_FP = 'State Great Khural Standing Committee on Security and Foreign Policy'
const KHURAL_OFFICE = 'Secretariat of the State Great Khural'
const EKR = 'Akimat of East Kazakhstan Region'
const KHOVD = 'Governor’s Office of Khovd Province'

// ---------------------------------------------------------------------------------------
// Mongolia, 4 September 2025: Majilis – State Great Khural memorandum
// ---------------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-MN-2025-PARL',
    title: T(
      'Memorandum of cooperation between the Majilis of the Parliament of the Republic of Kazakhstan and the State Great Khural of Mongolia',
      'Меморандум о сотрудничестве между Мажилисом Парламента Республики Казахстан и Великим Государственным Хуралом Монголии',
      {
        kk: 'Қазақстан Республикасы Парламентінің Мәжілісі мен Моңғолияның Мемлекеттік Ұлы Хуралы арасындағы ынтымақтастық туралы меморандум',
        mn: 'Бүгд Найрамдах Казахстан Улсын Парламентын Мажилис, Монгол Улсын Их Хурал хоорондын хамтын ажиллагааны санамж бичиг',
      },
    ),
    type: 'memorandum',
    signedOn: '2025-09-04',
    place: 'Astana',
    parties: [
      party(
        T('Majilis of the Parliament of the Republic of Kazakhstan', 'Мажилис Парламента Республики Казахстан', {
          kk: 'Қазақстан Республикасы Парламентінің Мәжілісі',
        }),
        'KZ',
        'parliament',
      ),
      party(
        T('State Great Khural of Mongolia', 'Великий Государственный Хурал Монголии', { mn: 'Монгол Улсын Их Хурал' }),
        'MN',
        'parliament',
      ),
    ],
    spheres: [
      'political',
      'interparliamentary',
      'trade_economic',
      'scientific_technical',
      'cultural_humanitarian',
      'digitalization',
      'innovation',
    ],
    legalStatus: 'in_force',
    url: 'https://www.parlam.kz/en',
  },
  [
    c(
      '2.1',
      'political',
      T(
        'Regular inter-parliamentary consultations and exchange of delegations',
        'Регулярные межпарламентские консультации и обмен делегациями',
      ),
      {
        text: T(
          'The Parties shall hold consultations on bilateral and international issues of mutual interest and exchange delegations at the level of Speakers, committee chairs and deputies.',
          'Стороны проводят консультации по двусторонним и международным вопросам, представляющим взаимный интерес, и обмениваются делегациями на уровне спикеров, председателей комитетов и депутатов.',
        ),
        responsible: [MAJ_INTL, KHURAL_FP],
        recurrence: 'annual',
        status: ON,
        updates: [
          u(
            '2025-12-12',
            ON,
            null,
            'Delegation of the State Great Khural received in Astana.',
            'Делегация Великого Государственного Хурала принята в Астане.',
          ),
          u(
            '2026-06-18',
            ON,
            null,
            'Majilis delegation visited Ulaanbaatar; next round planned for 2027.',
            'Делегация Мажилиса посетила Улан-Батор; следующий раунд запланирован на 2027 год.',
          ),
        ],
      },
    ),
    c(
      '2.2',
      'digitalization',
      T(
        'Exchange of law-making experience in the digitalization of the economy',
        'Обмен законотворческим опытом в сфере цифровизации экономики',
      ),
      {
        text: T(
          'The Parties shall exchange experience of legislative regulation of the digital economy, including electronic commerce, digital assets and the protection of personal data.',
          'Стороны обмениваются опытом законодательного регулирования цифровой экономики, включая электронную торговлю, цифровые активы и защиту персональных данных.',
        ),
        responsible: [MAJ_ECON],
        due: '2026-12-31',
        status: IP,
        progress: 60,
        updates: [
          u(
            '2025-11-20',
            NS,
            0,
            'Working group members nominated by both parliaments.',
            'Обе стороны назначили членов рабочей группы.',
          ),
          u(
            '2026-03-05',
            IP,
            35,
            'First online seminar on e-commerce legislation held.',
            'Проведён первый онлайн-семинар по законодательству об электронной торговле.',
          ),
          u(
            '2026-09-24',
            IP,
            60,
            'Comparative review of digital-asset laws sent to the Khural.',
            'Сравнительный обзор законов о цифровых активах направлен в Хурал.',
          ),
        ],
      },
    ),
    c(
      '2.3',
      'artificial_intelligence',
      T(
        'Exchange of law-making experience in artificial intelligence',
        'Обмен законотворческим опытом в сфере искусственного интеллекта',
      ),
      {
        text: T(
          'The Parties shall share experience in drafting legislation on artificial intelligence, including risk-based regulation and the ethics of its use in public administration.',
          'Стороны делятся опытом подготовки законодательства об искусственном интеллекте, включая риск-ориентированное регулирование и этику его применения в государственном управлении.',
        ),
        responsible: [MAJ_ECON, KHURAL_FP],
        due: '2026-09-30',
        status: IP,
        progress: 40,
        updates: [
          u(
            '2026-01-28',
            IP,
            20,
            'Kazakhstan’s law on artificial intelligence and its commentary handed over to the Mongolian side.',
            'Монгольской стороне переданы казахстанский закон об искусственном интеллекте и комментарий к нему.',
          ),
          u(
            '2026-07-10',
            IP,
            40,
            'Joint round table postponed to the next session.',
            'Совместный круглый стол перенесён на следующую сессию.',
          ),
        ],
      },
    ),
    c(
      '2.4',
      'ecology',
      T(
        'Exchange of law-making experience in ecology and environmental protection',
        'Обмен законотворческим опытом в сфере экологии и охраны окружающей среды',
      ),
      {
        responsible: [MAJ_ECO],
        due: '2027-03-31',
        status: NS,
      },
    ),
    c(
      '2.5',
      'agriculture',
      T(
        'Exchange of law-making experience in agriculture and pasture management',
        'Обмен законотворческим опытом в сфере сельского хозяйства и управления пастбищами',
      ),
      {
        responsible: [MAJ_AGRAR],
        due: '2026-10-31',
        status: NI,
      },
    ),
    c(
      '2.6',
      'interparliamentary',
      T(
        'Cooperation on the platform of the Inter-Parliamentary Union',
        'Взаимодействие на площадке Межпарламентского союза',
      ),
      {
        text: T(
          'The Parties shall consult each other and, where possible, coordinate their positions at the assemblies of the Inter-Parliamentary Union.',
          'Стороны консультируются и по возможности координируют свои позиции на ассамблеях Межпарламентского союза.',
        ),
        responsible: [MAJ_INTL, KHURAL_FP],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '2.7',
      'interparliamentary',
      T(
        'Cooperation on the platform of the OSCE Parliamentary Assembly',
        'Взаимодействие на площадке Парламентской ассамблеи ОБСЕ',
      ),
      {
        responsible: [MAJ_INTL, KHURAL_FP],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '2.8',
      'interparliamentary',
      T(
        'Regular meetings of the parliamentary friendship groups',
        'Регулярные встречи групп межпарламентского сотрудничества (групп дружбы)',
      ),
      {
        responsible: [
          'Majilis group on cooperation with the State Great Khural of Mongolia',
          'Mongolia–Kazakhstan parliamentary friendship group',
        ],
        recurrence: 'annual',
        status: ON,
        updates: [
          u(
            '2025-10-15',
            ON,
            null,
            'Groups re-formed after the signing; first videoconference held.',
            'Группы переформированы после подписания; проведена первая видеоконференция.',
          ),
          u(
            '2026-05-21',
            ON,
            null,
            'Annual meeting held in Ulaanbaatar.',
            'Ежегодная встреча проведена в Улан-Баторе.',
          ),
        ],
      },
    ),
    c(
      '2.9',
      'interparliamentary',
      T(
        'Exchange of staff of the parliament apparatus for internships',
        'Обмен сотрудниками аппаратов парламентов для стажировок',
      ),
      {
        text: T(
          'The Parties shall organize short internships of staff of the Office of the Majilis and of the Secretariat of the State Great Khural.',
          'Стороны организуют краткосрочные стажировки сотрудников Аппарата Мажилиса и Секретариата Великого Государственного Хурала.',
        ),
        responsible: [MAJ_OFFICE, KHURAL_OFFICE],
        due: '2026-06-30',
        status: DONE,
        updates: [
          u(
            '2026-02-16',
            IP,
            50,
            'Four staff members of the Khural Secretariat completed an internship in Astana.',
            'Четыре сотрудника Секретариата Хурала прошли стажировку в Астане.',
          ),
          u(
            '2026-06-12',
            DONE,
            100,
            'Return internship of Majilis staff in Ulaanbaatar completed.',
            'Завершена ответная стажировка сотрудников Мажилиса в Улан-Баторе.',
          ),
        ],
      },
    ),
    c(
      '2.10',
      'trade_economic',
      T(
        'Priority ratification of the agreements signed during the 2024 state visit',
        'Приоритетная ратификация соглашений, подписанных в ходе государственного визита 2024 года',
      ),
      {
        responsible: [MAJ_INTL, KHURAL_FP],
        due: '2026-03-31',
        status: DONE,
        updates: [
          u(
            '2025-11-26',
            IP,
            50,
            'Road transport agreement ratified by the Majilis.',
            'Соглашение о международном автомобильном сообщении ратифицировано Мажилисом.',
          ),
          u(
            '2026-02-19',
            DONE,
            100,
            'All agreements requiring ratification ratified by both parliaments.',
            'Все соглашения, требующие ратификации, ратифицированы обоими парламентами.',
          ),
        ],
      },
    ),
    c(
      '2.11',
      'cultural_humanitarian',
      T(
        'Parliamentary support for joint research of the shared historical and cultural heritage',
        'Парламентская поддержка совместного изучения общего историко-культурного наследия',
      ),
      {
        responsible: [MAJ_SOCIAL],
        due: '2026-12-31',
        status: IP,
        progress: 50,
      },
    ),
    c(
      '2.12',
      'scientific_technical',
      T(
        'Exchange of analytical materials between parliamentary research services',
        'Обмен аналитическими материалами между исследовательскими службами парламентов',
      ),
      {
        responsible: [MAJ_OFFICE, KHURAL_OFFICE],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '2.13',
      'innovation',
      T(
        'Joint round table on legislation for innovation, start-ups and venture financing',
        'Совместный круглый стол по законодательству об инновациях, стартапах и венчурном финансировании',
      ),
      {
        responsible: [MAJ_ECON],
        due: '2027-04-30',
        status: NS,
      },
    ),
    c(
      '2.14',
      'political',
      T(
        'Mutual support of each other’s initiatives in international parliamentary fora',
        'Взаимная поддержка инициатив сторон на международных парламентских форумах',
      ),
      {
        responsible: [MAJ_INTL],
        recurrence: 'standing',
        status: ON,
      },
    ),
  ],
)

// ---------------------------------------------------------------------------------------
// Mongolia, 4 September 2025: East Kazakhstan Region – Khovd Province twinning
// ---------------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-MN-2025-TWIN',
    title: T(
      'Memorandum on the establishment of twin (sister) relations between the East Kazakhstan Region of the Republic of Kazakhstan and Khovd Province of Mongolia',
      'Меморандум об установлении побратимских связей между Восточно-Казахстанской областью Республики Казахстан и Ховд аймаком Монголии',
      {
        kk: 'Қазақстан Республикасының Шығыс Қазақстан облысы мен Моңғолияның Ховд аймағы арасында бауырлас байланыстар орнату туралы меморандум',
        mn: 'Бүгд Найрамдах Казахстан Улсын Зүүн Казахстан муж, Монгол Улсын Ховд аймгийн хооронд ах дүүгийн харилцаа тогтоох санамж бичиг',
      },
    ),
    type: 'twinning',
    signedOn: '2025-09-04',
    place: 'Astana',
    parties: [
      party(
        T('East Kazakhstan Region', 'Восточно-Казахстанская область', { kk: 'Шығыс Қазақстан облысы' }),
        'KZ',
        'region',
        'KZ-VOS',
      ),
      party(T('Khovd Province', 'Ховд аймак', { mn: 'Ховд аймаг' }), 'MN', 'region', 'MN-043'),
    ],
    spheres: ['trade_economic', 'tourism', 'cultural_humanitarian', 'education', 'agriculture', 'transport_logistics'],
    legalStatus: 'in_force',
  },
  [
    c(
      '3.1',
      'trade_economic',
      T(
        'Participation of businesses in each other’s trade fairs and exhibitions',
        'Участие предприятий в ярмарках и выставках друг друга',
        { mn: 'Бизнес эрхлэгчид харилцан үзэсгэлэн яармагт оролцох' },
      ),
      {
        responsible: [EKR, KHOVD, 'Chamber of Entrepreneurs “Atameken” of East Kazakhstan Region'],
        recurrence: 'annual',
        status: ON,
        updates: [
          u(
            '2025-10-09',
            ON,
            null,
            'Khovd producers took part in the autumn agricultural fair in Ust-Kamenogorsk.',
            'Производители Ховда приняли участие в осенней сельскохозяйственной ярмарке в Усть-Каменогорске.',
          ),
          u(
            '2026-07-03',
            ON,
            null,
            'East Kazakhstan pavilion at the Khovd trade fair (Naadam week).',
            'Павильон Восточного Казахстана на ярмарке в Ховде в дни Наадама.',
          ),
        ],
      },
    ),
    c(
      '3.2',
      'tourism',
      T('Joint tourist route “Altai – Khovd”', 'Совместный туристический маршрут «Алтай – Ховд»', {
        mn: '«Алтай – Ховд» хамтарсан аялал жуулчлалын маршрут',
      }),
      {
        responsible: [EKR, KHOVD],
        due: '2026-06-30',
        status: IP,
        progress: 45,
        updates: [
          u(
            '2026-02-10',
            IP,
            20,
            'Tour operators of both sides drafted the route.',
            'Туроператоры сторон подготовили проект маршрута.',
          ),
          u(
            '2026-08-20',
            IP,
            45,
            'Test tour held; border-crossing logistics still to be settled.',
            'Проведён пробный тур; логистика пересечения границ ещё не решена.',
          ),
        ],
      },
    ),
    c(
      '3.3',
      'cultural_humanitarian',
      T(
        'Days of culture of Khovd Province in East Kazakhstan',
        'Дни культуры Ховд аймака в Восточно-Казахстанской области',
      ),
      {
        responsible: [EKR, KHOVD],
        due: '2026-09-30',
        status: DONE,
        updates: [
          u('2026-05-14', IP, 40, 'Programme and participants agreed.', 'Согласованы программа и состав участников.'),
          u(
            '2026-09-12',
            DONE,
            100,
            'Days of culture held in Ust-Kamenogorsk and Ridder.',
            'Дни культуры прошли в Усть-Каменогорске и Риддере.',
          ),
        ],
      },
    ),
    c('3.4', 'education', T('Exchange of school pupils and teachers', 'Обмен школьниками и учителями'), {
      responsible: [
        'Education Department of East Kazakhstan Region',
        'Education and Science Department of Khovd Province',
      ],
      due: '2026-08-31',
      status: DONE,
      updates: [
        u(
          '2026-03-02',
          IP,
          30,
          'Host schools paired: five in East Kazakhstan, five in Khovd.',
          'Определены пары школ: пять в Восточном Казахстане, пять в Ховде.',
        ),
        u(
          '2026-08-07',
          DONE,
          100,
          'Summer exchange of 40 pupils and 8 teachers held.',
          'Проведён летний обмен: 40 школьников и 8 учителей.',
        ),
      ],
    }),
    c(
      '3.5',
      'education',
      T(
        'Cooperation between universities of Ust-Kamenogorsk and Khovd',
        'Сотрудничество вузов Усть-Каменогорска и Ховда',
      ),
      {
        responsible: ['D. Serikbayev East Kazakhstan Technical University', 'Khovd State University'],
        due: '2027-06-30',
        status: IP,
        progress: 30,
      },
    ),
    c(
      '3.6',
      'agriculture',
      T(
        'Veterinary cooperation against transboundary animal diseases',
        'Ветеринарное сотрудничество по борьбе с трансграничными болезнями животных',
      ),
      {
        responsible: ['Veterinary Department of East Kazakhstan Region', 'Veterinary Department of Khovd Province'],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '3.7',
      'transport_logistics',
      T(
        'Feasibility study of a direct bus and air link between Ust-Kamenogorsk and Khovd',
        'Технико-экономическое обоснование прямого автобусного и авиасообщения Усть-Каменогорск – Ховд',
      ),
      {
        text: T(
          'The Parties shall study the opening of a regular passenger link, including transit through the territory of third countries.',
          'Стороны изучают возможность открытия регулярного пассажирского сообщения, в том числе транзитом через территорию третьих стран.',
        ),
        countries: ['MN', 'RU'],
        responsible: [EKR, KHOVD],
        due: '2026-10-01',
        status: NS,
      },
    ),
    c(
      '3.8',
      'ecology',
      T(
        'Joint monitoring of snow leopard and argali populations in the Altai',
        'Совместный мониторинг популяций снежного барса и архара на Алтае',
      ),
      {
        countries: ['MN', 'RU', 'CN'],
        responsible: ['Katon-Karagay National Park', 'Khovd Province Environment and Tourism Department'],
        due: '2027-12-31',
        status: IP,
        progress: 20,
      },
    ),
  ],
)

// ---------------------------------------------------------------------------------------
// Mongolia, 29 October 2024: eleven documents of the state visit to Ulaanbaatar
// ---------------------------------------------------------------------------------------

const VISIT = {
  signedOn: '2024-10-29',
  place: 'Ulaanbaatar',
  event: T(
    'State visit of the President of Kazakhstan to Mongolia',
    'Государственный визит Президента Казахстана в Монголию',
    {
      kk: 'Қазақстан Президентінің Моңғолияға мемлекеттік сапары',
      mn: 'Казахстан Улсын Ерөнхийлөгчийн Монгол Улсад хийсэн төрийн айлчлал',
    },
  ),
}

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-JD',
    title: T(
      'Joint Declaration on the establishment of strategic partnership between the Republic of Kazakhstan and Mongolia',
      'Совместная декларация об установлении стратегического партнёрства между Республикой Казахстан и Монголией',
      {
        kk: 'Қазақстан Республикасы мен Моңғолия арасындағы стратегиялық әріптестік орнату туралы бірлескен декларация',
        mn: 'Бүгд Найрамдах Казахстан Улс, Монгол Улсын хооронд стратегийн түншлэлийн харилцаа тогтоох тухай хамтарсан тунхаглал',
      },
    ),
    type: 'joint_statement',
    parties: [KZ_STATE, MN_STATE],
    spheres: ['political', 'trade_economic', 'cultural_humanitarian', 'regional'],
    url: 'https://www.akorda.kz/en',
  },
  [
    c('1', 'political', T('Regular high-level visits and contacts', 'Регулярные визиты и контакты на высшем уровне'), {
      responsible: [MFA, MFA_MN],
      recurrence: 'standing',
      status: ON,
    }),
    c(
      '2',
      'trade_economic',
      T('Increase bilateral trade to USD 500 million', 'Доведение взаимного товарооборота до 500 млн долларов США'),
      {
        responsible: [TRADE, 'Ministry of Economy and Development of Mongolia'],
        due: '2028-12-31',
        status: IP,
        progress: 35,
        updates: [
          u(
            '2025-03-01',
            IP,
            20,
            'Trade in 2024 grew on the year; growth driven by food and construction materials (illustrative).',
            'Товарооборот в 2024 году вырос; рост обеспечен продовольствием и стройматериалами (условно).',
          ),
          u(
            '2026-03-02',
            IP,
            35,
            '2025 trade about one third of the way to the target (illustrative).',
            'Товарооборот 2025 года — около трети пути к цели (условно).',
          ),
        ],
      },
    ),
    c(
      '3',
      'political',
      T('Annual meetings of the Intergovernmental Commission', 'Ежегодные заседания Межправительственной комиссии'),
      {
        responsible: [TRADE, MFA],
        recurrence: 'annual',
        status: ON,
        updates: [
          u('2025-06-19', ON, null, 'Commission met in Astana.', 'Заседание комиссии прошло в Астане.'),
          u(
            '2026-06-25',
            ON,
            null,
            'Commission met in Ulaanbaatar; protocol signed.',
            'Заседание комиссии прошло в Улан-Баторе; подписан протокол.',
          ),
        ],
      },
    ),
    c(
      '4',
      'regional',
      T(
        'Explore a consultative format “Central Asia + Mongolia”',
        'Проработка консультативного формата «Центральная Азия + Монголия»',
      ),
      {
        countries: ['MN', 'UZ', 'KG', 'TJ', 'TM'],
        responsible: [MFA],
        owedBy: 'home',
        due: '2025-12-31',
        status: NI,
      },
    ),
    c(
      '5',
      'cultural_humanitarian',
      T(
        'Joint research of the shared historical heritage of the Great Steppe',
        'Совместное изучение общего исторического наследия Великой степи',
      ),
      {
        responsible: [SCIENCE, 'Mongolian Academy of Sciences'],
        due: '2026-12-31',
        status: IP,
        progress: 55,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-TRADE',
    title: T(
      'Action Plan on trade and economic cooperation for 2025–2027',
      'План действий по торгово-экономическому сотрудничеству на 2025–2027 годы',
      { mn: '2025–2027 оны худалдаа, эдийн засгийн хамтын ажиллагааны үйл ажиллагааны төлөвлөгөө' },
    ),
    type: 'action_plan',
    parties: [KZ_GOV, MN_GOV],
    spheres: ['trade_economic', 'investment', 'energy', 'finance'],
    legalStatus: 'in_force',
    validUntil: '2027-12-31',
  },
  [
    c('1.1', 'trade_economic', T('Kazakhstan – Mongolia business forum', 'Казахстанско-монгольский бизнес-форум'), {
      responsible: [TRADE, KAZAKH_INVEST, 'Mongolian National Chamber of Commerce and Industry'],
      recurrence: 'annual',
      status: ON,
    }),
    c(
      '1.2',
      'trade_economic',
      T('Open a Trade House of Kazakhstan in Ulaanbaatar', 'Открытие Торгового дома Казахстана в Улан-Баторе'),
      {
        owedBy: 'home',
        responsible: [TRADE, 'QazTrade Trade Policy Development Centre'],
        due: '2025-12-31',
        status: DONE,
        updates: [
          u('2025-04-15', IP, 30, 'Premises selected.', 'Подобрано помещение.'),
          u(
            '2025-08-27',
            IP,
            80,
            'Registered as a legal entity in Mongolia.',
            'Зарегистрировано юридическое лицо в Монголии.',
          ),
          u('2025-11-03', DONE, 100, 'Trade House opened.', 'Торговый дом открыт.'),
        ],
      },
    ),
    c(
      '1.3',
      'investment',
      T(
        'Agree a list of joint investment projects in mining and metallurgy',
        'Согласование перечня совместных инвестиционных проектов в горнодобывающей и металлургической отраслях',
      ),
      {
        responsible: [KAZAKH_INVEST, 'Ministry of Industry and Mineral Resources of Mongolia'],
        due: '2025-06-30',
        status: IP,
        progress: 70,
        updates: [
          u(
            '2025-05-20',
            IP,
            40,
            'Twelve projects proposed by the two sides.',
            'Стороны предложили двенадцать проектов.',
          ),
          u('2026-01-30', IP, 60, 'Seven projects shortlisted.', 'В короткий список включены семь проектов.'),
          u(
            '2026-08-14',
            IP,
            70,
            'Final list awaits approval by the Intergovernmental Commission.',
            'Итоговый перечень ожидает одобрения Межправительственной комиссии.',
          ),
        ],
      },
    ),
    c(
      '1.4',
      'energy',
      T(
        'Cooperation in energy, including training for nuclear power',
        'Сотрудничество в энергетике, включая подготовку кадров для атомной энергетики',
      ),
      {
        responsible: [ENERGY, 'Ministry of Energy of Mongolia'],
        due: '2026-06-30',
        status: SUSP,
        updates: [
          u('2025-05-22', IP, 15, 'Training needs assessed.', 'Оценены потребности в подготовке кадров.'),
          u(
            '2026-01-19',
            SUSP,
            15,
            'Paused while Mongolia revises its energy strategy.',
            'Приостановлено на время пересмотра энергетической стратегии Монголии.',
          ),
        ],
      },
    ),
    c(
      '1.5',
      'finance',
      T(
        'Correspondent banking relations and settlements in national currencies',
        'Корреспондентские отношения банков и расчёты в национальных валютах',
      ),
      {
        responsible: ['National Bank of Kazakhstan', 'Bank of Mongolia'],
        due: '2026-03-31',
        status: SUSP,
        updates: [
          u('2025-07-08', IP, 25, 'Two pairs of banks started negotiations.', 'Две пары банков начали переговоры.'),
          u(
            '2026-02-24',
            SUSP,
            25,
            'Paused pending a review of compliance requirements.',
            'Приостановлено до пересмотра требований комплаенса.',
          ),
        ],
      },
    ),
    c(
      '1.6',
      'trade_economic',
      T(
        'Electronic exchange of phytosanitary and veterinary certificates',
        'Электронный обмен фитосанитарными и ветеринарными сертификатами',
      ),
      {
        responsible: [AGRI, 'General Agency for Specialized Inspection of Mongolia'],
        due: '2027-06-30',
        status: NS,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-ROAD',
    title: T(
      'Agreement between the Governments on international road transport',
      'Соглашение между правительствами о международном автомобильном сообщении',
      { mn: 'Олон улсын авто тээврийн тухай Засгийн газар хоорондын хэлэлцээр' },
    ),
    type: 'agreement',
    parties: [KZ_GOV, MN_GOV],
    spheres: ['transport_logistics'],
    legalStatus: 'in_force',
    url: 'https://adilet.zan.kz/eng',
  },
  [
    c(
      '4',
      'transport_logistics',
      T('Annual exchange of quotas of road transport permits', 'Ежегодный обмен квотами разрешений на автоперевозки'),
      {
        responsible: [TRANSPORT, 'Ministry of Road and Transport Development of Mongolia'],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '6',
      'transport_logistics',
      T(
        'Regular bus route Ölgii – Ust-Kamenogorsk in transit through Russia',
        'Регулярный автобусный маршрут Улгий – Усть-Каменогорск транзитом через Россию',
      ),
      {
        countries: ['MN', 'RU'],
        responsible: [TRANSPORT, EKR],
        due: '2025-12-31',
        status: IP,
        progress: 65,
        updates: [
          u('2025-05-12', IP, 30, 'Carriers selected by both sides.', 'Стороны определили перевозчиков.'),
          u(
            '2026-04-09',
            IP,
            65,
            'Transit permit from the Russian side still awaited.',
            'Ожидается разрешение российской стороны на транзит.',
          ),
        ],
      },
    ),
    c(
      '8',
      'transport_logistics',
      T(
        'Study a multimodal route to Pacific ports via China',
        'Изучение мультимодального маршрута к тихоокеанским портам через Китай',
      ),
      {
        countries: ['MN', 'CN'],
        responsible: [TRANSPORT, KTZ],
        due: '2026-06-30',
        status: DONE,
        updates: [
          u(
            '2025-09-30',
            IP,
            50,
            'Draft feasibility study discussed.',
            'Обсуждён проект технико-экономического обоснования.',
          ),
          u(
            '2026-05-29',
            DONE,
            100,
            'Feasibility study approved; a pilot shipment is recommended.',
            'ТЭО одобрено; рекомендована пилотная отправка.',
          ),
        ],
      },
    ),
    c(
      '11',
      'transport_logistics',
      T('Joint working group on road transport', 'Совместная рабочая группа по автомобильному транспорту'),
      {
        responsible: [TRANSPORT],
        recurrence: 'standing',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-VET',
    title: T(
      'Agreement between the Ministries of Agriculture on cooperation in veterinary medicine',
      'Соглашение между министерствами сельского хозяйства о сотрудничестве в области ветеринарии',
    ),
    type: 'agreement',
    parties: [
      KZ_AGRI,
      party(
        T(
          'Ministry of Food, Agriculture and Light Industry of Mongolia',
          'Министерство продовольствия, сельского хозяйства и лёгкой промышленности Монголии',
        ),
        'MN',
        'ministry',
      ),
    ],
    spheres: ['agriculture'],
    legalStatus: 'in_force',
  },
  [
    c(
      '3',
      'agriculture',
      T('Monthly exchange of epizootic information', 'Ежемесячный обмен эпизоотической информацией'),
      {
        responsible: ['Veterinary Control and Supervision Committee of Kazakhstan'],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '5',
      'agriculture',
      T(
        'Agree veterinary certificates for meat and meat products',
        'Согласование ветеринарных сертификатов на мясо и мясную продукцию',
      ),
      {
        responsible: ['Veterinary Control and Supervision Committee of Kazakhstan'],
        due: '2025-12-31',
        status: DONE,
        updates: [
          u(
            '2025-03-18',
            IP,
            40,
            'Draft certificate forms exchanged.',
            'Стороны обменялись проектами форм сертификатов.',
          ),
          u(
            '2025-10-22',
            DONE,
            100,
            'Certificate forms for beef, mutton and horse meat agreed.',
            'Согласованы формы сертификатов на говядину, баранину и конину.',
          ),
        ],
      },
    ),
    c(
      '7',
      'agriculture',
      T('Joint research on livestock diseases', 'Совместные исследования болезней сельскохозяйственных животных'),
      {
        responsible: ['Kazakh Research Veterinary Institute', 'Institute of Veterinary Medicine of Mongolia'],
        due: '2026-12-31',
        status: IP,
        progress: 45,
      },
    ),
    c(
      '9',
      'agriculture',
      T('Supply of Kazakh grain and flour to Mongolia', 'Поставки казахстанского зерна и муки в Монголию'),
      {
        owedBy: 'home',
        responsible: [AGRI, 'Food Contract Corporation'],
        due: '2025-09-30',
        status: NI,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-EDU',
    title: T(
      'Agreement on cooperation in education and science',
      'Соглашение о сотрудничестве в области образования и науки',
      { mn: 'Боловсрол, шинжлэх ухааны салбарт хамтран ажиллах тухай хэлэлцээр' },
    ),
    type: 'agreement',
    parties: [
      KZ_SCIENCE,
      party(T('Ministry of Education of Mongolia', 'Министерство образования Монголии'), 'MN', 'ministry'),
    ],
    spheres: ['education', 'scientific_technical'],
    legalStatus: 'in_force',
  },
  [
    c(
      '2',
      'education',
      T(
        'State scholarships for Mongolian students in Kazakh universities',
        'Государственные стипендии для монгольских студентов в вузах Казахстана',
      ),
      {
        owedBy: 'home',
        responsible: [SCIENCE],
        recurrence: 'annual',
        status: ON,
        updates: [
          u(
            '2025-08-25',
            ON,
            null,
            'Quota raised for the 2025/26 academic year.',
            'Квота увеличена на 2025/26 учебный год.',
          ),
          u('2026-08-24', ON, null, 'Quota for 2026/27 fully used.', 'Квота на 2026/27 учебный год выбрана полностью.'),
        ],
      },
    ),
    c(
      '3',
      'education',
      T(
        'Supply of Kazakh-language textbooks to schools of Bayan-Ölgii Province',
        'Поставка учебников на казахском языке в школы Баян-Улгийского аймака',
      ),
      {
        owedBy: 'home',
        responsible: [EDUCATION],
        due: '2025-09-01',
        status: DONE,
      },
    ),
    c(
      '5',
      'scientific_technical',
      T('Joint call for research grants', 'Совместный конкурс исследовательских грантов'),
      {
        responsible: [SCIENCE, 'Mongolian Foundation for Science and Technology'],
        due: '2026-03-31',
        status: DONE,
        updates: [
          u(
            '2025-09-15',
            IP,
            40,
            'Call announced in five priority fields.',
            'Объявлен конкурс по пяти приоритетным направлениям.',
          ),
          u(
            '2026-02-27',
            DONE,
            100,
            'Nine joint projects selected for funding.',
            'Отобраны для финансирования девять совместных проектов.',
          ),
        ],
      },
    ),
    c(
      '6',
      'education',
      T('Mutual recognition of documents on education', 'Взаимное признание документов об образовании'),
      {
        responsible: [SCIENCE, EDUCATION],
        due: '2026-10-31',
        status: IP,
        progress: 60,
        updates: [
          u('2025-06-03', IP, 25, 'Expert group formed.', 'Сформирована экспертная группа.'),
          u(
            '2026-04-16',
            IP,
            60,
            'Draft intergovernmental agreement under legal review.',
            'Проект межправительственного соглашения на юридической экспертизе.',
          ),
        ],
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-CULT',
    title: T(
      'Programme of cooperation in culture for 2025–2027',
      'Программа сотрудничества в области культуры на 2025–2027 годы',
    ),
    type: 'other',
    parties: [
      party(
        T(
          'Ministry of Culture and Information of the Republic of Kazakhstan',
          'Министерство культуры и информации Республики Казахстан',
        ),
        'KZ',
        'ministry',
      ),
      party(
        T(
          'Ministry of Culture, Sports, Tourism and Youth of Mongolia',
          'Министерство культуры, спорта, туризма и молодёжи Монголии',
        ),
        'MN',
        'ministry',
      ),
    ],
    spheres: ['cultural_humanitarian'],
    validUntil: '2027-12-31',
  },
  [
    c(
      '1',
      'cultural_humanitarian',
      T('Days of culture of Kazakhstan in Mongolia', 'Дни культуры Казахстана в Монголии', {
        kk: 'Моңғолиядағы Қазақстан мәдениеті күндері',
      }),
      {
        owedBy: 'home',
        responsible: [CULTURE],
        due: '2025-10-31',
        status: DONE,
        updates: [
          u('2025-05-30', IP, 50, 'Programme approved.', 'Программа утверждена.'),
          u('2025-09-26', DONE, 100, 'Held in Ulaanbaatar and Ölgii.', 'Проведены в Улан-Баторе и Улгии.'),
        ],
      },
    ),
    c(
      '2',
      'cultural_humanitarian',
      T('Days of culture of Mongolia in Kazakhstan', 'Дни культуры Монголии в Казахстане'),
      {
        owedBy: 'partner',
        responsible: [CULTURE],
        due: '2026-09-30',
        status: CANC,
        updates: [
          u('2026-03-11', NS, 0, 'Dates under discussion.', 'Сроки обсуждаются.'),
          u(
            '2026-06-29',
            CANC,
            null,
            'Replaced by a Mongolian culture week within the Astana International Forum.',
            'Заменены неделей монгольской культуры в рамках Международного форума Астана.',
          ),
        ],
      },
    ),
    c(
      '3',
      'cultural_humanitarian',
      T('Exchange exhibition “Treasures of the Great Steppe”', 'Обменная выставка «Сокровища Великой степи»'),
      {
        responsible: ['National Museum of the Republic of Kazakhstan', 'Chinggis Khaan National Museum'],
        due: '2026-10-31',
        status: DONE,
        updates: [
          u('2025-11-12', IP, 30, 'List of exhibits agreed.', 'Согласован перечень экспонатов.'),
          u('2026-04-17', IP, 70, 'Exhibition opened in Astana.', 'Выставка открыта в Астане.'),
          u(
            '2026-10-09',
            DONE,
            100,
            'Return exhibition shown in Ulaanbaatar.',
            'Ответная выставка показана в Улан-Баторе.',
          ),
        ],
      },
    ),
    c(
      '4',
      'cultural_humanitarian',
      T(
        'Joint archaeological expeditions on Turkic-era sites',
        'Совместные археологические экспедиции на памятниках тюркской эпохи',
      ),
      {
        responsible: ['Margulan Institute of Archaeology', 'Institute of Archaeology, Mongolian Academy of Sciences'],
        recurrence: 'annual',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-TOUR',
    title: T(
      'Memorandum of understanding on cooperation in tourism',
      'Меморандум о взаимопонимании по сотрудничеству в сфере туризма',
    ),
    type: 'memorandum',
    parties: [
      party(
        T(
          'Ministry of Tourism and Sports of the Republic of Kazakhstan',
          'Министерство туризма и спорта Республики Казахстан',
        ),
        'KZ',
        'ministry',
      ),
      party(
        T(
          'Ministry of Culture, Sports, Tourism and Youth of Mongolia',
          'Министерство культуры, спорта, туризма и молодёжи Монголии',
        ),
        'MN',
        'ministry',
      ),
    ],
    spheres: ['tourism'],
  },
  [
    c(
      '2',
      'tourism',
      T('Joint tourism product “Heritage of the Great Steppe”', 'Совместный турпродукт «Наследие Великой степи»'),
      {
        responsible: [TOURISM, 'Kazakh Tourism National Company'],
        due: '2026-12-31',
        status: IP,
        progress: 50,
      },
    ),
    c(
      '3',
      'tourism',
      T(
        'Participation in each other’s international tourism fairs',
        'Участие в международных туристских ярмарках друг друга',
      ),
      {
        responsible: ['Kazakh Tourism National Company'],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c('5', 'tourism', T('Exchange of tourist-flow statistics', 'Обмен статистикой туристских потоков'), {
      responsible: ['Bureau of National Statistics of Kazakhstan'],
      due: '2025-12-31',
      status: NI,
    }),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-HEALTH',
    title: T(
      'Memorandum of understanding on cooperation in health care',
      'Меморандум о взаимопонимании по сотрудничеству в области здравоохранения',
    ),
    type: 'memorandum',
    parties: [
      party(
        T('Ministry of Health of the Republic of Kazakhstan', 'Министерство здравоохранения Республики Казахстан'),
        'KZ',
        'ministry',
      ),
      party(T('Ministry of Health of Mongolia', 'Министерство здравоохранения Монголии'), 'MN', 'ministry'),
    ],
    spheres: ['health'],
  },
  [
    c(
      '2',
      'health',
      T(
        'Training of Mongolian doctors in Kazakh national medical centres',
        'Обучение монгольских врачей в национальных медицинских центрах Казахстана',
      ),
      {
        owedBy: 'home',
        responsible: [HEALTH],
        due: '2026-12-31',
        status: IP,
        progress: 60,
      },
    ),
    c(
      '3',
      'health',
      T(
        'Telemedicine consultations between national centres',
        'Телемедицинские консультации между национальными центрами',
      ),
      {
        responsible: [HEALTH, 'National Scientific Medical Center (Astana)'],
        due: '2025-12-31',
        status: DONE,
        updates: [
          u('2025-04-07', IP, 40, 'Secure video link installed.', 'Установлен защищённый видеоканал.'),
          u(
            '2025-11-18',
            DONE,
            100,
            'Regular consultations in cardiology and oncology launched.',
            'Начаты регулярные консультации по кардиологии и онкологии.',
          ),
        ],
      },
    ),
    c(
      '4',
      'health',
      T(
        'Joint measures against natural-focal infections (plague, anthrax)',
        'Совместные меры против природно-очаговых инфекций (чума, сибирская язва)',
      ),
      {
        countries: ['MN', 'CN'],
        responsible: ['M. Aikimbayev National Scientific Center for Especially Dangerous Infections'],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '5',
      'health',
      T(
        'Mutual recognition of medicine registration dossiers',
        'Взаимное признание регистрационных досье лекарственных средств',
      ),
      {
        responsible: ['National Center for Expertise of Medicines and Medical Devices'],
        due: '2027-06-30',
        status: NS,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-DIGITAL',
    title: T(
      'Memorandum on cooperation in digital development, innovation and space activities',
      'Меморандум о сотрудничестве в сфере цифрового развития, инноваций и космической деятельности',
    ),
    type: 'memorandum',
    parties: [
      KZ_DIGITAL,
      party(
        T(
          'Ministry of Digital Development, Innovation and Communications of Mongolia',
          'Министерство цифрового развития, инноваций и коммуникаций Монголии',
        ),
        'MN',
        'ministry',
      ),
    ],
    spheres: ['digitalization', 'innovation', 'space'],
  },
  [
    c(
      '2.1',
      'digitalization',
      T('Share Kazakhstan’s e-government experience', 'Передача опыта Казахстана в области электронного правительства'),
      {
        owedBy: 'home',
        responsible: [DIGITAL, 'Zerde National Infocommunication Holding'],
        due: '2025-12-31',
        status: DONE,
        updates: [
          u(
            '2025-06-11',
            IP,
            50,
            'Study visit of Mongolian officials to the eGov centre in Astana.',
            'Ознакомительный визит монгольских чиновников в центр eGov в Астане.',
          ),
          u('2025-12-05', DONE, 100, 'Two training cycles completed.', 'Завершены два цикла обучения.'),
        ],
      },
    ),
    c(
      '2.2',
      'space',
      T(
        'Earth remote-sensing data services for Mongolia',
        'Услуги данных дистанционного зондирования Земли для Монголии',
      ),
      {
        owedBy: 'home',
        responsible: ['Kazakhstan Gharysh Sapary National Company'],
        due: '2026-12-31',
        status: IP,
        progress: 30,
      },
    ),
    c(
      '2.3',
      'innovation',
      T(
        'Access of Mongolian start-ups to Astana Hub programmes',
        'Доступ монгольских стартапов к программам Astana Hub',
      ),
      {
        owedBy: 'home',
        responsible: ['Astana Hub International Technopark'],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '2.4',
      'digitalization',
      T(
        'Pilot of cross-border exchange of electronic documents',
        'Пилот трансграничного обмена электронными документами',
      ),
      {
        responsible: [DIGITAL],
        due: '2026-06-30',
        status: SUSP,
        updates: [
          u('2025-10-01', IP, 20, 'Technical specifications drafted.', 'Подготовлено техническое задание.'),
          u(
            '2026-04-22',
            SUSP,
            20,
            'Suspended until the Mongolian data-protection law is amended.',
            'Приостановлено до внесения изменений в закон Монголии о защите данных.',
          ),
        ],
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-EMERG',
    title: T(
      'Agreement on cooperation in the prevention and elimination of emergencies',
      'Соглашение о сотрудничестве в области предупреждения и ликвидации чрезвычайных ситуаций',
    ),
    type: 'agreement',
    parties: [KZ_GOV, MN_GOV],
    spheres: ['security', 'ecology'],
    legalStatus: 'in_force',
  },
  [
    c(
      '5',
      'security',
      T('Joint command-post exercise of rescue services', 'Совместное командно-штабное учение спасательных служб'),
      {
        responsible: [EMERGENCY, 'National Emergency Management Agency of Mongolia'],
        due: '2025-09-30',
        status: DONE,
      },
    ),
    c('6', 'ecology', T('Exchange of data on steppe and forest fires', 'Обмен данными о степных и лесных пожарах'), {
      responsible: [EMERGENCY, ECOLOGY],
      recurrence: 'standing',
      status: ON,
    }),
    c(
      '8',
      'ecology',
      T('Joint early warning of dzud (severe winters)', 'Совместное раннее оповещение о джуте (суровых зимах)'),
      {
        responsible: ['Kazhydromet', 'National Agency for Meteorology and Environmental Monitoring of Mongolia'],
        due: '2026-12-31',
        status: NS,
      },
    ),
  ],
)

agreement(
  {
    ...VISIT,
    id: 'KZ-MN-2024-MFA',
    title: T(
      'Programme of cooperation between the Ministries of Foreign Affairs for 2025–2026',
      'Программа сотрудничества между министерствами иностранных дел на 2025–2026 годы',
      { mn: 'Гадаад харилцааны яам хоорондын 2025–2026 оны хамтын ажиллагааны хөтөлбөр' },
    ),
    type: 'other',
    parties: [
      KZ_MFA,
      party(
        T('Ministry of Foreign Affairs of Mongolia', 'Министерство иностранных дел Монголии', {
          mn: 'Монгол Улсын Гадаад харилцааны яам',
        }),
        'MN',
        'ministry',
      ),
    ],
    spheres: ['political'],
    validUntil: '2026-12-31',
    legalStatus: 'in_force',
  },
  [
    c(
      '1',
      'political',
      T(
        'Political consultations at the level of deputy ministers',
        'Политические консультации на уровне заместителей министров',
      ),
      {
        responsible: [MFA, MFA_MN],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '4',
      'political',
      T(
        'Simplify consular procedures for ethnic Kazakhs resettling from Mongolia',
        'Упрощение консульских процедур для этнических казахов, переселяющихся из Монголии',
      ),
      {
        owedBy: 'home',
        responsible: [MFA, 'Ministry of Labour and Social Protection of Population of Kazakhstan'],
        due: '2025-12-31',
        status: IP,
        progress: 70,
        updates: [
          u('2025-04-28', IP, 30, 'Document list reduced.', 'Сокращён перечень документов.'),
          u(
            '2025-11-14',
            IP,
            70,
            'Online application launched; legal amendments pending.',
            'Запущена онлайн-подача; поправки в законодательство ожидаются.',
          ),
        ],
      },
    ),
    c(
      '7',
      'political',
      T(
        'Joint collection of documents for the 35th anniversary of diplomatic relations',
        'Совместный сборник документов к 35-летию дипломатических отношений',
      ),
      {
        responsible: [MFA, MFA_MN],
        due: '2027-01-31',
        status: NS,
      },
    ),
  ],
)

// Older Mongolian track: a protocol of the Intergovernmental Commission
agreement(
  {
    id: 'KZ-MN-2022-IGC',
    title: T(
      'Protocol of the meeting of the Kazakhstan–Mongolia Intergovernmental Commission on trade, economic, scientific, technical and cultural cooperation',
      'Протокол заседания Казахстанско-монгольской межправительственной комиссии по торгово-экономическому, научно-техническому и культурному сотрудничеству',
    ),
    type: 'protocol',
    signedOn: '2022-11-17',
    place: 'Astana',
    parties: [KZ_GOV, MN_GOV],
    spheres: ['trade_economic', 'agriculture', 'transport_logistics', 'energy'],
  },
  [
    c(
      '2.1',
      'trade_economic',
      T('Simplify customs clearance of goods in transit', 'Упрощение таможенного оформления транзитных товаров'),
      {
        responsible: [REVENUE],
        due: '2023-12-31',
        status: DONE,
      },
    ),
    c(
      '3.2',
      'agriculture',
      T(
        'Open the Kazakh market for Mongolian meat products',
        'Открытие казахстанского рынка для монгольской мясной продукции',
      ),
      {
        owedBy: 'home',
        responsible: [AGRI],
        due: '2023-06-30',
        status: DONE,
        updates: [
          u(
            '2023-02-14',
            IP,
            50,
            'Inspection of Mongolian slaughterhouses carried out.',
            'Проведена инспекция монгольских боен.',
          ),
          u(
            '2023-06-02',
            DONE,
            100,
            'Six Mongolian enterprises entered the register of exporters.',
            'Шесть монгольских предприятий включены в реестр экспортёров.',
          ),
        ],
      },
    ),
    c(
      '4.1',
      'transport_logistics',
      T('Restore direct flights Almaty – Ulaanbaatar', 'Восстановление прямого авиасообщения Алматы – Улан-Батор'),
      {
        responsible: ['Civil Aviation Committee of Kazakhstan'],
        due: '2023-12-31',
        status: CANC,
        updates: [
          u('2023-05-10', IP, 20, 'Airlines consulted.', 'Проведены консультации с авиакомпаниями.'),
          u(
            '2024-11-05',
            CANC,
            null,
            'Superseded by the 2024 road transport agreement and commercial route decisions.',
            'Утратило актуальность после соглашения 2024 года и коммерческих решений авиакомпаний.',
          ),
        ],
      },
    ),
    c(
      '5.3',
      'energy',
      T(
        'Study supplies of Kazakh petroleum products to western Mongolia',
        'Изучение поставок казахстанских нефтепродуктов в западную Монголию',
      ),
      {
        owedBy: 'home',
        responsible: [ENERGY],
        due: '2023-12-31',
        status: NI,
      },
    ),
  ],
)

// ---------------------------------------------------------------------------------------
// Other partners, 2019–2026
// ---------------------------------------------------------------------------------------

// 2019 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-UZ-2019-ICIC',
    title: T(
      'Agreement on the International Centre for Industrial Cooperation “Central Asia”',
      'Соглашение о Международном центре промышленной кооперации «Центральная Азия»',
    ),
    type: 'agreement',
    signedOn: '2019-04-15',
    place: 'Tashkent',
    parties: [KZ_GOV, UZ_GOV],
    spheres: ['investment', 'trade_economic', 'transport_logistics'],
    legalStatus: 'in_force',
    url: 'https://adilet.zan.kz/eng',
  },
  [
    c(
      '3',
      'investment',
      T(
        'Allocate and demarcate land for the Centre on both sides of the border',
        'Выделение и демаркация земель Центра по обе стороны границы',
      ),
      {
        responsible: ['Akimat of Turkistan Region'],
        due: '2021-12-31',
        status: DONE,
      },
    ),
    c(
      '5',
      'transport_logistics',
      T('Build the Centre’s border-crossing infrastructure', 'Строительство пограничной инфраструктуры Центра'),
      {
        responsible: [REVENUE, BORDER, KAZAKH_INVEST],
        due: '2024-12-31',
        status: IP,
        progress: 75,
        updates: [
          u('2022-10-03', IP, 30, 'Design documentation approved.', 'Утверждена проектная документация.'),
          u('2024-06-21', IP, 60, 'Checkpoint building erected.', 'Возведено здание пункта пропуска.'),
          u(
            '2026-05-15',
            IP,
            75,
            'Utility networks delayed by the contractor.',
            'Подрядчик задерживает инженерные сети.',
          ),
        ],
      },
    ),
    c(
      '7',
      'trade_economic',
      T(
        'Special customs and tax regime for residents of the Centre',
        'Специальный таможенный и налоговый режим для участников Центра',
      ),
      {
        responsible: [NATIONAL_ECONOMY],
        due: '2022-06-30',
        status: DONE,
      },
    ),
    c('9', 'investment', T('Attract 30 resident companies', 'Привлечение 30 компаний-участников'), {
      responsible: [KAZAKH_INVEST],
      due: '2026-12-31',
      status: IP,
      progress: 40,
    }),
    c('12', 'other', T('Joint administration of the Centre', 'Совместное управление Центром'), {
      responsible: ['Board of the International Centre for Industrial Cooperation “Central Asia”'],
      recurrence: 'standing',
      status: ON,
    }),
  ],
)

agreement(
  {
    id: 'KZ-KR-2019-FW',
    title: T(
      'Joint programme of economic cooperation “Fresh Wind”',
      'Совместная программа экономического сотрудничества «Свежий ветер»',
    ),
    type: 'roadmap',
    signedOn: '2019-04-22',
    place: 'Nur-Sultan',
    parties: [KZ_GOV, KR_GOV],
    spheres: ['health', 'digitalization', 'energy', 'agriculture', 'finance'],
    legalStatus: 'expired',
    validUntil: '2022-12-31',
  },
  [
    c(
      '1',
      'health',
      T('Joint hospital projects and e-health', 'Совместные больничные проекты и электронное здравоохранение'),
      {
        responsible: [HEALTH],
        due: '2022-12-31',
        status: DONE,
      },
    ),
    c('2', 'digitalization', T('Cooperation in e-government', 'Сотрудничество в области электронного правительства'), {
      responsible: [DIGITAL],
      due: '2021-12-31',
      status: DONE,
    }),
    c('3', 'energy', T('Modernization of thermal power plants', 'Модернизация тепловых электростанций'), {
      responsible: [ENERGY],
      due: '2022-12-31',
      status: CANC,
      updates: [
        u('2020-09-01', IP, 10, 'Feasibility study started.', 'Начато ТЭО.'),
        u('2021-11-30', CANC, null, 'Korean investor withdrew.', 'Корейский инвестор вышел из проекта.'),
      ],
    }),
    c('4', 'agriculture', T('Smart-farm pilot projects', 'Пилотные проекты «умных ферм»'), {
      responsible: [AGRI],
      due: '2022-12-31',
      status: NI,
    }),
    c(
      '5',
      'finance',
      T('Financing of joint projects by Korea Eximbank', 'Финансирование совместных проектов Эксимбанком Кореи'),
      {
        owedBy: 'partner',
        responsible: [NATIONAL_ECONOMY],
        due: '2022-12-31',
        status: SUSP,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-KG-2019-CITY',
    title: T(
      'Memorandum of cooperation between the cities of Almaty and Bishkek',
      'Меморандум о сотрудничестве между городами Алматы и Бишкек',
    ),
    type: 'memorandum',
    signedOn: '2019-11-26',
    place: 'Almaty',
    parties: [
      party(T('Akimat of the city of Almaty', 'Акимат города Алматы'), 'KZ', 'city'),
      party(T('Bishkek City Hall', 'Мэрия города Бишкек'), 'KG', 'city'),
    ],
    spheres: ['transport_logistics', 'cultural_humanitarian', 'ecology'],
  },
  [
    c(
      '1',
      'transport_logistics',
      T(
        'Modernize the intercity bus link Almaty – Bishkek',
        'Модернизация междугороднего автобусного сообщения Алматы – Бишкек',
      ),
      {
        responsible: ['Akimat of Almaty'],
        due: '2021-12-31',
        status: DONE,
      },
    ),
    c(
      '2',
      'cultural_humanitarian',
      T('Days of Almaty in Bishkek and of Bishkek in Almaty', 'Дни Алматы в Бишкеке и Бишкека в Алматы'),
      {
        responsible: ['Akimat of Almaty'],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c('3', 'ecology', T('Exchange of air-quality monitoring data', 'Обмен данными мониторинга качества воздуха'), {
      responsible: ['Akimat of Almaty', 'Kazhydromet'],
      due: '2021-12-31',
      status: NI,
    }),
    c(
      '4',
      'tourism',
      T('Joint two-city tour “Almaty – Bishkek – Issyk-Kul”', 'Совместный тур «Алматы – Бишкек – Иссык-Куль»'),
      {
        responsible: ['Almaty City Tourism Department'],
        due: '2020-06-30',
        status: DONE,
      },
    ),
  ],
)

// 2020 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-CN-2020-PHYTO',
    title: T(
      'Protocol on phytosanitary requirements for the export of barley from Kazakhstan to China',
      'Протокол о фитосанитарных требованиях к экспорту ячменя из Казахстана в Китай',
    ),
    type: 'protocol',
    signedOn: '2020-09-10',
    place: 'Nur-Sultan – Beijing (by videoconference)',
    parties: [
      KZ_AGRI,
      party(
        T('General Administration of Customs of the People’s Republic of China', 'Главное таможенное управление КНР'),
        'CN',
        'agency',
      ),
    ],
    spheres: ['agriculture'],
    legalStatus: 'in_force',
  },
  [
    c('2', 'agriculture', T('Register of exporters and storage facilities', 'Реестр экспортёров и мест хранения'), {
      owedBy: 'home',
      responsible: ['Committee of State Inspection in the Agro-Industrial Complex of Kazakhstan'],
      due: '2020-12-31',
      status: DONE,
    }),
    c(
      '4',
      'agriculture',
      T('Laboratory testing of shipments for quarantine pests', 'Лабораторный контроль партий на карантинные объекты'),
      {
        owedBy: 'home',
        responsible: ['Republican Phytosanitary Diagnostics Centre'],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '6',
      'agriculture',
      T('Extend the protocol to oilseeds and alfalfa', 'Распространение протокола на масличные культуры и люцерну'),
      {
        responsible: [AGRI],
        due: '2025-12-31',
        status: IP,
        progress: 50,
        updates: [
          u(
            '2023-04-11',
            IP,
            20,
            'Pest risk analysis requested by the Chinese side.',
            'Китайская сторона запросила анализ фитосанитарного риска.',
          ),
          u(
            '2025-07-17',
            IP,
            50,
            'Alfalfa protocol agreed; oilseeds still under review.',
            'Протокол по люцерне согласован; масличные ещё рассматриваются.',
          ),
        ],
      },
    ),
    c(
      '7',
      'agriculture',
      T('Annual review of export volumes and non-compliances', 'Ежегодный обзор объёмов экспорта и несоответствий'),
      {
        responsible: [AGRI],
        recurrence: 'annual',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-DE-2020-GIZ',
    title: T(
      'Agreement on technical cooperation “Green economy and vocational education”',
      'Соглашение о техническом сотрудничестве «Зелёная экономика и профессиональное образование»',
    ),
    type: 'agreement',
    signedOn: '2020-02-27',
    place: 'Berlin',
    parties: [
      KZ_GOV,
      party(
        T(
          'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)',
          'Германское общество по международному сотрудничеству (GIZ)',
        ),
        'DE',
        'organization',
      ),
    ],
    spheres: ['education', 'ecology', 'energy'],
    legalStatus: 'expired',
    validUntil: '2025-12-31',
  },
  [
    c(
      '2.1',
      'education',
      T('Pilot dual vocational training in ten colleges', 'Пилотное дуальное профобучение в десяти колледжах'),
      {
        responsible: [EDUCATION],
        due: '2023-06-30',
        status: DONE,
        updates: [
          u(
            '2021-09-01',
            IP,
            40,
            'Four colleges started dual programmes.',
            'Четыре колледжа начали дуальные программы.',
          ),
          u('2022-09-01', IP, 80, 'Eight colleges enrolled.', 'Подключены восемь колледжей.'),
          u(
            '2023-06-20',
            DONE,
            100,
            'All ten colleges graduated their first cohort.',
            'Все десять колледжей выпустили первый набор.',
          ),
        ],
      },
    ),
    c(
      '2.2',
      'ecology',
      T('Energy-efficiency retrofits of public buildings', 'Энергоэффективная модернизация общественных зданий'),
      {
        responsible: [KZ_INDUSTRY.name.en],
        due: '2024-12-31',
        status: DONE,
      },
    ),
    c(
      '2.3',
      'energy',
      T(
        'Capacity building for renewable-energy auctions',
        'Повышение потенциала для аукционов возобновляемой энергетики',
      ),
      {
        owedBy: 'partner',
        responsible: [ENERGY],
        due: '2022-12-31',
        status: DONE,
      },
    ),
    c('2.4', 'other', T('Final evaluation of the programme', 'Итоговая оценка программы'), {
      owedBy: 'partner',
      due: '2026-03-31',
      status: NI,
    }),
  ],
)

// 2021 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-KG-2021-TRADE',
    title: T(
      'Roadmap for increasing mutual trade between Kazakhstan and Kyrgyzstan',
      'Дорожная карта по увеличению взаимного товарооборота между Казахстаном и Кыргызстаном',
    ),
    type: 'roadmap',
    signedOn: '2021-05-26',
    place: 'Bishkek',
    parties: [KZ_GOV, KG_GOV],
    spheres: ['trade_economic', 'agriculture', 'energy'],
    legalStatus: 'expired',
    validUntil: '2025-12-31',
  },
  [
    c(
      '1',
      'trade_economic',
      T('Remove barriers to mutual trade within the EAEU', 'Устранение барьеров во взаимной торговле в рамках ЕАЭС'),
      {
        responsible: [TRADE],
        due: '2022-12-31',
        status: DONE,
      },
    ),
    c('2', 'trade_economic', T('Trade and logistics centre at the border', 'Торгово-логистический центр на границе'), {
      responsible: [TRADE, 'Akimat of Zhambyl Region'],
      due: '2023-12-31',
      status: CANC,
      updates: [
        u(
          '2022-06-15',
          IP,
          15,
          'Site chosen near the Karasu checkpoint.',
          'Выбрана площадка у пункта пропуска «Карасу».',
        ),
        u(
          '2023-09-01',
          CANC,
          null,
          'Investor withdrew; function transferred to the border modernization protocol.',
          'Инвестор вышел; функции переданы протоколу о модернизации пунктов пропуска.',
        ),
      ],
    }),
    c(
      '3',
      'trade_economic',
      T(
        'Industrial cooperation projects in assembly production',
        'Проекты промышленной кооперации в сборочном производстве',
      ),
      {
        responsible: [KZ_INDUSTRY.name.en],
        due: '2025-12-31',
        status: DONE,
      },
    ),
    c(
      '4',
      'agriculture',
      T(
        'Joint wholesale distribution centre for fruit and vegetables',
        'Совместный оптово-распределительный центр плодоовощной продукции',
      ),
      {
        responsible: [AGRI],
        due: '2024-06-30',
        status: SUSP,
      },
    ),
    c(
      '5',
      'energy',
      T(
        'Joint water-and-energy project on the Naryn cascade',
        'Совместный водно-энергетический проект на Нарынском каскаде',
      ),
      {
        countries: ['KG', 'UZ'],
        responsible: [ENERGY],
        due: '2027-12-31',
        status: IP,
        progress: 35,
        updates: [
          u(
            '2023-01-06',
            IP,
            10,
            'Trilateral agreement with Uzbekistan on the project company.',
            'Трёхстороннее соглашение с Узбекистаном о проектной компании.',
          ),
          u(
            '2024-06-03',
            IP,
            25,
            'Feasibility study financed by the World Bank.',
            'ТЭО финансируется Всемирным банком.',
          ),
          u(
            '2026-06-10',
            IP,
            35,
            'Investment agreement under negotiation.',
            'Инвестиционное соглашение на стадии переговоров.',
          ),
        ],
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-UZ-2021-WATER',
    title: T(
      'Protocol of the joint working group on the use of transboundary water resources',
      'Протокол совместной рабочей группы по использованию трансграничных водных ресурсов',
    ),
    type: 'protocol',
    signedOn: '2021-03-11',
    place: 'Turkistan',
    parties: [
      party(
        T(
          'Committee for Water Resources of the Republic of Kazakhstan',
          'Комитет по водным ресурсам Республики Казахстан',
        ),
        'KZ',
        'agency',
      ),
      party(
        T(
          'Ministry of Water Resources of the Republic of Uzbekistan',
          'Министерство водного хозяйства Республики Узбекистан',
        ),
        'UZ',
        'ministry',
      ),
    ],
    spheres: ['water', 'ecology'],
  },
  [
    c(
      '1',
      'water',
      T(
        'Agree the water release schedule of the Syr Darya for the growing season',
        'Согласование графика попусков воды по Сырдарье на вегетационный период',
      ),
      {
        countries: ['UZ', 'KG', 'TJ'],
        responsible: [WATER],
        recurrence: 'annual',
        status: ON,
        updates: [
          u('2025-03-20', ON, null, '2025 schedule agreed.', 'График на 2025 год согласован.'),
          u(
            '2026-03-26',
            ON,
            null,
            '2026 schedule agreed after a dry winter.',
            'График на 2026 год согласован после малоснежной зимы.',
          ),
        ],
      },
    ),
    c('2', 'water', T('Automate gauging stations on the Syr Darya', 'Автоматизация гидропостов на Сырдарье'), {
      responsible: [WATER, 'Kazhydromet'],
      due: '2024-12-31',
      status: IP,
      progress: 55,
    }),
    c(
      '3',
      'water',
      T(
        'Joint reconstruction of the Dostyk interstate canal',
        'Совместная реконструкция межгосударственного канала «Достык»',
      ),
      {
        responsible: [WATER],
        due: '2024-10-31',
        status: DONE,
        updates: [
          u('2022-05-05', IP, 30, 'Design agreed.', 'Проект согласован.'),
          u(
            '2023-10-20',
            IP,
            70,
            'Main works completed on the Kazakh section.',
            'Основные работы на казахстанском участке завершены.',
          ),
          u('2024-09-30', DONE, 100, 'Canal accepted by the joint commission.', 'Канал принят совместной комиссией.'),
        ],
      },
    ),
    c(
      '4',
      'ecology',
      T('Afforestation of the dried bed of the Aral Sea', 'Лесонасаждения на осушенном дне Аральского моря'),
      {
        responsible: [ECOLOGY],
        recurrence: 'standing',
        status: ON,
      },
    ),
  ],
)

// 2022 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-UZ-2022-ALLIED',
    title: T(
      'Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan',
      'Договор о союзнических отношениях между Республикой Казахстан и Республикой Узбекистан',
    ),
    type: 'treaty',
    signedOn: '2022-12-22',
    place: 'Tashkent',
    parties: [KZ_STATE, UZ_STATE],
    spheres: ['political', 'security', 'trade_economic', 'cultural_humanitarian', 'regional'],
    legalStatus: 'in_force',
    url: 'https://www.akorda.kz/en',
  },
  [
    c(
      '3',
      'political',
      T('Meetings of the Supreme Interstate Council', 'Заседания Высшего межгосударственного совета'),
      {
        responsible: [MFA],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '7',
      'security',
      T(
        'Joint plan on border security and countering cross-border crime',
        'Совместный план по безопасности границы и противодействию трансграничной преступности',
      ),
      {
        responsible: [BORDER],
        due: '2025-12-31',
        status: DONE,
      },
    ),
    c(
      '9',
      'trade_economic',
      T('Increase mutual trade to USD 10 billion', 'Доведение взаимного товарооборота до 10 млрд долларов США'),
      {
        responsible: [TRADE],
        due: '2030-12-31',
        status: IP,
        progress: 55,
        updates: [
          u(
            '2024-02-15',
            IP,
            40,
            'Trade in 2023 reached a record level (illustrative).',
            'Товарооборот 2023 года достиг рекордного уровня (условно).',
          ),
          u(
            '2026-02-12',
            IP,
            55,
            'Steady growth in 2025; new joint ventures registered.',
            'Устойчивый рост в 2025 году; зарегистрированы новые совместные предприятия.',
          ),
        ],
      },
    ),
    c(
      '11',
      'transport_logistics',
      T('New railway line Darbaza – Maktaaral', 'Новая железнодорожная линия Дарбаза – Мактаарал'),
      {
        responsible: [TRANSPORT, KTZ],
        due: '2027-12-31',
        status: IP,
        progress: 45,
        updates: [
          u('2024-03-06', IP, 15, 'Construction started.', 'Начато строительство.'),
          u(
            '2025-10-14',
            IP,
            45,
            'Earthworks on the main section finished.',
            'Завершены земляные работы на основном участке.',
          ),
        ],
      },
    ),
    c('14', 'cultural_humanitarian', T('Cross years of culture', 'Перекрёстные годы культуры'), {
      responsible: [CULTURE],
      due: '2024-12-31',
      status: DONE,
    }),
    c(
      '18',
      'regional',
      T(
        'Joint promotion of the Consultative Meetings of the Heads of State of Central Asia',
        'Совместное продвижение Консультативных встреч глав государств Центральной Азии',
      ),
      {
        countries: ['UZ', 'KG', 'TJ', 'TM'],
        responsible: [MFA],
        recurrence: 'standing',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-TR-2022-ESP',
    title: T(
      'Joint Statement on enhanced strategic partnership between Kazakhstan and Türkiye',
      'Совместное заявление о расширенном стратегическом партнёрстве между Казахстаном и Турцией',
    ),
    type: 'joint_statement',
    signedOn: '2022-05-10',
    place: 'Ankara',
    parties: [KZ_STATE, TR_STATE],
    spheres: ['political', 'trade_economic', 'security', 'education'],
  },
  [
    c(
      '2',
      'political',
      T(
        'Meetings of the High-Level Strategic Cooperation Council',
        'Заседания Совета стратегического сотрудничества высшего уровня',
      ),
      {
        responsible: [MFA],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '5',
      'trade_economic',
      T('Increase mutual trade to USD 10 billion', 'Доведение взаимного товарооборота до 10 млрд долларов США'),
      {
        responsible: [TRADE],
        due: '2027-12-31',
        status: IP,
        progress: 60,
      },
    ),
    c(
      '8',
      'security',
      T('Joint production in the defence industry', 'Совместное производство в оборонной промышленности'),
      {
        responsible: [KZ_INDUSTRY.name.en, 'Kazakhstan Engineering National Company'],
        due: '2024-12-31',
        status: NI,
      },
    ),
    c(
      '11',
      'education',
      T(
        'Support of the Khoja Akhmet Yassawi International Kazakh-Turkish University',
        'Поддержка Международного казахско-турецкого университета имени Ходжи Ахмеда Ясави',
      ),
      {
        responsible: [SCIENCE],
        recurrence: 'standing',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-AZ-2022-TITR',
    title: T(
      'Roadmap for the development of the Trans-Caspian International Transport Route for 2022–2027',
      'Дорожная карта по развитию Транскаспийского международного транспортного маршрута на 2022–2027 годы',
    ),
    type: 'roadmap',
    signedOn: '2022-11-25',
    place: 'Aktau',
    parties: [
      KZ_TRANSPORT,
      party(
        T(
          'Ministry of Digital Development and Transport of the Republic of Azerbaijan',
          'Министерство цифрового развития и транспорта Азербайджанской Республики',
        ),
        'AZ',
        'ministry',
      ),
    ],
    spheres: ['transport_logistics', 'digitalization'],
    legalStatus: 'in_force',
    validUntil: '2027-12-31',
  },
  [
    c('1.2', 'transport_logistics', T('Single through tariffs on the route', 'Единые сквозные тарифы на маршруте'), {
      countries: ['AZ', 'GE', 'TR'],
      responsible: [KTZ],
      due: '2023-12-31',
      status: DONE,
    }),
    c(
      '2.1',
      'transport_logistics',
      T('Expand the Caspian ferry and container fleet', 'Расширение паромного и контейнерного флота на Каспии'),
      {
        responsible: [TRANSPORT, 'Kazmortransflot'],
        due: '2026-12-31',
        status: IP,
        progress: 50,
        updates: [
          u('2023-08-10', IP, 20, 'Two container feeder vessels ordered.', 'Заказаны два контейнерных фидерных судна.'),
          u('2025-10-06', IP, 50, 'First vessel delivered.', 'Поставлено первое судно.'),
        ],
      },
    ),
    c(
      '3.4',
      'digitalization',
      T(
        'Digital cargo tracking and single window along the route',
        'Цифровое отслеживание грузов и «единое окно» на маршруте',
      ),
      {
        countries: ['AZ', 'GE'],
        responsible: [TRANSPORT, KTZ],
        due: '2025-06-30',
        status: IP,
        progress: 70,
        updates: [
          u(
            '2023-12-14',
            IP,
            35,
            'Data exchange agreed between railways.',
            'Железные дороги согласовали обмен данными.',
          ),
          u(
            '2025-11-28',
            IP,
            70,
            'Platform in test operation; Georgian segment not yet connected.',
            'Платформа в опытной эксплуатации; грузинский участок ещё не подключён.',
          ),
        ],
      },
    ),
    c(
      '4.1',
      'transport_logistics',
      T(
        'Joint logistics company of the national railways',
        'Совместная логистическая компания национальных железных дорог',
      ),
      {
        countries: ['AZ', 'GE'],
        responsible: [KTZ],
        due: '2023-12-31',
        status: DONE,
      },
    ),
  ],
)

// 2023 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-KG-2023-BORDER',
    title: T(
      'Protocol on the modernization of road border crossing points',
      'Протокол о модернизации автомобильных пунктов пропуска через границу',
    ),
    type: 'protocol',
    signedOn: '2023-06-08',
    place: 'Astana',
    parties: [
      party(
        T(
          'State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan',
          'Комитет государственных доходов Министерства финансов Республики Казахстан',
        ),
        'KZ',
        'agency',
      ),
      party(
        T('State Customs Service of the Kyrgyz Republic', 'Государственная таможенная служба Кыргызской Республики'),
        'KG',
        'agency',
      ),
    ],
    spheres: ['transport_logistics', 'digitalization', 'trade_economic'],
  },
  [
    c(
      '1',
      'transport_logistics',
      T('Reconstruction of the Karasu – Ak-Tilek crossing', 'Реконструкция пункта пропуска «Карасу – Ак-Тилек»'),
      {
        responsible: [REVENUE],
        due: '2025-12-31',
        status: IP,
        progress: 80,
        updates: [
          u('2024-04-02', IP, 40, 'Construction started.', 'Начато строительство.'),
          u('2025-09-15', IP, 70, 'Inspection lanes built.', 'Построены досмотровые полосы.'),
          u('2026-07-01', IP, 80, 'Commissioning moved to 2027.', 'Ввод в эксплуатацию перенесён на 2027 год.'),
        ],
      },
    ),
    c(
      '2',
      'digitalization',
      T('Electronic queue for trucks at crossings', 'Электронная очередь для грузовиков на пунктах пропуска'),
      {
        responsible: [REVENUE],
        due: '2024-06-30',
        status: DONE,
      },
    ),
    c(
      '3',
      'trade_economic',
      T('Round-the-clock operation of the main crossings', 'Круглосуточный режим работы основных пунктов пропуска'),
      {
        responsible: [REVENUE, BORDER],
        due: '2023-12-31',
        status: DONE,
      },
    ),
    c(
      '4',
      'trade_economic',
      T('Exchange of pre-arrival customs information', 'Обмен предварительной таможенной информацией'),
      {
        responsible: [REVENUE],
        due: '2026-06-30',
        status: SUSP,
        updates: [
          u('2024-05-16', IP, 20, 'Data formats compared.', 'Проведено сравнение форматов данных.'),
          u(
            '2025-12-09',
            SUSP,
            20,
            'Suspended until the EAEU-wide transit system is launched.',
            'Приостановлено до запуска единой транзитной системы ЕАЭС.',
          ),
        ],
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-CN-2023-XIAN',
    title: T(
      'Contract on the operation of the Kazakh terminal at the Xi’an dry port',
      'Контракт об эксплуатации казахстанского терминала в сухом порту Сиань',
    ),
    type: 'contract',
    signedOn: '2023-05-18',
    place: 'Xi’an',
    event: T('China – Central Asia Summit', 'Саммит «Китай – Центральная Азия»'),
    parties: [
      party(
        T('Kazakhstan Temir Zholy National Company', 'Национальная компания «Қазақстан темір жолы»'),
        'KZ',
        'company',
      ),
      party(
        T(
          'Xi’an International Inland Port Investment and Development Group',
          'Группа по инвестициям и развитию международного сухого порта Сиань',
        ),
        'CN',
        'company',
      ),
    ],
    spheres: ['transport_logistics', 'trade_economic', 'digitalization'],
    legalStatus: 'in_force',
    validUntil: '2033-05-17',
  },
  [
    c('2.1', 'transport_logistics', T('Build the KTZ terminal in Xi’an', 'Строительство терминала КТЖ в Сиане'), {
      owedBy: 'home',
      responsible: [KTZ],
      due: '2024-06-30',
      status: DONE,
      updates: [
        u('2023-09-05', IP, 40, 'Foundation laid.', 'Заложен фундамент.'),
        u('2024-03-29', DONE, 100, 'Terminal opened.', 'Терминал открыт.'),
      ],
    }),
    c(
      '2.3',
      'transport_logistics',
      T(
        'Regular container train schedule Xi’an – Dostyk/Altynkol',
        'Регулярное расписание контейнерных поездов Сиань – Достык/Алтынколь',
      ),
      {
        responsible: [KTZ],
        recurrence: 'standing',
        status: ON,
      },
    ),
    c(
      '3.1',
      'trade_economic',
      T(
        'Reach the agreed annual terminal throughput',
        'Выход на согласованную годовую пропускную способность терминала',
      ),
      {
        responsible: [KTZ],
        due: '2026-12-31',
        status: IP,
        progress: 70,
      },
    ),
    c(
      '4.2',
      'digitalization',
      T('Electronic data interchange between the railways', 'Электронный обмен данными между железными дорогами'),
      {
        responsible: [KTZ],
        due: '2025-12-31',
        status: DONE,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-AE-2023-WIND',
    title: T(
      'Agreement on the implementation of a 1 GW wind power project',
      'Соглашение о реализации проекта ветровой электростанции мощностью 1 ГВт',
    ),
    type: 'contract',
    signedOn: '2023-09-01',
    place: 'Astana',
    parties: [
      KZ_ENERGY,
      party(
        T('Abu Dhabi Future Energy Company (Masdar)', 'Компания Abu Dhabi Future Energy (Masdar)'),
        'AE',
        'company',
      ),
    ],
    spheres: ['energy', 'investment'],
    legalStatus: 'in_force',
  },
  [
    c('1', 'energy', T('Site selection and wind measurement campaign', 'Выбор площадки и ветроизмерения'), {
      owedBy: 'partner',
      responsible: [ENERGY],
      due: '2024-09-30',
      status: DONE,
    }),
    c('2', 'investment', T('Power purchase agreement', 'Договор на покупку электроэнергии'), {
      responsible: [ENERGY, 'Financial Settlement Centre for Renewable Energy'],
      due: '2025-06-30',
      status: DONE,
      updates: [
        u('2024-11-20', IP, 60, 'Tariff agreed.', 'Тариф согласован.'),
        u('2025-05-27', DONE, 100, 'Power purchase agreement signed.', 'Договор на покупку электроэнергии подписан.'),
      ],
    }),
    c(
      '3',
      'energy',
      T('Construction and commissioning of the wind farm', 'Строительство и ввод ветровой электростанции'),
      {
        owedBy: 'partner',
        responsible: [ENERGY],
        due: '2027-12-31',
        status: IP,
        progress: 25,
      },
    ),
    c(
      '5',
      'education',
      T(
        'Training of local staff for wind-farm operation',
        'Подготовка местного персонала для эксплуатации ветровой электростанции',
      ),
      {
        owedBy: 'partner',
        responsible: [ENERGY, EDUCATION],
        due: '2027-06-30',
        status: NS,
      },
    ),
  ],
)

// 2024 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-KR-2024-CRM',
    title: T(
      'Memorandum of understanding on a supply-chain partnership for critical minerals',
      'Меморандум о взаимопонимании по партнёрству в цепочках поставок критических минералов',
    ),
    type: 'memorandum',
    signedOn: '2024-06-12',
    place: 'Astana',
    parties: [
      KZ_INDUSTRY,
      party(
        T(
          'Ministry of Trade, Industry and Energy of the Republic of Korea',
          'Министерство торговли, промышленности и энергетики Республики Корея',
        ),
        'KR',
        'ministry',
      ),
    ],
    spheres: ['investment', 'scientific_technical', 'trade_economic', 'education'],
  },
  [
    c(
      '2',
      'investment',
      T(
        'Joint exploration projects for rare and rare-earth metals',
        'Совместные геологоразведочные проекты по редким и редкоземельным металлам',
      ),
      {
        responsible: [KZ_INDUSTRY.name.en, 'National Geological Survey of Kazakhstan'],
        due: '2027-12-31',
        status: IP,
        progress: 30,
        updates: [
          u(
            '2025-03-12',
            IP,
            15,
            'Two licence areas offered to Korean companies.',
            'Корейским компаниям предложены два лицензионных участка.',
          ),
          u(
            '2026-04-08',
            IP,
            30,
            'Joint venture registered for one area.',
            'По одному участку зарегистрировано совместное предприятие.',
          ),
        ],
      },
    ),
    c(
      '3',
      'scientific_technical',
      T(
        'Joint research centre on critical minerals processing',
        'Совместный исследовательский центр по переработке критических минералов',
      ),
      {
        responsible: [SCIENCE],
        due: '2026-06-30',
        status: NS,
      },
    ),
    c('4', 'trade_economic', T('Long-term offtake agreements', 'Долгосрочные соглашения о закупке продукции'), {
      owedBy: 'partner',
      responsible: [KZ_INDUSTRY.name.en],
      due: '2026-12-31',
      status: NI,
    }),
    c(
      '5',
      'education',
      T(
        'Training of Kazakh geologists and metallurgists in Korea',
        'Подготовка казахстанских геологов и металлургов в Корее',
      ),
      {
        owedBy: 'partner',
        responsible: [SCIENCE],
        due: '2025-12-31',
        status: DONE,
      },
    ),
  ],
)

// 2025 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-TR-2025-UNI',
    title: T(
      'Memorandum on joint university campuses and academic mobility',
      'Меморандум о совместных университетских кампусах и академической мобильности',
    ),
    type: 'memorandum',
    signedOn: '2025-02-20',
    place: 'Ankara',
    parties: [
      KZ_SCIENCE,
      party(
        T(
          'Council of Higher Education of the Republic of Türkiye (YÖK)',
          'Совет по высшему образованию Турецкой Республики (YÖK)',
        ),
        'TR',
        'agency',
      ),
    ],
    spheres: ['education', 'scientific_technical'],
  },
  [
    c(
      '1',
      'education',
      T(
        'Open a branch campus of a Turkish university in Kazakhstan',
        'Открытие филиала турецкого университета в Казахстане',
      ),
      {
        owedBy: 'partner',
        responsible: [SCIENCE],
        due: '2026-09-01',
        status: DONE,
        updates: [
          u('2025-07-30', IP, 40, 'Licence application filed.', 'Подана заявка на лицензию.'),
          u('2026-08-28', DONE, 100, 'Campus admitted its first students.', 'Кампус принял первых студентов.'),
        ],
      },
    ),
    c(
      '2',
      'scientific_technical',
      T('Joint research grants in engineering', 'Совместные исследовательские гранты в инженерных науках'),
      {
        responsible: [SCIENCE],
        due: '2027-06-30',
        status: NS,
      },
    ),
    c(
      '3',
      'education',
      T('Academic mobility of students and teachers', 'Академическая мобильность студентов и преподавателей'),
      {
        responsible: [SCIENCE],
        recurrence: 'annual',
        status: ON,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-AE-2025-AI',
    title: T(
      'Memorandum of understanding on cooperation in artificial intelligence and data centres',
      'Меморандум о взаимопонимании по сотрудничеству в сфере искусственного интеллекта и центров обработки данных',
    ),
    type: 'memorandum',
    signedOn: '2025-04-24',
    place: 'Abu Dhabi',
    parties: [
      KZ_DIGITAL,
      party(
        T(
          'Artificial Intelligence, Digital Economy and Remote Work Applications Office of the UAE',
          'Офис по искусственному интеллекту, цифровой экономике и удалённой работе ОАЭ',
        ),
        'AE',
        'agency',
      ),
    ],
    spheres: ['artificial_intelligence', 'digitalization', 'education'],
  },
  [
    c(
      '1',
      'artificial_intelligence',
      T(
        'Joint high-performance computing cluster for AI',
        'Совместный высокопроизводительный вычислительный кластер для ИИ',
      ),
      {
        responsible: [DIGITAL],
        due: '2026-06-30',
        status: DONE,
        updates: [
          u('2025-09-19', IP, 50, 'Equipment delivered to Astana.', 'Оборудование доставлено в Астану.'),
          u('2026-06-05', DONE, 100, 'Cluster in operation.', 'Кластер введён в эксплуатацию.'),
        ],
      },
    ),
    c(
      '2',
      'artificial_intelligence',
      T(
        'AI talent programme for Kazakh engineers',
        'Программа подготовки специалистов по ИИ для казахстанских инженеров',
      ),
      {
        owedBy: 'partner',
        responsible: [DIGITAL],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '3',
      'digitalization',
      T(
        'Investment in a hyperscale data centre in Kazakhstan',
        'Инвестиции в гипермасштабный центр обработки данных в Казахстане',
      ),
      {
        owedBy: 'partner',
        responsible: [DIGITAL, KAZAKH_INVEST],
        due: '2027-12-31',
        status: IP,
        progress: 20,
      },
    ),
    c(
      '4',
      'artificial_intelligence',
      T(
        'Kazakh-language large language model: joint evaluation',
        'Большая языковая модель на казахском языке: совместная оценка',
      ),
      {
        responsible: [DIGITAL],
        due: '2026-03-31',
        status: CANC,
      },
    ),
  ],
)

// 2026 ----------------------------------------------------------------------------------

agreement(
  {
    id: 'KZ-DE-2026-RAW',
    title: T(
      'Memorandum on the partnership in raw materials, batteries and green hydrogen',
      'Меморандум о партнёрстве в сфере сырья, аккумуляторов и зелёного водорода',
    ),
    type: 'memorandum',
    signedOn: '2026-03-18',
    place: 'Berlin',
    parties: [
      KZ_INDUSTRY,
      party(
        T(
          'Federal Ministry for Economic Affairs and Energy of Germany',
          'Федеральное министерство экономики и энергетики Германии',
        ),
        'DE',
        'ministry',
      ),
    ],
    spheres: ['energy', 'investment', 'ecology'],
  },
  [
    c('1', 'energy', T('Joint task force on green hydrogen', 'Совместная рабочая группа по зелёному водороду'), {
      responsible: [ENERGY],
      due: '2026-09-30',
      status: DONE,
    }),
    c(
      '2',
      'investment',
      T(
        'Pipeline of German investment projects in battery materials',
        'Портфель германских инвестиционных проектов в материалах для аккумуляторов',
      ),
      {
        owedBy: 'partner',
        responsible: [KAZAKH_INVEST],
        due: '2027-03-31',
        status: IP,
        progress: 15,
      },
    ),
    c(
      '3',
      'ecology',
      T(
        'Environmental and social standards for new mining projects',
        'Экологические и социальные стандарты для новых горнорудных проектов',
      ),
      {
        responsible: [ECOLOGY],
        due: '2027-06-30',
        status: NS,
      },
    ),
    c(
      '4',
      'investment',
      T('Export credit guarantees for equipment supplies', 'Экспортные кредитные гарантии на поставки оборудования'),
      {
        owedBy: 'partner',
        responsible: [NATIONAL_ECONOMY],
        due: '2027-03-31',
        status: NS,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-JP-2026-JICA',
    title: T(
      'Record of discussions on technical cooperation in disaster risk reduction and health',
      'Протокол переговоров о техническом сотрудничестве в снижении риска бедствий и здравоохранении',
    ),
    type: 'protocol',
    signedOn: '2026-05-14',
    place: 'Astana',
    parties: [
      KZ_GOV,
      party(
        T('Japan International Cooperation Agency (JICA)', 'Японское агентство международного сотрудничества (JICA)'),
        'JP',
        'organization',
      ),
    ],
    spheres: ['security', 'health', 'scientific_technical'],
    legalStatus: 'signed',
  },
  [
    c('1', 'security', T('Seismic risk assessment for Almaty', 'Оценка сейсмического риска для Алматы'), {
      owedBy: 'partner',
      responsible: [EMERGENCY, 'Akimat of Almaty'],
      due: '2027-12-31',
      status: IP,
      progress: 10,
    }),
    c(
      '2',
      'health',
      T('Training of emergency-medicine specialists in Japan', 'Обучение специалистов экстренной медицины в Японии'),
      {
        owedBy: 'partner',
        responsible: [HEALTH],
        recurrence: 'annual',
        status: ON,
      },
    ),
    c(
      '3',
      'scientific_technical',
      T(
        'Early-warning research with Japanese universities',
        'Исследования по раннему оповещению с японскими университетами',
      ),
      {
        responsible: [SCIENCE],
        due: '2028-03-31',
        status: NS,
      },
    ),
    c(
      '4',
      'health',
      T('Equipment grant for emergency hospitals in Almaty', 'Грант на оборудование для больниц скорой помощи Алматы'),
      {
        owedBy: 'partner',
        responsible: [HEALTH, 'Akimat of Almaty'],
        due: '2027-12-31',
        status: IP,
        progress: 20,
      },
    ),
  ],
)

agreement(
  {
    id: 'KZ-CN-2026-TRADE',
    title: T(
      'Action plan on trade, economic and investment cooperation for 2026–2030',
      'План действий по торгово-экономическому и инвестиционному сотрудничеству на 2026–2030 годы',
    ),
    type: 'action_plan',
    signedOn: '2026-06-17',
    place: 'Astana',
    parties: [KZ_GOV, CN_GOV],
    spheres: ['trade_economic', 'investment', 'agriculture', 'transport_logistics'],
    legalStatus: 'signed',
    validUntil: '2030-12-31',
  },
  [
    c(
      '1',
      'trade_economic',
      T(
        'Expand e-commerce and cross-border trade zones',
        'Расширение электронной торговли и зон трансграничной торговли',
      ),
      {
        responsible: [TRADE],
        due: '2027-12-31',
        status: IP,
        progress: 10,
      },
    ),
    c(
      '2',
      'investment',
      T('Joint list of priority industrial projects', 'Совместный перечень приоритетных промышленных проектов'),
      {
        responsible: [KAZAKH_INVEST, KZ_INDUSTRY.name.en],
        due: '2026-12-31',
        status: IP,
        progress: 40,
      },
    ),
    c(
      '3',
      'agriculture',
      T(
        'Access of Kazakh beef and poultry to the Chinese market',
        'Доступ казахстанской говядины и мяса птицы на китайский рынок',
      ),
      {
        responsible: [AGRI],
        due: '2027-06-30',
        status: NS,
      },
    ),
    c(
      '4',
      'transport_logistics',
      T(
        'Third railway crossing at the Kazakhstan–China border',
        'Третий железнодорожный переход на казахстанско-китайской границе',
      ),
      {
        responsible: [TRANSPORT, KTZ],
        due: '2027-12-31',
        status: IP,
        progress: 35,
      },
    ),
  ],
)

// ---------------------------------------------------------------------------------------
// The snapshot
// ---------------------------------------------------------------------------------------

const snapshot = {
  format: 'cooperation-snapshot',
  version: 1,
  snapshot: {
    id: 'sample-kz-2026',
    asOf: AS_OF,
    title: T(
      'Sample data (illustrative): follow-up of Kazakhstan’s cooperation agreements, 2019–2026',
      'Демонстрационные данные (условные): исполнение договорённостей Казахстана о сотрудничестве, 2019–2026',
      {
        kk: 'Демонстрациялық деректер (шартты): Қазақстанның ынтымақтастық туралы уағдаластықтарының орындалуы, 2019–2026',
      },
    ),
    publisher: 'Ministry of Foreign Affairs of the Republic of Kazakhstan (illustrative sample)',
    homeCountry: 'KZ',
    language: 'en',
  },
  spheres: [{ id: 'water', name: T('Water resources', 'Водные ресурсы', { kk: 'Су ресурстары' }) }],
  agreements,
  commitments,
}

// ---------------------------------------------------------------------------------------
// Refuse to write a file that the dashboard would reject or warn about
// ---------------------------------------------------------------------------------------

function selfCheck(s) {
  const problems = []
  const isDate = (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(v) &&
    new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v
  const agreementsById = new Map()
  for (const a of s.agreements) {
    if (agreementsById.has(a.id)) problems.push(`duplicate agreement ${a.id}`)
    agreementsById.set(a.id, a)
    for (const d of [a.signedOn, a.validUntil].filter(Boolean)) if (!isDate(d)) problems.push(`${a.id}: bad date ${d}`)
    for (const p of a.parties)
      if (p.region && !p.region.startsWith(`${p.country}-`))
        problems.push(`${a.id}: region ${p.region} not in ${p.country}`)
  }
  const seen = new Set()
  for (const cm of s.commitments) {
    if (seen.has(cm.id)) problems.push(`duplicate commitment ${cm.id}`)
    seen.add(cm.id)
    const a = agreementsById.get(cm.agreementId)
    if (!a) problems.push(`${cm.id}: no agreement`)
    if (cm.due && (!isDate(cm.due) || (a && cm.due < a.signedOn))) problems.push(`${cm.id}: due ${cm.due}`)
    if (cm.status === DONE && cm.progress !== 100) problems.push(`${cm.id}: completed below 100`)
    if (cm.updates) {
      const dates = cm.updates.map((x) => x.date)
      if (dates.some((d, i) => !isDate(d) || d > s.snapshot.asOf || (a && d < a.signedOn) || (i && d <= dates[i - 1])))
        problems.push(`${cm.id}: update dates`)
      if (cm.updates.at(-1).status !== cm.status) problems.push(`${cm.id}: latest update status`)
      if (cm.updates.some((x) => x.status === DONE && x.progress !== 100))
        problems.push(`${cm.id}: completed update below 100`)
    }
  }
  if (problems.length) throw new Error(`sample data is not clean:\n  ${problems.join('\n  ')}`)
}

selfCheck(snapshot)
mkdirSync(dirname(OUT), { recursive: true })
writeFileSync(OUT, `${JSON.stringify(snapshot, null, 1)}\n`, 'utf8')
console.log(`wrote ${OUT}: ${agreements.length} agreements, ${commitments.length} commitments`)
