/** Выгрузкалардың қазақша мәтіндері (слайдтар, суреттер, дерек файлдары); same keys and order as ./en.export. */
import type { Messages } from '../messages'

const exportMessages: Messages['export'] = {
  title: 'Экспорт',
  busy: 'Дайындалуда: {what}…',
  saved: '{file} файлы сақталды.',
  failed: 'Экспорт сәтсіз аяқталды: {detail}',
  bar: {
    pptx: 'Слайдтар (PowerPoint)',
    pptxCountry: 'Анықтама слайдтары (PowerPoint)',
    pictures: 'Диаграммалар сурет түрінде',
    picturesHelp: 'Слайдтарға өңделетін PowerPoint диаграммаларының орнына диаграмма суреттерін қою',
    csv: 'Міндеттемелер (CSV)',
    xlsx: 'Кітап (Excel)',
    json: 'Есеп (JSON)',
    jsonHelp: 'Жиынтық қайта жүктей алатын файл түріндегі бүкіл есеп',
  },
  image: {
    png: 'PNG',
    pngHelp: 'Диаграмманы слайд өлшеміндегі сурет ретінде жүктеп алу (PNG)',
    svg: 'SVG',
    svgHelp: 'Диаграмманы векторлық сурет ретінде жүктеп алу (SVG)',
    options: 'Сурет параметрлері',
    size: 'Өлшемі',
    scale1: '1920 × 1080',
    scale2: '3840 × 2160 (екі есе)',
    background: 'Фон',
    white: 'Ақ',
    transparent: 'Мөлдір',
  },
  words: {
    asOf: '{date} жағдай бойынша',
    source: 'Дереккөз: {source}',
    filters: 'Сүзгілер: {list}',
    noFilters: 'Барлық міндеттемелер (сүзгісіз)',
    madeOn: '{date} дайындалды',
  },
  deck: {
    title: 'Ынтымақтастық бойынша міндеттемелердің орындалу мониторингі',
    country: 'Ел бойынша анықтама: {country}',
    overdue: 'Мерзімі өткен міндеттемелер ({count})',
    part: '{parts} бөліктің {part}-бөлігі',
    more: 'және тағы {count} — толық тізім Excel экспортында',
    noneOverdue: 'Мерзімі өткен міндеттеме жоқ.',
    daysOverdue: 'Кешіктірілген күндер',
  },
  sheet: {
    commitments: 'Міндеттемелер',
    agreements: 'Келісімдер',
  },
}

export default exportMessages
