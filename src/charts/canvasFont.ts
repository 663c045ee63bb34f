/**
 * Gives a canvas context a font, unless it has it already. Each set has the browser resolve the
 * font against the canvas element's style: after a change to the page (a language switch gives
 * every element a new language), that works out the whole page's style there and then, a few ms,
 * and the frame works it out again once the page's text has changed. Reading the font is free.
 */
export function setFont(c: CanvasRenderingContext2D, font: string): void {
  if (c.font !== font) c.font = font
}
