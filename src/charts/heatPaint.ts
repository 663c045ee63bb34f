/** Paints a heatmap layout (heatLayout.ts) on a 2D canvas: cells, their rates, the axes' labels. */
import { HEAT_DIMMED, LABEL_TURN, type HeatLayout } from './heatLayout'
import { INK } from './palette'
import { setFont } from './canvasFont'

/** A cell whose rate is undefined (everything cancelled): there, grey and hatched, never a pale 0 %. */
const NO_RATE = '#eef1f4'
const HATCH = '#aab3bf'

function hatch(c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  c.save()
  c.beginPath()
  c.rect(x, y, w, h)
  c.clip()
  c.strokeStyle = HATCH
  c.lineWidth = 1
  c.beginPath()
  for (let k = -h; k < w; k += 6) {
    c.moveTo(x + k, y + h)
    c.lineTo(x + k + h, y)
  }
  c.stroke()
  c.restore()
}

export function paintHeat(c: CanvasRenderingContext2D, layout: HeatLayout, font: string, hover: number | null): void {
  c.clearRect(0, 0, layout.width, layout.height)
  setFont(c, font)
  for (const cell of layout.cells) {
    c.globalAlpha = cell.dimmed ? HEAT_DIMMED : 1
    c.fillStyle = cell.fill ?? NO_RATE
    // One pixel of the background between cells, as ECharts' white cell border.
    const [w, h] = [Math.max(1, cell.w - 1), Math.max(1, cell.h - 1)]
    c.fillRect(cell.x, cell.y, w, h)
    if (!cell.fill) hatch(c, cell.x, cell.y, w, h)
  }
  c.globalAlpha = 1
  const hovered = hover === null ? undefined : layout.cells[hover]
  if (hovered) {
    c.strokeStyle = INK.text
    c.lineWidth = 2
    c.strokeRect(hovered.x + 1, hovered.y + 1, hovered.w - 3, hovered.h - 3)
    c.lineWidth = 1
  }
  setFont(c, font.replace(/^12px/, '10px'))
  c.textAlign = 'center'
  c.textBaseline = 'middle'
  for (const cell of layout.cells) {
    if (cell.text === null) continue
    c.globalAlpha = cell.dimmed ? HEAT_DIMMED : 1
    c.fillStyle = cell.fill ? cell.ink : INK.muted
    c.fillText(cell.text, cell.x + (cell.w - 1) / 2, cell.y + (cell.h - 1) / 2)
  }
  c.globalAlpha = 1
  setFont(c, font)
  c.textAlign = 'right'
  for (const row of layout.rows) {
    c.fillStyle = row.muted ? INK.muted : INK.text
    c.fillText(row.text, row.x, row.y)
  }
  for (const col of layout.columns) {
    c.save()
    c.translate(col.x, col.y)
    c.rotate(-LABEL_TURN)
    c.fillStyle = col.muted ? INK.muted : INK.text
    c.fillText(col.text, 0, 0)
    c.restore()
  }
}
