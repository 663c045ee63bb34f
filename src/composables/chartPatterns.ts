/**
 * The reader's choice of patterns (ECharts decals) on top of the chart colours, for those who
 * need more than colour to tell the statuses apart. One setting for every chart, remembered in
 * this browser.
 */
import { ref, watch } from 'vue'

const KEY = 'coop-followup-chart-patterns'

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    // Storage refused (private mode, a policy): patterns stay off, and the toggle still works for the session.
    return false
  }
}

export const chartPatterns = ref(stored())
watch(chartPatterns, (on) => {
  try {
    localStorage.setItem(KEY, on ? '1' : '0')
  } catch {
    /* not remembered; see stored() */
  }
})
