/** What only the views below the fold draw (heatmap, deadline marker): registered when they load. */
import { HeatmapChart } from 'echarts/charts'
import { MarkLineComponent, VisualMapComponent } from 'echarts/components'
import { use } from 'echarts/core'

use([HeatmapChart, VisualMapComponent, MarkLineComponent])
