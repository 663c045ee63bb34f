/**
 * Repairs what pptxgenjs 4 writes wrong, so that PowerPoint opens the deck without asking to
 * repair it:
 * - a 2D bar or line chart lists three `<c:axId>` but defines only two axes (pptxgenjs issue
 *   #1534); PowerPoint 365 rejects an axis id that names no axis;
 * - text goes into the XML parts as it is, so a control character from imported data makes a
 *   part ill-formed. The deck's strings are cleaned before they reach pptxgenjs (./deckPlan);
 *   this is the second line, over every part, the embedded chart workbooks included.
 */
import JSZip from 'jszip'
import { xmlSafe } from './xmlText'

/** Axis ids the chart defines (`<c:catAx><c:axId val="…"/>` and the like). */
function definedAxes(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<c:(?:cat|val|ser|date)Ax>\s*<c:axId val="([^"]*)"\s*\/>/g)].map((m) => m[1]))
}

/** The chart part with every reference to an undefined axis removed from its chart groups. */
export function fixChartAxes(xml: string): string {
  const defined = definedAxes(xml)
  // Only the references inside a chart group (`<c:barChart>` …) are dropped: each axis element
  // starts with its own id, which is by construction defined.
  return xml.replace(/<c:(\w+Chart)>[\s\S]*?<\/c:\1>/g, (group) =>
    group.replace(/<c:axId val="([^"]*)"\s*\/>/g, (ref, id: string) => (defined.has(id) ? ref : '')),
  )
}

const XML_PART = /\.(xml|rels)$/
const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/
const EMBEDDED_WORKBOOK = /^ppt\/embeddings\/.+\.xlsx$/

/** Cleans every XML part of a zip package in place; charts also get their axes fixed. */
async function repairParts(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name]
    if (file.dir) continue
    if (XML_PART.test(name)) {
      const xml = await file.async('string')
      const fixed = CHART_PART.test(name) ? fixChartAxes(xmlSafe(xml)) : xmlSafe(xml)
      if (fixed !== xml) zip.file(name, fixed)
    } else if (EMBEDDED_WORKBOOK.test(name)) {
      const inner = await JSZip.loadAsync(await file.async('uint8array'))
      await repairParts(inner)
      zip.file(name, await inner.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    }
  }
}

/** The .pptx bytes pptxgenjs wrote, repaired (see above). */
export async function repairPptx(bytes: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  await repairParts(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
