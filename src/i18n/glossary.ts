/**
 * The one glossary of the project's domain terms, in the four interface languages. The UI's
 * message files take their vocabulary blocks from here (status, sphere, agreementType, …), so
 * the screen, the deck, the pictures and the data files all name a term the same way; a later
 * spreadsheet import reads names back to ids with `termId`. Plain TS, no Vue: the worker can
 * import it.
 *
 * Wording is the one ministries use in their reports (ru «исполнено», «в работе», «не начато»;
 * kk «орындалды», «орындалуда»; mn «хэрэгжсэн», «хэрэгжиж байна»). Each term is written once,
 * with its four names side by side, so adding a term means adding one entry here.
 */
export const LANGUAGES = ['en', 'ru', 'kk', 'mn'] as const
export type Language = (typeof LANGUAGES)[number]

type Names = Readonly<Record<Language, string>>
const n = (en: string, ru: string, kk: string, mn: string): Names => ({ en, ru, kk, mn })

export const GLOSSARY = {
  /** Commitment statuses (format page, "Status"). */
  status: {
    not_started: n('Not started', 'Не начато', 'Басталмаған', 'Эхлээгүй'),
    in_progress: n('In progress', 'В работе', 'Орындалуда', 'Хэрэгжиж байна'),
    ongoing: n('Ongoing', 'На постоянном исполнении', 'Тұрақты орындалуда', 'Байнга хэрэгжиж байна'),
    completed: n('Completed', 'Исполнено', 'Орындалды', 'Хэрэгжсэн'),
    suspended: n('Suspended', 'Приостановлено', 'Тоқтатыла тұр', 'Түр зогсоосон'),
    cancelled: n('Cancelled', 'Отменено', 'Күші жойылды', 'Цуцалсан'),
    no_information: n('No information', 'Нет информации', 'Ақпарат жоқ', 'Мэдээлэл байхгүй'),
  },
  /** A commitment past its due date and still open. */
  flag: {
    overdue: n('Overdue', 'Просрочено', 'Мерзімі өткен', 'Хугацаа хэтэрсэн'),
  },
  /** Built-in spheres of cooperation. */
  sphere: {
    political: n('Political', 'Политика', 'Саясат', 'Улс төр'),
    interparliamentary: n(
      'Inter-parliamentary',
      'Межпарламентские связи',
      'Парламентаралық байланыс',
      'Парламент хоорондын харилцаа',
    ),
    trade_economic: n('Trade and economic', 'Торговля и экономика', 'Сауда және экономика', 'Худалдаа, эдийн засаг'),
    investment: n('Investment', 'Инвестиции', 'Инвестициялар', 'Хөрөнгө оруулалт'),
    finance: n('Finance', 'Финансы', 'Қаржы', 'Санхүү'),
    scientific_technical: n(
      'Science and technology',
      'Наука и техника',
      'Ғылым және техника',
      'Шинжлэх ухаан, технологи',
    ),
    education: n('Education', 'Образование', 'Білім беру', 'Боловсрол'),
    cultural_humanitarian: n(
      'Culture and humanitarian',
      'Культурно-гуманитарная сфера',
      'Мәдени-гуманитарлық сала',
      'Соёл, хүмүүнлэгийн салбар',
    ),
    tourism: n('Tourism', 'Туризм', 'Туризм', 'Аялал жуулчлал'),
    digitalization: n('Digitalization', 'Цифровизация', 'Цифрландыру', 'Цахим хөгжил'),
    innovation: n('Innovation', 'Инновации', 'Инновациялар', 'Инноваци'),
    artificial_intelligence: n(
      'Artificial intelligence',
      'Искусственный интеллект',
      'Жасанды интеллект',
      'Хиймэл оюун ухаан',
    ),
    ecology: n('Ecology', 'Экология', 'Экология', 'Байгаль орчин'),
    agriculture: n('Agriculture', 'Сельское хозяйство', 'Ауыл шаруашылығы', 'Хөдөө аж ахуй'),
    energy: n('Energy', 'Энергетика', 'Энергетика', 'Эрчим хүч'),
    transport_logistics: n(
      'Transport and logistics',
      'Транспорт и логистика',
      'Көлік және логистика',
      'Тээвэр, ложистик',
    ),
    health: n('Health', 'Здравоохранение', 'Денсаулық сақтау', 'Эрүүл мэнд'),
    security: n('Security', 'Безопасность', 'Қауіпсіздік', 'Аюулгүй байдал'),
    regional: n(
      'Interregional',
      'Межрегиональное сотрудничество',
      'Өңіраралық ынтымақтастық',
      'Бүс нутаг хоорондын хамтын ажиллагаа',
    ),
    space: n('Space', 'Космос', 'Ғарыш', 'Сансар судлал'),
    other: n('Other', 'Прочее', 'Басқа', 'Бусад'),
  },
  agreementType: {
    memorandum: n('Memorandum', 'Меморандум', 'Меморандум', 'Санамж бичиг'),
    agreement: n('Agreement', 'Соглашение', 'Келісім', 'Хэлэлцээр'),
    treaty: n('Treaty', 'Договор', 'Шарт', 'Гэрээ'),
    protocol: n('Protocol', 'Протокол', 'Хаттама', 'Протокол'),
    roadmap: n('Roadmap', 'Дорожная карта', 'Жол картасы', 'Замын зураг'),
    action_plan: n('Action plan', 'План действий', 'Іс-қимыл жоспары', 'Үйл ажиллагааны төлөвлөгөө'),
    joint_statement: n('Joint statement', 'Совместное заявление', 'Бірлескен мәлімдеме', 'Хамтарсан мэдэгдэл'),
    twinning: n('Twinning', 'Побратимство', 'Бауырластық', 'Ах дүүгийн харилцаа'),
    contract: n('Contract', 'Контракт', 'Келісімшарт', 'Контракт'),
    other: n('Other', 'Прочее', 'Басқа', 'Бусад'),
  },
  partyKind: {
    state: n('State', 'Государство', 'Мемлекет', 'Улс'),
    government: n('Government', 'Правительство', 'Үкімет', 'Засгийн газар'),
    parliament: n('Parliament', 'Парламент', 'Парламент', 'Парламент'),
    ministry: n('Ministry', 'Министерство', 'Министрлік', 'Яам'),
    agency: n('Agency', 'Ведомство', 'Ведомство', 'Агентлаг'),
    region: n('Region', 'Регион', 'Өңір', 'Бүс нутаг'),
    city: n('City', 'Город', 'Қала', 'Хот'),
    company: n('Company', 'Компания', 'Компания', 'Компани'),
    organization: n('Organization', 'Организация', 'Ұйым', 'Байгууллага'),
    other: n('Other', 'Прочее', 'Басқа', 'Бусад'),
  },
  /** Which side must deliver a commitment. */
  owedBy: {
    home: n('Our side', 'Наша сторона', 'Біздің тарап', 'Манай тал'),
    partner: n('Partner side', 'Сторона партнёра', 'Серіктес тарап', 'Түнш тал'),
    joint: n('Both sides', 'Обе стороны', 'Екі тарап', 'Хоёр тал'),
  },
  legalStatus: {
    signed: n('Signed', 'Подписано', 'Қол қойылды', 'Гарын үсэг зурсан'),
    in_force: n('In force', 'Вступило в силу', 'Күшіне енді', 'Хүчин төгөлдөр'),
    expired: n('Expired', 'Срок действия истёк', 'Қолданылу мерзімі өтті', 'Хугацаа дууссан'),
    terminated: n('Terminated', 'Прекращено', 'Қолданылуы тоқтатылды', 'Цуцлагдсан'),
    suspended: n('Suspended', 'Приостановлено', 'Тоқтатыла тұр', 'Түр зогсоосон'),
  },
  recurrence: {
    once: n('once', 'однократно', 'бір реттік', 'нэг удаа'),
    annual: n('every year', 'ежегодно', 'жыл сайын', 'жил бүр'),
    standing: n('standing', 'постоянно', 'тұрақты', 'байнга'),
  },
  /** The headline numbers of the dashboard and the deck. */
  kpi: {
    agreements: n('Agreements', 'Соглашения', 'Келісімдер', 'Гэрээ, хэлэлцээр'),
    commitments: n('Commitments', 'Обязательства', 'Міндеттемелер', 'Үүрэг'),
    completed: n('Completed', 'Исполнено', 'Орындалды', 'Хэрэгжсэн'),
    completionRate: n('Completion rate', 'Уровень исполнения', 'Орындалу деңгейі', 'Хэрэгжилтийн хувь'),
    overdue: n('Overdue', 'Просрочено', 'Мерзімі өткен', 'Хугацаа хэтэрсэн'),
  },
  /** Classes of a commitment when two reports are compared (format page, "Comparing two snapshots"). */
  comparison: {
    new: n('New', 'Новые', 'Жаңа', 'Шинэ'),
    removed: n('Removed', 'Исключены', 'Алынып тасталды', 'Хасагдсан'),
    status_changed: n('Status changed', 'Изменился статус', 'Мәртебесі өзгерді', 'Төлөв өөрчлөгдсөн'),
    completed: n('Completed', 'Исполнены', 'Орындалды', 'Хэрэгжсэн'),
    reopened: n('Reopened', 'Возобновлены', 'Қайта ашылды', 'Дахин нээгдсэн'),
    started: n('Started', 'Начато исполнение', 'Орындау басталды', 'Хэрэгжилт эхэлсэн'),
    stopped: n('Stopped', 'Приостановлены или отменены', 'Тоқтатылды немесе күші жойылды', 'Зогсоосон эсвэл цуцалсан'),
    reporting_lost: n(
      'Reporting lost',
      'Нет информации об исполнении',
      'Орындалуы туралы ақпарат жоқ',
      'Хэрэгжилтийн мэдээлэл ирээгүй',
    ),
    became_overdue: n('Became overdue', 'Стали просроченными', 'Мерзімі өтіп кетті', 'Хугацаа хэтэрсэн болсон'),
    no_longer_overdue: n(
      'No longer overdue',
      'Больше не просрочены',
      'Мерзімі өткендер қатарынан шықты',
      'Хугацаа хэтрэлтгүй болсон',
    ),
    due_moved: n('Due date moved', 'Перенесён срок', 'Мерзімі ауыстырылды', 'Хугацаа өөрчлөгдсөн'),
    progress_changed: n('Progress changed', 'Изменился ход исполнения', 'Орындалу барысы өзгерді', 'Явц өөрчлөгдсөн'),
    unchanged: n('Unchanged', 'Без изменений', 'Өзгеріссіз', 'Өөрчлөлтгүй'),
  },
  /**
   * The sheets of the spreadsheet form (format page, "Spreadsheet form"): the template names them
   * in the UI language, and an import accepts the field name or any of the four names.
   */
  sheet: {
    snapshot: n('Snapshot', 'Сведения', 'Мәліметтер', 'Мэдээлэл'),
    agreements: n('Agreements', 'Соглашения', 'Келісімдер', 'Гэрээ хэлэлцээр'),
    parties: n('Parties', 'Стороны', 'Тараптар', 'Талууд'),
    commitments: n('Commitments', 'Обязательства', 'Міндеттемелер', 'Үүрэг'),
    updates: n('Updates', 'Ход исполнения', 'Орындалу барысы', 'Явцын мэдээ'),
    spheres: n('Spheres', 'Сферы', 'Салалар', 'Салбарууд'),
    instructions: n('Instructions', 'Инструкция', 'Нұсқаулық', 'Заавар'),
    lists: n('Lists', 'Списки', 'Тізімдер', 'Жагсаалт'),
  },
  /** The column headers of the spreadsheet form, one per field of the format (names unique within a language). */
  sheetField: {
    field: n('Field', 'Поле', 'Өріс', 'Талбар'),
    value: n('Value', 'Значение', 'Мәні', 'Утга'),
    id: n('ID', 'Идентификатор', 'Идентификатор', 'Дугаар'),
    asOf: n('As of', 'По состоянию на', 'Жағдай бойынша', 'Тайлангийн огноо'),
    title: n('Title', 'Название', 'Атауы', 'Нэр'),
    publisher: n('Publisher', 'Издатель', 'Жариялаушы', 'Нийтлэгч'),
    homeCountry: n('Home country', 'Своя страна', 'Өз елі', 'Өөрийн улс'),
    language: n('Language', 'Язык', 'Тіл', 'Хэл'),
    name: n('Name', 'Наименование', 'Атаулы', 'Нэршил'),
    type: n('Type', 'Тип', 'Түрі', 'Төрөл'),
    signedOn: n('Signed on', 'Дата подписания', 'Қол қойылған күні', 'Гарын үсэг зурсан огноо'),
    place: n('Place', 'Место подписания', 'Қол қойылған жері', 'Гарын үсэг зурсан газар'),
    event: n('Occasion', 'Мероприятие', 'Іс-шара', 'Арга хэмжээ'),
    spheres: n('Spheres', 'Сферы', 'Салалар', 'Салбарууд'),
    legalStatus: n('Legal status', 'Правовой статус', 'Құқықтық мәртебесі', 'Эрх зүйн байдал'),
    validUntil: n('Valid until', 'Действует до', 'Қолданылу мерзімі', 'Хүчинтэй хугацаа'),
    url: n('Source document (URL)', 'Ссылка на документ', 'Құжатқа сілтеме', 'Баримтын холбоос'),
    agreementId: n('Agreement ID', 'Идентификатор соглашения', 'Келісім идентификаторы', 'Гэрээний дугаар'),
    country: n('Country', 'Страна', 'Ел', 'Улс'),
    kind: n('Party kind', 'Вид стороны', 'Тарап түрі', 'Талын төрөл'),
    region: n('Region code', 'Код региона', 'Өңір коды', 'Бүс нутгийн код'),
    text: n('Text of the clause', 'Текст положения', 'Ереже мәтіні', 'Заалтын текст'),
    clause: n('Clause', 'Пункт', 'Тармақ', 'Заалт'),
    sphere: n('Sphere', 'Сфера', 'Сала', 'Салбар'),
    countries: n('Partner countries', 'Страны-партнёры', 'Серіктес елдер', 'Түнш улсууд'),
    owedBy: n('Owed by', 'Исполняющая сторона', 'Орындаушы тарап', 'Хэрэгжүүлэх тал'),
    responsible: n('Responsible', 'Ответственные', 'Жауаптылар', 'Хариуцагч'),
    due: n('Due', 'Срок', 'Мерзімі', 'Хугацаа'),
    recurrence: n('Recurrence', 'Периодичность', 'Кезеңділігі', 'Давтамж'),
    status: n('Status', 'Статус', 'Мәртебесі', 'Төлөв'),
    progress: n('Progress, %', 'Исполнение, %', 'Орындалуы, %', 'Явц, %'),
    commitmentId: n('Commitment ID', 'Идентификатор обязательства', 'Міндеттеме идентификаторы', 'Үүргийн дугаар'),
    date: n('Date', 'Дата', 'Күні', 'Огноо'),
    note: n('Note', 'Примечание', 'Ескерту', 'Тэмдэглэл'),
  },
} as const satisfies Record<string, Record<string, Names>>

export type Glossary = typeof GLOSSARY
export type TermGroup = keyof Glossary
export type TermId<G extends TermGroup> = keyof Glossary[G] & string

/** The name of a term in a language; a regional tag (`ru-KZ`) uses its base language, an unknown one English. */
export function termName<G extends TermGroup>(group: G, id: TermId<G>, language: string): string {
  const names = GLOSSARY[group][id] as Names
  return names[baseLanguage(language)]
}

/** Every group in one language: `{ status: { completed: 'Исполнено', … }, … }`, for the message files. */
export function termsIn(language: Language): { [G in TermGroup]: { [K in TermId<G>]: string } } {
  return Object.fromEntries(
    Object.entries(GLOSSARY).map(([group, terms]) => [
      group,
      Object.fromEntries(Object.entries(terms).map(([id, names]) => [id, (names as Names)[language]])),
    ]),
  ) as { [G in TermGroup]: { [K in TermId<G>]: string } }
}

/**
 * The id of a term named in any of the four languages (case, spacing and ё/е do not matter),
 * or the id itself; undefined when nothing matches. For reading names back, e.g. from a workbook.
 */
export function termId<G extends TermGroup>(group: G, name: string): TermId<G> | undefined {
  const wanted = normalize(name)
  for (const [id, names] of Object.entries(GLOSSARY[group]) as [TermId<G>, Names][]) {
    if (normalize(id) === wanted || LANGUAGES.some((l) => normalize(names[l]) === wanted)) return id
  }
  return undefined
}

function normalize(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

/** `ru-KZ` → `ru`; anything not one of the four → `en`. */
export function baseLanguage(tag: string): Language {
  const base = tag.toLowerCase().split(/[-_]/)[0]
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en'
}
