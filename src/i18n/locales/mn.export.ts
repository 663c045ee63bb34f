/** Экспортын монгол текст (слайд, зураг, өгөгдлийн файл); same keys and order as ./en.export. */
import type { Messages } from '../messages'

const exportMessages: Messages['export'] = {
  title: 'Экспорт',
  busy: 'Бэлтгэж байна: {what}…',
  saved: '{file} файлыг хадгаллаа.',
  failed: 'Экспорт амжилтгүй боллоо: {detail}',
  bar: {
    pptx: 'Слайд (PowerPoint)',
    pptxCountry: 'Лавлагааны слайд (PowerPoint)',
    pictures: 'Графикийг зургаар',
    picturesHelp: 'Засварлах боломжтой PowerPoint графикийн оронд графикийн зургийг слайдад оруулах',
    csv: 'Үүрэг (CSV)',
    xlsx: 'Ажлын ном (Excel)',
    json: 'Тайлан (JSON)',
    jsonHelp: 'Хураангуйд дахин ачаалж болох файл хэлбэрээр бүх тайлан',
  },
  image: {
    png: 'PNG',
    pngHelp: 'Графикийг слайдын хэмжээтэй зургаар татах (PNG)',
    svg: 'SVG',
    svgHelp: 'Графикийг вектор зургаар татах (SVG)',
    options: 'Зургийн тохиргоо',
    size: 'Хэмжээ',
    scale1: '1920 × 1080',
    scale2: '3840 × 2160 (хоёр дахин)',
    background: 'Дэвсгэр',
    white: 'Цагаан',
    transparent: 'Тунгалаг',
  },
  words: {
    asOf: '{date}-ны байдлаар',
    source: 'Эх сурвалж: {source}',
    filters: 'Шүүлтүүр: {list}',
    noFilters: 'Бүх үүрэг (шүүлтүүргүй)',
    madeOn: '{date} бэлтгэсэн',
  },
  deck: {
    title: 'Хамтын ажиллагааны үүргийн хэрэгжилтийн хяналт',
    country: 'Улсын лавлагаа: {country}',
    overdue: 'Хугацаа хэтэрсэн үүрэг ({count})',
    part: '{parts}-н {part}-р хэсэг',
    more: 'болон өөр {count} — бүрэн жагсаалтыг Excel экспортоос үзнэ үү',
    noneOverdue: 'Хугацаа хэтэрсэн үүрэг алга.',
    daysOverdue: 'Хэтэрсэн хоног',
  },
  sheet: {
    commitments: 'Үүрэг',
    agreements: 'Гэрээ',
  },
}

export default exportMessages
