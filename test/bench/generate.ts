/**
 * Writes a valid, realistic snapshot of N commitments, deterministic for a seed:
 *   npm run generate -- --commitments 100000 --seed 1 --out /tmp/s100k.json
 * Many partners, every sphere and status, update histories, Cyrillic and Latin text, about
 * 400 bytes per commitment.
 */
import { createWriteStream } from 'node:fs'
import {
  BUILTIN_SPHERES,
  STATUSES,
  AGREEMENT_TYPES,
  PARTY_KINDS,
  OPEN_STATUSES,
  type Status,
} from '../../src/domain/vocab'

export interface GenerateOptions {
  commitments: number
  seed: number
  asOf?: string
}

/** mulberry32: small, fast and good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PARTNERS = [
  'MN',
  'UZ',
  'KG',
  'TJ',
  'TM',
  'CN',
  'RU',
  'TR',
  'AZ',
  'GE',
  'DE',
  'FR',
  'IT',
  'KR',
  'JP',
  'IN',
  'AE',
  'SA',
  'QA',
  'US',
  'GB',
  'PL',
  'HU',
  'BY',
  'AM',
  'PK',
  'IR',
  'EG',
  'VN',
  'MY',
]
const TOPICS_EN = [
  'exchange of experience in',
  'joint working group on',
  'training programme for specialists in',
  'pilot project in',
  'annual forum on',
  'memorandum implementation plan for',
  'roadmap of joint projects in',
  'expert consultations on',
]
const TOPICS_RU = [
  'обмен опытом в сфере',
  'совместная рабочая группа по',
  'программа подготовки специалистов в области',
  'пилотный проект в сфере',
  'ежегодный форум по',
  'план реализации меморандума в области',
  'дорожная карта совместных проектов в сфере',
  'экспертные консультации по',
]
const FIELD_EN: Record<string, string> = {
  political: 'political dialogue',
  trade_economic: 'trade and economic ties',
  digitalization: 'digital government',
  ecology: 'environmental protection',
  agriculture: 'agriculture and veterinary',
  education: 'higher education',
  tourism: 'tourism',
  energy: 'renewable energy',
  transport_logistics: 'transit and logistics',
  health: 'public health',
}
const BODIES = [
  'Ministry of Foreign Affairs',
  'Ministry of Trade and Integration',
  'Ministry of Digital Development',
  'Ministry of Ecology',
  'Ministry of Agriculture',
  'Akimat of the region',
  'National Chamber of Entrepreneurs',
]

const pad = (n: number) => String(n).padStart(2, '0')
const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

export function generateSnapshot({ commitments: n, seed, asOf = '2026-06-30' }: GenerateOptions) {
  const r = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
  const agreementCount = Math.max(1, Math.round(n / 12))
  const agreements = Array.from({ length: agreementCount }, (_, i) => {
    const partner = pick(PARTNERS)
    const year = int(2015, 2026)
    const signedOn = dateOf(year, int(1, year === 2026 ? 6 : 12), int(1, 28))
    const parties = [
      {
        name: { en: 'Government of the Republic of Kazakhstan', ru: 'Правительство Республики Казахстан' },
        country: 'KZ',
        kind: pick(PARTY_KINDS),
      },
      {
        name: { en: `Partner body ${i} (${partner})`, ru: `Партнёрская организация ${i}` },
        country: partner,
        kind: pick(PARTY_KINDS),
      },
    ]
    if (r() < 0.08)
      parties.push({
        name: { en: `Third party ${i}`, ru: `Третья сторона ${i}` },
        country: pick(PARTNERS),
        kind: 'organization',
      })
    return {
      id: `AGR-${i}`,
      title: { en: `Agreement ${i} on cooperation with ${partner}`, ru: `Соглашение №${i} о сотрудничестве` },
      type: pick(AGREEMENT_TYPES),
      signedOn,
      parties,
      place: 'Astana',
    }
  })
  const commitments = Array.from({ length: n }, (_, i) => {
    const a = agreements[i % agreementCount]
    const sphere = pick(BUILTIN_SPHERES)
    const status: Status = pick(STATUSES)
    const topic = int(0, TOPICS_EN.length - 1)
    const field = FIELD_EN[sphere] ?? sphere.replace(/_/g, ' ')
    const signedYear = Number(a.signedOn.slice(0, 4))
    const hasDue = r() < 0.8
    const due = hasDue ? dateOf(Math.min(2030, signedYear + int(0, 4)), int(1, 12), int(1, 28)) : undefined
    const c: Record<string, unknown> = {
      id: `C-${i}`,
      agreementId: a.id,
      title: { en: `${TOPICS_EN[topic]} ${field}`, ru: `${TOPICS_RU[topic]} ${sphere}` },
      clause: `${int(1, 9)}.${int(1, 20)}`,
      sphere,
      owedBy: pick(['home', 'partner', 'joint'] as const),
      responsible: [pick(BODIES)],
      status,
    }
    if (due && due >= a.signedOn) c.due = due
    if (status === 'in_progress') c.progress = int(5, 95)
    if (status === 'completed') c.progress = 100
    if (r() < 0.05) c.countries = [pick(PARTNERS), pick(PARTNERS)].filter((x, k, all) => all.indexOf(x) === k)
    if (r() < 0.3) {
      const first = dateOf(
        Math.min(2026, signedYear + 1) === 2026 ? 2025 : Math.min(2026, signedYear + 1),
        int(1, 12),
        int(1, 28),
      )
      c.updates = [
        {
          date: first < a.signedOn ? a.signedOn : first,
          status: OPEN_STATUSES.has(status) ? status : 'in_progress',
          note: { en: 'Working meeting held', ru: 'Проведена рабочая встреча' },
        },
        { date: asOf, status, ...(status === 'completed' ? { progress: 100 } : {}) },
      ]
    }
    return c
  })
  return {
    format: 'cooperation-snapshot',
    version: 1,
    snapshot: {
      id: `generated-${n}-${seed}`,
      asOf,
      title: { en: `Generated snapshot, ${n} commitments`, ru: `Сгенерированный срез, ${n} обязательств` },
      publisher: 'Benchmark generator',
      homeCountry: 'KZ',
      language: 'en',
    },
    agreements,
    commitments,
  }
}

/** Streams the snapshot to a file, one record per line, so 1M commitments never form one giant string. */
export async function writeSnapshot(path: string, options: GenerateOptions): Promise<void> {
  const s = generateSnapshot(options)
  const out = createWriteStream(path)
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())))
  await write(
    `{"format":${JSON.stringify(s.format)},"version":1,"snapshot":${JSON.stringify(s.snapshot)},\n"agreements":[\n`,
  )
  for (let i = 0; i < s.agreements.length; i++) await write((i ? ',\n' : '') + JSON.stringify(s.agreements[i]))
  await write('\n],\n"commitments":[\n')
  for (let i = 0; i < s.commitments.length; i++) await write((i ? ',\n' : '') + JSON.stringify(s.commitments[i]))
  await write('\n]}\n')
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
}

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? process.argv[i + 1] : fallback
  if (v === undefined) throw new Error(`missing --${name}`)
  return v
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const commitments = Number(arg('commitments', '1000'))
  const seed = Number(arg('seed', '1'))
  const out = arg('out', `generated-${commitments}.json`)
  await writeSnapshot(out, { commitments, seed })
  console.log(`wrote ${out}: ${commitments} commitments (seed ${seed})`)
}
