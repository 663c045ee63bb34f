// Kazakh and Mongolian names for the sample's own title, its agreements and their parties, keyed by
// the English text; build-sample.mjs merges them into every T(en, ru) it writes. A language given
// in place (T(en, ru, { kk })) wins over this table.
export const KK_MN = {
  'Sample data (illustrative): follow-up of Kazakhstan’s cooperation agreements, 2019–2026': {
    mn: 'Жишээ мэдээлэл (нөхцөлт): Казахстаны хамтын ажиллагааны гэрээ, хэлэлцээрийн хэрэгжилт, 2019–2026',
  },
  'Water resources': { mn: 'Усны нөөц' },
  'Majilis of the Parliament of the Republic of Kazakhstan': {
    mn: 'Бүгд Найрамдах Казахстан Улсын Парламентын Мажилис',
  },
  'State Great Khural of Mongolia': { kk: 'Моңғолияның Мемлекеттік Ұлы Хуралы' },
  'East Kazakhstan Region': { mn: 'Зүүн Казахстан муж' },
  'Khovd Province': { kk: 'Ховд аймағы' },
  'Republic of Kazakhstan': { mn: 'Бүгд Найрамдах Казахстан Улс' },
  'Action Plan on trade and economic cooperation for 2025–2027': {
    kk: '2025–2027 жылдарға арналған сауда-экономикалық ынтымақтастық жөніндегі іс-қимыл жоспары',
  },
  'Government of the Republic of Kazakhstan': { mn: 'Бүгд Найрамдах Казахстан Улсын Засгийн газар' },
  'Government of Mongolia': { kk: 'Моңғолия Үкіметі' },
  'Agreement between the Governments on international road transport': {
    kk: 'Халықаралық автомобиль қатынасы туралы үкіметаралық келісім',
  },
  'Agreement between the Ministries of Agriculture on cooperation in veterinary medicine': {
    kk: 'Ветеринария саласындағы ынтымақтастық туралы ауыл шаруашылығы министрліктері арасындағы келісім',
    mn: 'Мал эмнэлгийн салбарт хамтран ажиллах тухай хөдөө аж ахуйн яам хоорондын хэлэлцээр',
  },
  'Ministry of Agriculture of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Ауыл шаруашылығы министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Хөдөө аж ахуйн яам',
  },
  'Ministry of Food, Agriculture and Light Industry of Mongolia': {
    kk: 'Моңғолияның Азық-түлік, ауыл шаруашылығы және жеңіл өнеркәсіп министрлігі',
    mn: 'Монгол Улсын Хүнс, хөдөө аж ахуй, хөнгөн үйлдвэрийн яам',
  },
  'Agreement on cooperation in education and science': {
    kk: 'Білім және ғылым саласындағы ынтымақтастық туралы келісім',
  },
  'Ministry of Science and Higher Education of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Ғылым және жоғары білім министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Шинжлэх ухаан, дээд боловсролын яам',
  },
  'Ministry of Education of Mongolia': {
    kk: 'Моңғолияның Білім министрлігі',
    mn: 'Монгол Улсын Боловсролын яам',
  },
  'Programme of cooperation in culture for 2025–2027': {
    kk: '2025–2027 жылдарға арналған мәдениет саласындағы ынтымақтастық бағдарламасы',
    mn: 'Соёлын салбарт 2025–2027 онд хамтран ажиллах хөтөлбөр',
  },
  'Ministry of Culture and Information of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Мәдениет және ақпарат министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Соёл, мэдээллийн яам',
  },
  'Ministry of Culture, Sports, Tourism and Youth of Mongolia': {
    kk: 'Моңғолияның Мәдениет, спорт, туризм және жастар министрлігі',
    mn: 'Монгол Улсын Соёл, спорт, аялал жуулчлал, залуучуудын яам',
  },
  'Memorandum of understanding on cooperation in tourism': {
    kk: 'Туризм саласындағы ынтымақтастық туралы өзара түсіністік меморандумы',
    mn: 'Аялал жуулчлалын салбарт хамтран ажиллах тухай харилцан ойлголцлын санамж бичиг',
  },
  'Ministry of Tourism and Sports of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Туризм және спорт министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Аялал жуулчлал, спортын яам',
  },
  'Memorandum of understanding on cooperation in health care': {
    kk: 'Денсаулық сақтау саласындағы ынтымақтастық туралы өзара түсіністік меморандумы',
    mn: 'Эрүүл мэндийн салбарт хамтран ажиллах тухай харилцан ойлголцлын санамж бичиг',
  },
  'Ministry of Health of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Денсаулық сақтау министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Эрүүл мэндийн яам',
  },
  'Ministry of Health of Mongolia': {
    kk: 'Моңғолияның Денсаулық сақтау министрлігі',
    mn: 'Монгол Улсын Эрүүл мэндийн яам',
  },
  'Memorandum on cooperation in digital development, innovation and space activities': {
    kk: 'Цифрлық даму, инновациялар және ғарыш қызметі саласындағы ынтымақтастық туралы меморандум',
    mn: 'Цахим хөгжил, инноваци, сансрын үйл ажиллагааны салбарт хамтран ажиллах тухай санамж бичиг',
  },
  'Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Цахим хөгжил, инноваци, агаар сансрын үйлдвэрлэлийн яам',
  },
  'Ministry of Digital Development, Innovation and Communications of Mongolia': {
    kk: 'Моңғолияның Цифрлық даму, инновациялар және коммуникациялар министрлігі',
    mn: 'Монгол Улсын Цахим хөгжил, инноваци, харилцаа холбооны яам',
  },
  'Agreement on cooperation in the prevention and elimination of emergencies': {
    kk: 'Төтенше жағдайлардың алдын алу және оларды жою саласындағы ынтымақтастық туралы келісім',
    mn: 'Онцгой байдлаас урьдчилан сэргийлэх, түүнийг арилгах чиглэлээр хамтран ажиллах тухай хэлэлцээр',
  },
  'Programme of cooperation between the Ministries of Foreign Affairs for 2025–2026': {
    kk: 'Сыртқы істер министрліктері арасындағы 2025–2026 жылдарға арналған ынтымақтастық бағдарламасы',
  },
  'Ministry of Foreign Affairs of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Гадаад хэргийн яам',
  },
  'Ministry of Foreign Affairs of Mongolia': { kk: 'Моңғолияның Сыртқы істер министрлігі' },
  'Protocol of the meeting of the Kazakhstan–Mongolia Intergovernmental Commission on trade, economic, scientific, technical and cultural cooperation':
    {
      kk: 'Сауда-экономикалық, ғылыми-техникалық және мәдени ынтымақтастық жөніндегі қазақстан-моңғол үкіметаралық комиссиясы отырысының хаттамасы',
      mn: 'Худалдаа, эдийн засаг, шинжлэх ухаан, техник, соёлын хамтын ажиллагааны Казахстан-Монголын Засгийн газар хоорондын комиссын хуралдааны протокол',
    },
  'Agreement on the International Centre for Industrial Cooperation “Central Asia”': {
    kk: '«Орталық Азия» халықаралық өнеркәсіптік кооперация орталығы туралы келісім',
    mn: '«Төв Ази» олон улсын үйлдвэрлэлийн кооперацийн төвийн тухай хэлэлцээр',
  },
  'Government of the Republic of Uzbekistan': {
    kk: 'Өзбекстан Республикасының Үкіметі',
    mn: 'Бүгд Найрамдах Узбекистан Улсын Засгийн газар',
  },
  'Joint programme of economic cooperation “Fresh Wind”': {
    kk: '«Жаңа леп» экономикалық ынтымақтастықтың бірлескен бағдарламасы',
    mn: '«Шинэ салхи» эдийн засгийн хамтын ажиллагааны хамтарсан хөтөлбөр',
  },
  'Government of the Republic of Korea': {
    kk: 'Корея Республикасының Үкіметі',
    mn: 'Бүгд Найрамдах Солонгос Улсын Засгийн газар',
  },
  'Memorandum of cooperation between the cities of Almaty and Bishkek': {
    kk: 'Алматы және Бішкек қалалары арасындағы ынтымақтастық туралы меморандум',
    mn: 'Алматы, Бишкек хотын хоорондын хамтын ажиллагааны санамж бичиг',
  },
  'Akimat of the city of Almaty': { kk: 'Алматы қаласының әкімдігі', mn: 'Алматы хотын Акимат' },
  'Bishkek City Hall': { kk: 'Бішкек қаласының мэриясы', mn: 'Бишкек хотын захиргаа' },
  'Protocol on phytosanitary requirements for the export of barley from Kazakhstan to China': {
    kk: 'Қазақстаннан Қытайға арпа экспорттауға қойылатын фитосанитариялық талаптар туралы хаттама',
    mn: 'Казахстанаас Хятад руу арвай экспортлоход тавих ургамлын хорио цээрийн шаардлагын тухай протокол',
  },
  'General Administration of Customs of the People’s Republic of China': {
    kk: 'Қытай Халық Республикасының Бас кеден басқармасы',
    mn: 'Бүгд Найрамдах Хятад Ард Улсын Гаалийн ерөнхий газар',
  },
  'Agreement on technical cooperation “Green economy and vocational education”': {
    kk: '«Жасыл экономика және кәсіптік білім беру» техникалық ынтымақтастық туралы келісім',
    mn: '«Ногоон эдийн засаг ба мэргэжлийн боловсрол» техникийн хамтын ажиллагааны хэлэлцээр',
  },
  'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)': {
    kk: 'Германияның Халықаралық ынтымақтастық қоғамы (GIZ)',
    mn: 'Германы Олон улсын хамтын ажиллагааны нийгэмлэг (GIZ)',
  },
  'Roadmap for increasing mutual trade between Kazakhstan and Kyrgyzstan': {
    kk: 'Қазақстан мен Қырғызстан арасындағы өзара тауар айналымын ұлғайту жөніндегі жол картасы',
    mn: 'Казахстан, Киргиз хоёрын харилцан худалдааг нэмэгдүүлэх замын зураг',
  },
  'Cabinet of Ministers of the Kyrgyz Republic': {
    kk: 'Қырғыз Республикасының Министрлер Кабинеті',
    mn: 'Киргиз Улсын Сайд нарын кабинет',
  },
  'Protocol of the joint working group on the use of transboundary water resources': {
    kk: 'Трансшекаралық су ресурстарын пайдалану жөніндегі бірлескен жұмыс тобының хаттамасы',
    mn: 'Хил дамнасан усны нөөц ашиглах хамтарсан ажлын хэсгийн протокол',
  },
  'Committee for Water Resources of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Су ресурстары комитеті',
    mn: 'Бүгд Найрамдах Казахстан Улсын Усны нөөцийн хороо',
  },
  'Ministry of Water Resources of the Republic of Uzbekistan': {
    kk: 'Өзбекстан Республикасының Су шаруашылығы министрлігі',
    mn: 'Бүгд Найрамдах Узбекистан Улсын Усны аж ахуйн яам',
  },
  'Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan': {
    kk: 'Қазақстан Республикасы мен Өзбекстан Республикасы арасындағы одақтастық қатынастар туралы шарт',
    mn: 'Бүгд Найрамдах Казахстан Улс, Бүгд Найрамдах Узбекистан Улсын хоорондын холбоотны харилцааны тухай гэрээ',
  },
  'Republic of Uzbekistan': { kk: 'Өзбекстан Республикасы', mn: 'Бүгд Найрамдах Узбекистан Улс' },
  'Joint Statement on enhanced strategic partnership between Kazakhstan and Türkiye': {
    kk: 'Қазақстан мен Түркия арасындағы кеңейтілген стратегиялық әріптестік туралы бірлескен мәлімдеме',
    mn: 'Казахстан, Турк хоёрын өргөтгөсөн стратегийн түншлэлийн тухай хамтарсан мэдэгдэл',
  },
  'Republic of Türkiye': { kk: 'Түркия Республикасы', mn: 'Бүгд Найрамдах Турк Улс' },
  'Roadmap for the development of the Trans-Caspian International Transport Route for 2022–2027': {
    kk: '2022–2027 жылдарға арналған Транскаспий халықаралық көлік бағытын дамыту жөніндегі жол картасы',
    mn: 'Каспийг дамнасан олон улсын тээврийн маршрутыг 2022–2027 онд хөгжүүлэх замын зураг',
  },
  'Ministry of Transport of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Көлік министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Тээврийн яам',
  },
  'Ministry of Digital Development and Transport of the Republic of Azerbaijan': {
    kk: 'Әзербайжан Республикасының Цифрлық даму және көлік министрлігі',
    mn: 'Бүгд Найрамдах Азербайжан Улсын Цахим хөгжил, тээврийн яам',
  },
  'Protocol on the modernization of road border crossing points': {
    kk: 'Автомобиль өткізу пункттерін жаңғырту туралы хаттама',
    mn: 'Авто замын хилийн боомтуудыг шинэчлэх тухай протокол',
  },
  'State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті',
    mn: 'Бүгд Найрамдах Казахстан Улсын Сангийн яамны Төрийн орлогын хороо',
  },
  'State Customs Service of the Kyrgyz Republic': {
    kk: 'Қырғыз Республикасының Мемлекеттік кеден қызметі',
    mn: 'Киргиз Улсын Гаалийн төрийн алба',
  },
  'Contract on the operation of the Kazakh terminal at the Xi’an dry port': {
    kk: 'Сиань құрғақ портындағы қазақстандық терминалды пайдалану туралы келісімшарт',
    mn: 'Сиань хотын хуурай боомт дахь Казахстаны терминалыг ашиглах тухай контракт',
  },
  'China – Central Asia Summit': {
    kk: '«Қытай – Орталық Азия» саммиті',
    mn: '«Хятад – Төв Ази» дээд хэмжээний уулзалт',
  },
  'Kazakhstan Temir Zholy National Company': {
    kk: '«Қазақстан темір жолы» ұлттық компаниясы',
    mn: '«Қазақстан темір жолы» үндэсний компани',
  },
  'Xi’an International Inland Port Investment and Development Group': {
    kk: 'Сиань халықаралық құрғақ портының инвестициялар және даму тобы',
    mn: 'Сианийн олон улсын хуурай боомтын хөрөнгө оруулалт, хөгжлийн групп',
  },
  'Agreement on the implementation of a 1 GW wind power project': {
    kk: 'Қуаты 1 ГВт жел электр станциясы жобасын іске асыру туралы келісім',
    mn: '1 ГВт хүчин чадалтай салхин цахилгаан станцын төслийг хэрэгжүүлэх тухай хэлэлцээр',
  },
  'Ministry of Energy of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Энергетика министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Эрчим хүчний яам',
  },
  'Abu Dhabi Future Energy Company (Masdar)': {
    kk: 'Abu Dhabi Future Energy компаниясы (Masdar)',
    mn: 'Abu Dhabi Future Energy компани (Masdar)',
  },
  'Memorandum of understanding on a supply-chain partnership for critical minerals': {
    kk: 'Сыни маңызы бар минералдарды жеткізу тізбектеріндегі әріптестік туралы өзара түсіністік меморандумы',
    mn: 'Чухал ашигт малтмалын нийлүүлэлтийн сүлжээний түншлэлийн тухай харилцан ойлголцлын санамж бичиг',
  },
  'Ministry of Industry and Construction of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі',
    mn: 'Бүгд Найрамдах Казахстан Улсын Аж үйлдвэр, барилгын яам',
  },
  'Ministry of Trade, Industry and Energy of the Republic of Korea': {
    kk: 'Корея Республикасының Сауда, өнеркәсіп және энергетика министрлігі',
    mn: 'Бүгд Найрамдах Солонгос Улсын Худалдаа, аж үйлдвэр, эрчим хүчний яам',
  },
  'Memorandum on joint university campuses and academic mobility': {
    kk: 'Бірлескен университет кампустары және академиялық ұтқырлық туралы меморандум',
    mn: 'Их сургуулийн хамтарсан кампус, эрдэм шинжилгээний солилцооны тухай санамж бичиг',
  },
  'Council of Higher Education of the Republic of Türkiye (YÖK)': {
    kk: 'Түркия Республикасының Жоғары білім кеңесі (YÖK)',
    mn: 'Бүгд Найрамдах Турк Улсын Дээд боловсролын зөвлөл (YÖK)',
  },
  'Memorandum of understanding on cooperation in artificial intelligence and data centres': {
    kk: 'Жасанды интеллект және деректер орталықтары саласындағы ынтымақтастық туралы өзара түсіністік меморандумы',
    mn: 'Хиймэл оюун ухаан, өгөгдлийн төвийн салбарт хамтран ажиллах тухай харилцан ойлголцлын санамж бичиг',
  },
  'Artificial Intelligence, Digital Economy and Remote Work Applications Office of the UAE': {
    kk: 'БАӘ-нің Жасанды интеллект, цифрлық экономика және қашықтан жұмыс істеу кеңсесі',
    mn: 'АНЭУ-ын Хиймэл оюун ухаан, дижитал эдийн засаг, зайн ажлын газар',
  },
  'Memorandum on the partnership in raw materials, batteries and green hydrogen': {
    kk: 'Шикізат, аккумуляторлар және жасыл сутегі саласындағы әріптестік туралы меморандум',
    mn: 'Түүхий эд, батерей, ногоон устөрөгчийн салбарын түншлэлийн тухай санамж бичиг',
  },
  'Federal Ministry for Economic Affairs and Energy of Germany': {
    kk: 'Германияның Федералдық экономика және энергетика министрлігі',
    mn: 'Холбооны Бүгд Найрамдах Герман Улсын Эдийн засаг, эрчим хүчний холбооны яам',
  },
  'Record of discussions on technical cooperation in disaster risk reduction and health': {
    kk: 'Апат қаупін азайту және денсаулық сақтау саласындағы техникалық ынтымақтастық жөніндегі келіссөздер хаттамасы',
    mn: 'Гамшгийн эрсдэлийг бууруулах, эрүүл мэндийн салбарын техникийн хамтын ажиллагааны хэлэлцээний тэмдэглэл',
  },
  'Japan International Cooperation Agency (JICA)': {
    kk: 'Жапонияның Халықаралық ынтымақтастық агенттігі (JICA)',
    mn: 'Японы Олон улсын хамтын ажиллагааны агентлаг (JICA)',
  },
  'Action plan on trade, economic and investment cooperation for 2026–2030': {
    kk: '2026–2030 жылдарға арналған сауда-экономикалық және инвестициялық ынтымақтастық жөніндегі іс-қимыл жоспары',
    mn: '2026–2030 оны худалдаа, эдийн засаг, хөрөнгө оруулалтын хамтын ажиллагааны үйл ажиллагааны төлөвлөгөө',
  },
  "Government of the People's Republic of China": {
    kk: 'Қытай Халық Республикасының Үкіметі',
    mn: 'Бүгд Найрамдах Хятад Ард Улсын Засгийн газар',
  },
}
