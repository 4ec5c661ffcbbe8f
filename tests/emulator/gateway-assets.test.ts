/**
 * The gateway serving a built H5 app: responses compressed, hashed assets cached for a year as immutable,
 * index.html revalidated every time so a new build shows at once. A small fake build keeps this independent
 * of `npm run build:h5`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { withLocalCloud } from '../support/local-cloud'

const h5Dir = mkdtempSync(join(tmpdir(), 'h5-build-'))
const script = `console.log(${JSON.stringify('黄河西路街道'.repeat(400))})\n`
mkdirSync(join(h5Dir, 'js'))
mkdirSync(join(h5Dir, 'css'))
writeFileSync(join(h5Dir, 'index.html'), `<!doctype html><html lang="zh-CN"><script src="/js/app.1a2b3c4d.js"></script>${'<!-- 页面 -->'.repeat(200)}</html>`)
writeFileSync(join(h5Dir, 'js/app.1a2b3c4d.js'), script)
writeFileSync(join(h5Dir, 'css/app.0f0e0d0c.css'), `.screen{color:#1f2329}\n`.repeat(100))

const env = withLocalCloud({ h5Dir })
const get = (path: string, encoding = 'gzip') => fetch(`${env.cloud.url}${path}`, { headers: { 'accept-encoding': encoding } })

describe('local gateway assets', () => {
  it('compresses the app and /api responses for a browser that accepts gzip or brotli', async () => {
    for (const [path, encoding] of [
      ['/js/app.1a2b3c4d.js', 'gzip'],
      ['/', 'gzip'],
      ['/api', 'br'],
    ]) {
      const response = await get(path, encoding)
      expect({ path, status: response.status, encoding: response.headers.get('content-encoding') }).toEqual({ path, status: 200, encoding })
    }
    // fetch decodes: the script arrives intact
    expect(await (await get('/js/app.1a2b3c4d.js')).text()).toBe(script)
  })

  it('sends gzip that decodes to the file and is much smaller than it', async () => {
    const { request } = await import('node:http')
    const raw = await new Promise<Buffer>((resolve, reject) => {
      request(`${env.cloud.url}/js/app.1a2b3c4d.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const parts: Buffer[] = []
        response.on('data', (c: Buffer) => parts.push(c))
        response.on('end', () => resolve(Buffer.concat(parts)))
      })
        .on('error', reject)
        .end()
    })
    expect(gunzipSync(raw).toString('utf8')).toBe(script)
    expect(raw.length).toBeLessThan(Buffer.byteLength(script) / 5)
  })

  it('caches hashed scripts and styles for a year as immutable', async () => {
    for (const path of ['/js/app.1a2b3c4d.js', '/css/app.0f0e0d0c.css']) {
      expect((await get(path)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
  })

  it('makes the browser revalidate index.html, so a new build is picked up at once', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await get(path)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toContain('/js/app.1a2b3c4d.js')
    }
  })

  it('serves the privacy guide that the app links to', async () => {
    const response = await get('/dev/privacy-guide')
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain('setClipboardData')
  })
})
