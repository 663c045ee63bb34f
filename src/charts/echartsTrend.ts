/** What only the trend chart draws (lines, the shown report's marker): registered when it loads. */
import { LineChart } from 'echarts/charts'
import { MarkLineComponent } from 'echarts/components'
import { use } from 'echarts/core'

use([LineChart, MarkLineComponent])
