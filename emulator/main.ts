/** `npm start`: the local cloud with demo data, serving the H5 build at http://127.0.0.1:PORT. */
import { join } from 'node:path'
import { startLocalCloud } from './local-cloud'
import { VOLUMES } from './seeds'
import { seedStreet } from './seeds/volume'
import { projectRoot } from './paths'

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000)
  const dataDir = process.env.DATA_DIR ?? join(projectRoot(), '.data')
  const street = process.env.SEED === 'street'
  const cloud = await startLocalCloud({ port, dataDir, seed: process.env.SEED !== 'none', log: process.env.LOG === '1' })
  if (street && cloud.store.count('users') < 1000) {
    const report = seedStreet(cloud.store, VOLUMES, Number(process.env.SEED_NUMBER ?? 1))
    console.log(`已生成街道规模数据（${report.seconds.toFixed(1)} 秒）：居民 ${report.counts.users}，预约 ${report.counts.affairs_bookings}，活动 ${report.counts.activities}，报名 ${report.counts.activity_signups}`)
  }
  console.log(`本地云已启动（只监听本机 127.0.0.1）: ${cloud.url}`)
  console.log(`  打开 ${cloud.url}/personas.html 选择身份；接口说明 ${cloud.url}/api；订阅消息 ${cloud.url}/dev/outbox`)
  // WeChat fires each function's sendNotices timer every minute; locally every few seconds, so notices show soon
  const sender = setInterval(() => void cloud.deliverNotices().catch(() => undefined), 5000)
  console.log(`  数据目录 ${dataDir}${process.env.SEED === 'none' ? '（未载入演示数据）' : ''}。按 Ctrl+C 停止。`)
  const stop = async () => {
    clearInterval(sender)
    await cloud.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`端口 ${process.env.PORT ?? 3000} 已被占用：请关闭占用它的程序，或用 PORT=3001 npm start 换一个端口。`)
  else console.error(`本地云启动失败：${error.message}`)
  process.exit(1)
})
