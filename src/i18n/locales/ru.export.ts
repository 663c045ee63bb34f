/** Русские тексты выгрузок (слайды, рисунки, файлы данных); same keys and order as ./en.export. */
import type { Messages } from '../messages'

const exportMessages: Messages['export'] = {
  title: 'Выгрузка',
  busy: 'Подготовка: {what}…',
  saved: 'Файл {file} сохранён.',
  failed: 'Выгрузка не удалась: {detail}',
  bar: {
    pptx: 'Слайды (PowerPoint)',
    pptxCountry: 'Слайды справки (PowerPoint)',
    pictures: 'Диаграммы рисунками',
    picturesHelp: 'Вставить в слайды рисунки диаграмм вместо редактируемых диаграмм PowerPoint',
    csv: 'Обязательства (CSV)',
    xlsx: 'Книга (Excel)',
    json: 'Отчёт (JSON)',
    jsonHelp: 'Весь отчёт в виде файла, который сводка снова может загрузить',
  },
  image: {
    png: 'PNG',
    pngHelp: 'Скачать диаграмму рисунком размером со слайд (PNG)',
    svg: 'SVG',
    svgHelp: 'Скачать диаграмму векторным рисунком (SVG)',
    options: 'Параметры рисунка',
    size: 'Размер',
    scale1: '1920 × 1080',
    scale2: '3840 × 2160 (двойной)',
    background: 'Фон',
    white: 'Белый',
    transparent: 'Прозрачный',
  },
  words: {
    asOf: 'по состоянию на {date}',
    source: 'Источник: {source}',
    filters: 'Фильтры: {list}',
    noFilters: 'Все обязательства (без фильтров)',
    madeOn: 'Подготовлено {date}',
  },
  deck: {
    title: 'Мониторинг исполнения обязательств по сотрудничеству',
    country: 'Справка по стране: {country}',
    overdue: 'Просроченные обязательства ({count})',
    part: 'часть {part} из {parts}',
    more: 'и ещё {count} — полный список в выгрузке Excel',
    noneOverdue: 'Просроченных обязательств нет.',
    daysOverdue: 'Дней просрочки',
  },
  sheet: {
    commitments: 'Обязательства',
    agreements: 'Соглашения',
  },
}

export default exportMessages
