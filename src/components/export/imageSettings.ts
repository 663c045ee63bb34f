/** How chart pictures are made: one choice for every chart panel, kept for the session. */
import { reactive } from 'vue'

export const imageSettings = reactive({
  /** 1: 1920 × 1080; 2: the same layout at twice the pixels. */
  scale: 1 as 1 | 2,
  background: 'white' as 'white' | 'transparent',
})
