/** ECharts, registered with only what the dashboard's first charts draw (this keeps the first load small). */
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer])

export { init }
export type { ECharts } from 'echarts/core'
