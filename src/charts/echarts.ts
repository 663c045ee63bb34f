/** ECharts, registered with only what the dashboard draws (this keeps the bundle small). */
import { BarChart, HeatmapChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, MarkLineComponent, AriaComponent, CanvasRenderer])

export { init }
export type { ECharts } from 'echarts/core'
