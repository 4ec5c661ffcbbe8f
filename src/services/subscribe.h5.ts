/**
 * The browser stand-in for wx.requestSubscribeMessage: the local cloud records the person's 允许 as one grant per
 * template, and sends a later message only against a grant — as WeChat does. A refusal is never an error.
 */
import { TEMPLATES, type TemplateName } from '../shared/domain/templates'
import { currentOpenid } from './identity'

export async function requestSubscriptions(names: TemplateName[]): Promise<void> {
  const openid = currentOpenid()
  if (!openid || !names.length) return
  try {
    await fetch('/api/_subscribe', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': openid },
      // WeChat asks for at most 3 templates at a time
      body: JSON.stringify({ templateIds: names.slice(0, 3).map((n) => TEMPLATES[n]) }),
    })
  } catch {
    // offline: the action goes ahead without messages
  }
}
