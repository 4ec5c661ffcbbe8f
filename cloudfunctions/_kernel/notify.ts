/**
 * Subscription messages (订阅消息). A person who has not subscribed, or has used up a one-time subscription,
 * simply gets no message: that is never an error for the action that tried.
 */
import { TEMPLATES, type TemplateName } from '../../src/shared/domain/templates'
import { cloud } from './cloud'
import { describeForLog } from './errors'

/** WeChat's thing.DATA fields take at most 20 characters. */
export const thing = (text: string) => ({ value: text.length > 20 ? `${text.slice(0, 19)}…` : text })

export async function notify(
  touser: string,
  template: TemplateName,
  page: string,
  data: Record<string, { value: string }>,
): Promise<boolean> {
  try {
    await cloud.openapi.subscribeMessage.send({ touser, templateId: TEMPLATES[template], page, data, miniprogramState: 'formal' })
    return true
  } catch (error) {
    console.warn(`[notify] ${template} not sent: ${describeForLog(error).split('\n')[0]}`)
    return false
  }
}

/** One message to each of these people (each once, however often they appear); returns how many were sent. */
export async function notifyAll(people: string[], template: TemplateName, page: string, data: Record<string, { value: string }>): Promise<number> {
  let sent = 0
  for (const touser of new Set(people)) if (await notify(touser, template, page, data)) sent++
  return sent
}
