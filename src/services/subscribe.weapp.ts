/** Asks, from the user's tap, to send the given subscription messages later. A refusal is never an error. */
import Taro from '@tarojs/taro'
import { TEMPLATES, type TemplateName } from '../shared/domain/templates'

export async function requestSubscriptions(names: TemplateName[]): Promise<void> {
  try {
    await Taro.requestSubscribeMessage({ tmplIds: names.slice(0, 3).map((n) => TEMPLATES[n]), entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)
  } catch {
    // declined or unavailable: the action goes ahead without messages
  }
}
