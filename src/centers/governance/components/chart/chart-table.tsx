import { Text, View } from '@tarojs/components'

/**
 * A chart's figures as a table. Read by screen readers beside the (silent) canvas; in 长辈版, or when the chart
 * cannot be drawn, it is shown on screen too.
 */
export function ChartTable({ caption, headers, rows, shown }: { caption: string; headers: string[]; rows: string[][]; shown: boolean }) {
  return (
    <View className={shown ? 'chart-table' : 'chart-table chart-table--for-readers'} role='table' aria-label={caption}>
      <View className='chart-table__row' role='row'>
        {headers.map((h) => (
          <View key={h} className='chart-table__cell chart-table__head' role='columnheader'>
            <Text>{h}</Text>
          </View>
        ))}
      </View>
      {rows.map((r) => (
        <View key={r[0]} className='chart-table__row' role='row'>
          {r.map((cell, i) => (
            <View key={headers[i]} className='chart-table__cell' role={i === 0 ? 'rowheader' : 'cell'}>
              <Text>{cell}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
